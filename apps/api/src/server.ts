import { serve, type ServerType } from '@hono/node-server';
import type { AppDeps } from './context.ts';
import { createApp } from './app.ts';

export interface RunningServer {
  port: number;
  url: string;
  close(): Promise<void>;
}

/** Serves the app; `close` stops accepting connections and waits for requests in flight. */
export function startServer(deps: AppDeps, port: number, hostname = '0.0.0.0'): Promise<RunningServer> {
  const app = createApp(deps);
  return new Promise((resolve) => {
    const server: ServerType = serve({ fetch: app.fetch, port, hostname }, (info) => {
      resolve({
        port: info.port,
        url: `http://localhost:${info.port}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
