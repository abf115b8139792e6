import { startServer as start } from '@koers/api';
import type { Db } from '@koers/db';

export interface RunningServerLike {
  url: string;
  close(): Promise<void>;
}

/** The real HTTP server on a free loopback port. */
export async function startServer(db: Db): Promise<RunningServerLike> {
  const server = await start({ db }, 0, '127.0.0.1');
  return { url: `http://127.0.0.1:${server.port}`, close: server.close };
}
