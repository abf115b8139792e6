/**
 * Several instances of the API on one port (node:cluster), for the benchmark's `--instances N`:
 * the API keeps no state of its own, so N processes serve one database side by side. The primary
 * brings the schema up to date once; each worker opens the database and serves the app with the
 * defaults of `pnpm start` (public reads). Prints the same "… on http://host:port" line as
 * `apps/api/src/main.ts`.
 */
import cluster from 'node:cluster';
import { startServer } from '@koers/api';
import { openDatabase } from '@koers/db';
import { openReadyDatabase } from '@koers/services';
import { freePort } from '../support/koers-process.ts';

const instances = Number(process.env.KOERS_BENCH_INSTANCES ?? 2);

if (cluster.isPrimary) {
  const db = await openReadyDatabase();
  const description = db.description;
  await db.close();
  const port = await freePort();
  let listening = 0;
  for (let i = 0; i < instances; i++) {
    const worker = cluster.fork({ KOERS_BENCH_PORT: String(port) });
    worker.once('listening', () => {
      if (++listening === instances) console.log(`Koers serves ${description} with ${instances} instances on http://127.0.0.1:${port}`);
    });
  }
  const stop = () => {
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill('SIGTERM');
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
} else {
  const db = openDatabase(process.env.DATABASE_URL);
  const server = await startServer({ db }, Number(process.env.KOERS_BENCH_PORT), '127.0.0.1');
  process.on('SIGTERM', () => {
    void server
      .close(1_000)
      .then(() => db.close())
      .finally(() => process.exit(0));
  });
}
