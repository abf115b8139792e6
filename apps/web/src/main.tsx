import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { Providers } from './app/providers.tsx';
import { queryClient } from './app/query-client.ts';

// Loaded by boot.ts, which has already asked for the first page's data.
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Providers client={queryClient}>
      <App />
    </Providers>
  </StrictMode>,
);
