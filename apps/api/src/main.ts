/**
 * `pnpm start`: opens the database (schema brought up to date), loads the demo dataset when the
 * database holds no records, and serves the API and the built dashboard on PORT (default 3000).
 * This is the one file of the API that reads the environment.
 *
 * SIGTERM or SIGINT stops gracefully: no new connections, requests in flight finish (at most
 * KOERS_SHUTDOWN_GRACE_MS, default 30 s), then the database is closed. An import cut off by the
 * deadline leaves nothing behind: its transaction is never committed.
 */
import { existsSync } from 'node:fs';
import { isIP } from 'node:net';
import { fileURLToPath } from 'node:url';
import { countRecords } from '@koers/db';
import { DEFAULT_IMPORT_MEMORY_MB, disableProtoAccessor, openReadyDatabase, seedDemo } from '@koers/services';
import { startServer } from './server.ts';

disableProtoAccessor();

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

/** A whole-number setting from the environment, at least `min`; the fallback when unset. */
function integerSetting(name: string, fallback: number, min = 1): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < min) fail(`${name} must be a whole number of ${min} or more, not "${raw}"`);
  return value;
}

const port = Number(process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`PORT must be a port number, not "${process.env.PORT}"`);
// Loopback unless told otherwise: a server reachable from the network is a choice (HOST=0.0.0.0
// behind a reverse proxy on another machine or in a container), not a default.
const host = process.env.HOST?.trim() || '127.0.0.1';
if (isIP(host) === 0 && host !== 'localhost') fail(`HOST must be an IP address to listen on (127.0.0.1, 0.0.0.0, ::), not "${process.env.HOST}"`);
const reads = process.env.KOERS_READS ?? 'public';
if (reads !== 'public' && reads !== 'private') fail(`KOERS_READS must be public or private, not "${reads}"`);
const graceMs = integerSetting('KOERS_SHUTDOWN_GRACE_MS', 30_000);
const writeRateLimit = { limit: integerSetting('KOERS_WRITE_RATE_LIMIT', 60), windowMs: 60_000 };
const maxUploadMb = integerSetting('KOERS_MAX_UPLOAD_MB', 512);
const answerCacheMb = integerSetting('KOERS_ANSWER_CACHE_MB', 32, 0);
const importMemoryMb = integerSetting('KOERS_IMPORT_MEMORY_MB', DEFAULT_IMPORT_MEMORY_MB, 0);
const trustProxy = process.env.KOERS_TRUST_PROXY === '1' || process.env.KOERS_TRUST_PROXY === 'true';
const webRoot = fileURLToPath(new URL('../../web/dist', import.meta.url));

const db = await openReadyDatabase();
if ((await countRecords(db.kysely)) === 0 && process.env.KOERS_DEMO !== 'off') {
  const { records } = await seedDemo(db);
  console.log(`loaded the demo dataset (${records} records) into the empty database`);
}
const server = await startServer(
  {
    db,
    readsPrivate: reads === 'private',
    writeRateLimit,
    maxUploadBytes: maxUploadMb * 1024 * 1024,
    importMemoryMb,
    answerCacheBytes: answerCacheMb * 1024 * 1024,
    trustProxy,
    ...(existsSync(webRoot) ? { webRoot } : {}),
  },
  port,
  host,
).catch(async (error: unknown) => {
  await db.close();
  fail(error instanceof Error ? error.message : String(error));
});
console.log(
  `Koers serves ${db.description} on ${server.url}${existsSync(webRoot) ? '' : ' (API only: build the dashboard with pnpm build)'}` +
    `; reads are ${reads}, writes need a token`,
);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) {
      console.error(`${signal} again: stopping now`);
      process.exit(1);
    }
    stopping = true;
    const busy = server.inFlight();
    console.log(`${signal}: no new connections; finishing ${busy} request${busy === 1 ? '' : 's'} in flight`);
    void (async () => {
      await server.close(graceMs);
      // A request cut off by the deadline may still hold a connection: do not wait for it forever.
      await Promise.race([db.close(), new Promise((done) => setTimeout(done, 5_000).unref())]);
      process.exit(0);
    })();
  });
}
