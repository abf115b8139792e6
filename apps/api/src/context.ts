import type { Db } from '@koers/db';
import type { StatusThresholds } from '@koers/domain';

/** What the HTTP layer needs from the outside world; injected so tests build the app on any database. */
export interface AppDeps {
  db: Db;
  thresholds?: StatusThresholds;
  /** Folder of the built dashboard to serve at `/`; omitted in API-only tests. */
  webRoot?: string;
  /** Largest accepted upload in bytes. */
  maxUploadBytes?: number;
}
