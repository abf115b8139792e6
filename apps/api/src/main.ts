/**
 * `pnpm start`: opens the database (schema brought up to date), loads the demo dataset when the
 * database holds no records, and serves the API and the built dashboard on PORT (default 3000).
 * This is the one file of the API that reads the environment.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { countRecords } from '@koers/db';
import { openReadyDatabase, seedDemo } from '@koers/services';
import { startServer } from './server.ts';

const port = Number(process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, not "${process.env.PORT}"`);
  process.exit(2);
}
const webRoot = fileURLToPath(new URL('../../web/dist', import.meta.url));

const db = await openReadyDatabase();
if ((await countRecords(db.kysely)) === 0 && process.env.KOERS_DEMO !== 'off') {
  const { records } = await seedDemo(db);
  console.log(`loaded the demo dataset (${records} records) into the empty database`);
}
const server = await startServer({ db, ...(existsSync(webRoot) ? { webRoot } : {}) }, port);
console.log(`Koers serves ${db.description} on ${server.url}${existsSync(webRoot) ? '' : ' (API only: build the dashboard with pnpm build)'}`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    await server.close();
    await db.close();
    process.exit(0);
  });
}
