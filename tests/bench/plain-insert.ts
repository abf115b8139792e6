/**
 * The write floor: the same records inserted by a plain loop over one prepared statement
 * (better-sqlite3 on SQLite; one multi-row `unnest` statement per 10,000 rows on PostgreSQL), in
 * one transaction, into the same schema and indexes. Only the inserts and the commit are timed,
 * not generating the records.
 */
import { demoRecords } from '@koers/demo';
import { migrateToLatest, openDatabase, PG_ARRAY_TYPES, RECORD_COLUMNS, toRecordRow } from '@koers/db';
import pg from 'pg';

export interface PlainInsert {
  rows: number;
  seconds: number;
  rowsPerSecond: number;
}

function* chunks(total: number, size: number): Generator<unknown[][]> {
  const now = new Date().toISOString();
  let chunk: unknown[][] = [];
  for (const record of demoRecords({ total })) {
    const row = toRecordRow(record, 1, now);
    chunk.push(RECORD_COLUMNS.map((c) => row[c]));
    if (chunk.length === size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length) yield chunk;
}

export async function plainSqliteInsert(file: string, total: number): Promise<PlainInsert> {
  const db = openDatabase(file);
  await migrateToLatest(db);
  const raw = db.sqlite!;
  const insert = raw.prepare(`insert into records (${RECORD_COLUMNS.join(', ')}) values (${RECORD_COLUMNS.map(() => '?').join(', ')})`);
  let rows = 0;
  let spent = 0;
  raw.exec('begin');
  for (const chunk of chunks(total, 10_000)) {
    const t = performance.now();
    for (const row of chunk) insert.run(row);
    spent += performance.now() - t;
    rows += chunk.length;
  }
  const t = performance.now();
  raw.exec('commit');
  spent += performance.now() - t;
  await db.close();
  return { rows, seconds: spent / 1000, rowsPerSecond: rows / (spent / 1000) };
}

export async function plainPostgresInsert(url: string, schema: string, total: number): Promise<PlainInsert> {
  const db = openDatabase(url, { schema, maxConnections: 1 });
  await migrateToLatest(db);
  await db.close();
  const client = new pg.Client({ connectionString: url, options: `-c search_path=${schema}` });
  await client.connect();
  const statement = `insert into records (${RECORD_COLUMNS.join(', ')}) select * from unnest(${PG_ARRAY_TYPES.map((t, i) => `$${i + 1}::${t}[]`).join(', ')})`;
  let rows = 0;
  let spent = 0;
  await client.query('begin');
  for (const chunk of chunks(total, 10_000)) {
    const columns = RECORD_COLUMNS.map((_, i) => chunk.map((row) => row[i]));
    const t = performance.now();
    await client.query({ name: 'plain-insert', text: statement, values: columns });
    spent += performance.now() - t;
    rows += chunk.length;
  }
  const t = performance.now();
  await client.query('commit');
  spent += performance.now() - t;
  await client.end();
  return { rows, seconds: spent / 1000, rowsPerSecond: rows / (spent / 1000) };
}
