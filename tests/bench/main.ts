/**
 * `pnpm bench [--records N]`: Koers at scale, measured against references in the same run.
 *
 *   1. writes N demo records (deterministic) as a registration-template CSV;
 *   2. DuckDB (in memory) loads that CSV and answers every dashboard group-by over the raw records;
 *   3. per engine (SQLite always; PostgreSQL when DATABASE_URL points at one, in a fresh schema):
 *      a plain insert loop of the same rows (the write floor), the real `koers import` (rows/s and
 *      peak RSS), the real server timed on every dashboard call and on the records list followed
 *      deep by cursor, and a load test (autocannon, 50 connections, 30 s, loopback);
 *   4. prints a table with every figure and its ratio to the references, and writes it as JSON.
 *
 * Not part of the test suite. Options: --records N (default 1000000), --repeat R (warm calls per
 * API call, default 30), --depth P (records pages to follow, default 200), --load-seconds S
 * (default 30, 0 skips), --connections C (default 50), --instances N (also load N API processes
 * on one port, default 1), --engines sqlite,postgres, --no-reimport, --out FILE, --keep,
 * --local-records M (also M records of the local tier (320 municipalities and provinces in the registry), and the
 * local tier's calls: its trend, the ranking of the municipalities that is also the map's question,
 * province and population-class roll-ups, a municipality page; e.g. --records 1200000
 * --local-records 800000 for the run with both tiers).
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { engineOf, openDatabase, type Engine } from '@koers/db';
import { timeCalls, timeRecordsChain, type CallTiming, type ChainTiming } from './api-timing.ts';
import { dashboardCalls, localCalls, overviewPaths, recordsChains, type DashboardCall } from './calls.ts';
import { loadDuckDb } from './duckdb-reference.ts';
import { writeTemplateCsv, type GeneratedFile } from './generate.ts';
import { importWithCli, type ImportRun } from './import-run.ts';
import { loadTest, type LoadResult } from './load.ts';
import { ROOT } from './paths.ts';
import { plainPostgresInsert, plainSqliteInsert, type PlainInsert } from './plain-insert.ts';
import { formatReport, targetsOf } from './report.ts';
import { startServerProcess } from './server.ts';
import type { Timing } from './stats.ts';

const { values: args } = parseArgs({
  options: {
    records: { type: 'string', default: '1000000' },
    'local-records': { type: 'string', default: '0' },
    repeat: { type: 'string', default: '30' },
    depth: { type: 'string', default: '200' },
    'load-seconds': { type: 'string', default: '30' },
    connections: { type: 'string', default: '50' },
    instances: { type: 'string', default: '1' },
    'no-reimport': { type: 'boolean', default: false },
    engines: { type: 'string' },
    out: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});

const FLEMISH_RECORDS = Number(args.records);
const LOCAL_RECORDS = Number(args['local-records']);
const RECORDS = FLEMISH_RECORDS + LOCAL_RECORDS;
const REPEAT = Number(args.repeat);
const DEPTH = Number(args.depth);
const LOAD_SECONDS = Number(args['load-seconds']);
const CONNECTIONS = Number(args.connections);
const INSTANCES = Number(args.instances);
for (const [name, value] of Object.entries({
  records: FLEMISH_RECORDS,
  'local-records': LOCAL_RECORDS,
  repeat: REPEAT,
  depth: DEPTH,
  'load-seconds': LOAD_SECONDS,
  connections: CONNECTIONS,
  instances: INSTANCES,
})) {
  if (!Number.isInteger(value) || value < 0 || (name === 'records' && value < 100)) {
    console.error(`--${name} must be a whole number${name === 'records' ? ' of at least 100' : ''}`);
    process.exit(2);
  }
}
const POSTGRES_URL = process.env.DATABASE_URL && engineOf(process.env.DATABASE_URL) === 'postgres' ? process.env.DATABASE_URL : null;
const ENGINES: Engine[] = args.engines
  ? args.engines.split(',').map((e) => {
      if (e !== 'sqlite' && e !== 'postgres') throw new Error(`--engines takes sqlite and/or postgres, not "${e}"`);
      if (e === 'postgres' && !POSTGRES_URL) throw new Error('--engines postgres needs DATABASE_URL=postgres://…');
      return e;
    })
  : ['sqlite', ...(POSTGRES_URL ? ['postgres' as const] : [])];
const ENTITY = 'AWV';
const POLICY_DOMAIN = 'MOW';

export interface EngineResult {
  engine: Engine;
  version: string;
  plainInsert: PlainInsert | null;
  import: ImportRun & { pipelineSeconds: number | null };
  reimport: ImportRun | null;
  serverStartSeconds: number;
  calls: CallTiming[];
  records: ChainTiming[];
  load: LoadResult[];
  targets: { importRate: boolean; importMemory: boolean; apiRatio: boolean; load: boolean | null };
}

export interface BenchResult {
  date: string;
  options: { records: number; repeat: number; depth: number; loadSeconds: number; connections: number; instances: number };
  machine: { cpus: number; cpuModel: string; memoryMb: number; node: string; platform: string; loadAverageAtStart: number[]; loadAverageAtEnd: number[] };
  file: Omit<GeneratedFile, 'path'>;
  duckdb: { version: string; threads: number; loadSeconds: number; rows: number };
  calls: (Pick<DashboardCall, 'page' | 'label' | 'path'> & { duck: Timing })[];
  recordChains: { label: string; path: string; duckFirstPage: Timing; duckDeepPage: Timing }[];
  engines: EngineResult[];
}

const log = (message: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

function withSearchPath(url: string, schema: string): string {
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return u.toString();
}

async function admin<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  let client = new pg.Client({ connectionString: url });
  // A server that is restarting (other work on a shared machine) gets a few seconds.
  for (let attempt = 1; ; attempt++) {
    try {
      await client.connect();
      break;
    } catch (error) {
      if (attempt >= 10) throw error;
      await new Promise((done) => setTimeout(done, 1_000));
      client = new pg.Client({ connectionString: url });
    }
  }
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A fresh, empty database for one engine; `drop` removes it. */
async function freshDatabase(engine: Engine, dir: string, name: string): Promise<{ url: string; schema: string | null; drop(): Promise<void> }> {
  if (engine === 'sqlite') {
    const file = join(dir, `${name}.sqlite`);
    return { url: file, schema: null, drop: async () => ['', '-wal', '-shm'].forEach((s) => rmSync(file + s, { force: true })) };
  }
  const schema = `koers_bench_${name}_${randomBytes(4).toString('hex')}`;
  await admin(POSTGRES_URL!, (c) => c.query(`create schema ${schema}`));
  return {
    url: withSearchPath(POSTGRES_URL!, schema),
    schema,
    drop: () => admin(POSTGRES_URL!, (c) => c.query(`drop schema if exists ${schema} cascade`)).then(() => undefined),
  };
}

