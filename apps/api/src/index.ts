/**
 * Koers' HTTP API as a Hono app factory.
 *
 * @example
 *   const app = createApp({ db: await openReadyDatabase() });
 *   const res = await app.request('/api/v1/health');
 */
export { createApp, API_VERSION } from './app.ts';
export type { AppDeps } from './context.ts';
export { startServer } from './server.ts';
