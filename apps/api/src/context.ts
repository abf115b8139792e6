import type { Db } from '@koers/db';
import type { Principal } from '@koers/services';

/** What the HTTP layer needs from the outside world; injected so tests build the app on any database. */
export interface AppDeps {
  db: Db;
  /** Folder of the built dashboard to serve at `/`; omitted in API-only tests. */
  webRoot?: string;
  /** Largest accepted upload in bytes. */
  maxUploadBytes?: number;
  /** Heap limit of the worker an import runs in, in MB (default 192); 0 imports in the server's own thread. */
  importMemoryMb?: number;
  /** Reads need a token too (`KOERS_READS=private`); by default reads are public. */
  readsPrivate?: boolean;
  /** Writes allowed per token per window (in memory, per server instance). Default 60 per minute. */
  writeRateLimit?: { limit: number; windowMs: number };
  /** Failed token checks allowed per client address per window before it is refused. Default 20 per minute. */
  authFailureLimit?: { limit: number; windowMs: number };
  /** Memory for answers kept for the current data version; 0 keeps none. Default 32 MB. */
  answerCacheBytes?: number;
  /** Behind one trusted reverse proxy: take the client address from the last X-Forwarded-For entry. */
  trustProxy?: boolean;
}

/** Per-request values: who is calling (null: no token was sent). */
export interface AppEnv {
  Variables: {
    principal: Principal | null;
  };
}