async function engineVersion(engine: Engine, url: string): Promise<string> {
  const db = openDatabase(url);
  try {
    if (engine === 'sqlite') return String((db.sqlite!.prepare('select sqlite_version() as v').get() as { v: string }).v);
    return await admin(POSTGRES_URL!, async (c) => String((await c.query('show server_version')).rows[0].server_version));
  } finally {
    await db.close();
  }
}

async function pipelineSeconds(url: string): Promise<number | null> {
  const db = openDatabase(url);
  try {
    const row = await db.kysely.selectFrom('imports').select(['created_at', 'finished_at']).orderBy('id', 'desc').executeTakeFirst();
    return row?.finished_at ? (Date.parse(row.finished_at) - Date.parse(row.created_at)) / 1000 : null;
  } finally {
    await db.close();
  }
}

async function runEngine(
  engine: Engine,
  dir: string,
  csv: GeneratedFile,
  calls: readonly DashboardCall[],
  duckP50: readonly number[],
  duckLoadSeconds: number,
): Promise<EngineResult> {
  log(`${engine}: plain insert loop of ${csv.records.toLocaleString('en-US')} rows`);
  const plainDb = await freshDatabase(engine, dir, 'plain');
  const plainInsert = engine === 'sqlite' ? await plainSqliteInsert(plainDb.url, RECORDS) : await plainPostgresInsert(POSTGRES_URL!, plainDb.schema!, RECORDS);
  await plainDb.drop();
  log(`${engine}: plain insert ${Math.round(plainInsert.rowsPerSecond).toLocaleString('en-US')} rows/s`);

  const target = await freshDatabase(engine, dir, 'koers');
  const env = { DATABASE_URL: target.url };
  try {
    log(`${engine}: koers import ${csv.path}`);
    const imported = await importWithCli(csv.path, env, csv.records);
    if (!imported.report.applied || imported.report.accepted !== csv.records) throw new Error(`the import did not load every row: ${imported.report.summary}`);
    const pipeline = await pipelineSeconds(target.url);
    log(
      `${engine}: imported in ${imported.seconds.toFixed(2)} s (${Math.round(imported.rowsPerSecond).toLocaleString('en-US')} rows/s), peak RSS ${imported.peakRssMb.toFixed(0)} MB`,
    );
    let reimport: ImportRun | null = null;
    if (!args['no-reimport']) {
      reimport = await importWithCli(csv.path, env, csv.records);
      log(`${engine}: same file again in ${reimport.seconds.toFixed(2)} s: ${reimport.report.summary}`);
    }
    const version = await engineVersion(engine, target.url);

    // Calls are timed on a server that keeps no answers, so that every warm call is computed
    // and compares with DuckDB computing the same group-by; the load test then also runs on the
    // default server, which keeps answers per data version.
    log(`${engine}: starting the server (answers computed on every call)`);
    const server = await startServerProcess({ ...env, KOERS_ANSWER_CACHE_MB: '0' });
    try {
      const timings = await timeCalls(server.url, calls, REPEAT);
      log(`${engine}: timed ${calls.length} dashboard calls`);
      const records: ChainTiming[] = [];
      for (const chain of recordsChains(ENTITY)) records.push(await timeRecordsChain(server.url, chain, DEPTH, REPEAT));
      log(`${engine}: followed the records lists`);
      const load: LoadResult[] = [];
      if (LOAD_SECONDS > 0) {
        log(`${engine}: load test (full, computed), ${CONNECTIONS} connections for ${LOAD_SECONDS} s`);
        load.push(
          await loadTest(server.url, overviewPaths(calls), { connections: CONNECTIONS, seconds: LOAD_SECONDS, kind: 'full', instances: 1, answersKept: false }),
        );
      }
      await server.stop();
      if (LOAD_SECONDS > 0) {
        log(`${engine}: starting the server with its defaults (answers kept per data version)`);
        const kept = await startServerProcess(env);
        try {
          for (const kind of ['full', 'revalidate'] as const) {
            log(`${engine}: load test (${kind}, answers kept), ${CONNECTIONS} connections for ${LOAD_SECONDS} s`);
            load.push(
              await loadTest(kept.url, overviewPaths(calls), { connections: CONNECTIONS, seconds: LOAD_SECONDS, kind, instances: 1, answersKept: true }),
            );
          }
        } finally {
          await kept.stop();
        }
      }
      const result = {
        engine,
        version,
        plainInsert,
        import: { ...imported, pipelineSeconds: pipeline },
        reimport,
        serverStartSeconds: server.startSeconds,
        calls: timings,
        records,
        load,
      };
      if (LOAD_SECONDS > 0 && INSTANCES > 1) {
        log(`${engine}: load test (full) on ${INSTANCES} API instances`);
        const several = await startServerProcess(env, INSTANCES);
        try {
          load.push(
            await loadTest(several.url, overviewPaths(calls), {
              connections: CONNECTIONS,
              seconds: LOAD_SECONDS,
              kind: 'full',
              instances: INSTANCES,
              answersKept: true,
            }),
          );
        } finally {
          await several.stop();
        }
      }
      return { ...result, targets: targetsOf(result, duckP50, duckLoadSeconds) };
    } finally {
      await server.stop();
    }
  } finally {
    if (!args.keep) await target.drop();
  }
}

