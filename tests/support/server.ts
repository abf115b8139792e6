import { startServer as start, type AppDeps } from '@koers/api';
import type { Db } from '@koers/db';

export interface RunningServerLike {
  url: string;
  close(): Promise<void>;
}

/** The real HTTP server on a free loopback port (extra app options for access-control tests). */
export async function startServer(db: Db, options: Omit<AppDeps, 'db'> = {}): Promise<RunningServerLike> {
  const server = await start({ db, ...options }, 0, '127.0.0.1');
  return { url: `http://127.0.0.1:${server.port}`, close: () => server.close() };
}