async function main(): Promise<void> {
  const loadAtStart = loadavg();
  const dir = mkdtempSync(join(tmpdir(), 'koers-bench-'));
  try {
    log(`writing ${RECORDS.toLocaleString('en-US')} demo records as a template CSV in ${dir}`);
    const csv = await writeTemplateCsv(join(dir, 'records.csv'), FLEMISH_RECORDS, undefined, LOCAL_RECORDS);
    log(`wrote ${csv.records.toLocaleString('en-US')} records, ${(csv.bytes / 1024 / 1024).toFixed(0)} MB in ${csv.seconds.toFixed(1)} s`);

    const calls = [...dashboardCalls({ year: 2020, entity: ENTITY, policyDomain: POLICY_DOMAIN }), ...(LOCAL_RECORDS > 0 ? localCalls(2020) : [])];
    const chains = recordsChains(ENTITY);
    log('DuckDB: loading the CSV in memory');
    const duck = await loadDuckDb(csv.path);
    const duckVersion = String((await duck.connection.runAndReadAll('select version() as v')).getRowObjectsJS()[0]!.v);
    log(`DuckDB: ${duck.rows.toLocaleString('en-US')} rows in ${duck.loadSeconds.toFixed(2)} s; timing ${calls.length} group-bys`);
    const duckCalls: Timing[] = [];
    for (const call of calls) duckCalls.push(await duck.time(call.duckSql, REPEAT));
    const recordChains = [];
    for (const chain of chains) {
      recordChains.push({
        label: chain.label,
        path: chain.path,
        duckFirstPage: await duck.time(chain.duckSql(1, 50), REPEAT),
        duckDeepPage: await duck.time(chain.duckSql(DEPTH, 50), REPEAT),
      });
    }
    duck.close();

    const engines: EngineResult[] = [];
    const duckP50 = duckCalls.map((t) => t.p50);
    const failures: string[] = [];
    for (const engine of ENGINES) {
      try {
        engines.push(await runEngine(engine, dir, csv, calls, duckP50, duck.loadSeconds));
      } catch (error) {
        // One engine failing (a PostgreSQL restarted by other work) does not lose the other's figures.
        failures.push(`${engine}: ${error instanceof Error ? error.message : String(error)}`);
        log(`${engine} failed: ${failures[failures.length - 1]}`);
      }
    }
    if (engines.length === 0) throw new Error(`no engine finished:\n${failures.join('\n')}`);
    if (!POSTGRES_URL) log('PostgreSQL skipped: set DATABASE_URL=postgres://… to measure it too');

    const result: BenchResult = {
      date: new Date().toISOString(),
      options: { records: RECORDS, repeat: REPEAT, depth: DEPTH, loadSeconds: LOAD_SECONDS, connections: CONNECTIONS, instances: INSTANCES },
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model ?? 'unknown',
        memoryMb: Math.round(totalmem() / 1024 / 1024),
        node: process.version,
        platform: process.platform,
        loadAverageAtStart: loadAtStart,
        loadAverageAtEnd: loadavg(),
      },
      file: { records: csv.records, bytes: csv.bytes, seconds: csv.seconds },
      duckdb: { version: duckVersion, threads: duck.threads, loadSeconds: duck.loadSeconds, rows: duck.rows },
      calls: calls.map((c, i) => ({ page: c.page, label: c.label, path: c.path, duck: duckCalls[i]! })),
      recordChains,
      engines,
    };
    const out = args.out ?? join(ROOT, 'tests/bench/results', `bench-${RECORDS}.json`);
    mkdirSync(join(out, '..'), { recursive: true });
    writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
    console.log(formatReport(result));
    console.log(`\nfigures written to ${out}`);
    if (failures.length > 0) {
      console.log(`\nnot measured: ${failures.join('; ')}`);
      process.exitCode = 1;
    }
  } finally {
    if (!args.keep) rmSync(dir, { recursive: true, force: true });
  }
}

await main();
