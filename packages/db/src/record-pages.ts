/** The records table's read side: counts, filtered keyset pages and full scans in key order. */
import type { IndicatorId, RecordFilters, RecordSortField } from '@koers/domain';
import { sql, type Kysely } from 'kysely';
import { aggregateYears, countFromAggregates } from './aggregate-repository.ts';
import { filterClause } from './filters.ts';
import { partPredicate, type IndicatorPart } from './indicator-sql.ts';
import { fromRecordRow, type StoredRecord } from './record-rows.ts';
import type { Database, RecordTable } from './schema.ts';

type Conn = Kysely<Database>;

/** API sort names to columns (the API speaks euro, the table stores cents). */
const SORT_COLUMNS = {
  award_date: 'award_date',
  value_eur: 'value_cents',
  entity: 'entity',
  dossier_id: 'dossier_id',
  year: 'year',
} as const satisfies Record<RecordSortField, keyof RecordTable>;

export async function countRecords(db: Conn, filters: RecordFilters = {}): Promise<number> {
  const row = await db
    .selectFrom('records')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where(filterClause('records', filters))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export interface RecordPageQuery {
  filters: RecordFilters;
  /** Restrict to the records behind one part of an indicator (the evidence behind a number). */
  indicator?: IndicatorId;
  part?: IndicatorPart;
  sort: RecordSortField;
  direction: 'asc' | 'desc';
  limit: number;
  /** Opaque cursor from a previous page. */
  cursor?: string;
}

export interface RecordPage {
  items: StoredRecord[];
  total: number;
  nextCursor: string | null;
}

interface Cursor {
  value: string | number | null;
  id: number;
}

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.value, c.id])).toString('base64url');
}

/** Returns null for a cursor that was not made by this server. */
export function decodeCursor(text: string): Cursor | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 2) return null;
    const [value, id] = parsed as [unknown, unknown];
    if (!Number.isSafeInteger(id)) return null;
    if (value !== null && typeof value !== 'string' && typeof value !== 'number') return null;
    return { value, id: id as number };
  } catch {
    return null;
  }
}

/**
 * One page of records, sorted on a whitelisted column with the id as tie-breaker, paged by key
 * (not by offset) so that page 10,000 costs what page 1 costs.
 */
export async function queryRecords(db: Conn, q: RecordPageQuery): Promise<RecordPage> {
  const sortColumn = SORT_COLUMNS[q.sort];
  const column = sql.ref(`records.${sortColumn}`);
  const dir = q.direction === 'desc' ? sql.raw('desc') : sql.raw('asc');
  const cmp = sql.raw(q.direction === 'desc' ? '<' : '>');
  const cursor = q.cursor ? decodeCursor(q.cursor) : null;
  // Nulls sort as the lowest value on both engines through coalesce with a sentinel.
  const nullable = sortColumn === 'value_cents';
  const sortExpr = nullable ? sql`coalesce(${column}, -1)` : column;

  let base = db.selectFrom('records').where(filterClause('records', q.filters));
  if (q.indicator) {
    const predicate = partPredicate(q.indicator, q.part ?? 'denominator');
    base = base.where(() => predicate);
  }
  let page = base.selectAll();
  if (cursor) {
    const value = nullable && cursor.value === null ? -1 : cursor.value;
    // (sort, id) after the cursor, spelled so both engines take the first condition as a range
    // on the index over (sort expression, id): SQLite does not for a row-value comparison.
    const cmpOrEqual = sql.raw(q.direction === 'desc' ? '<=' : '>=');
    page = page.where(() => sql<boolean>`(${sortExpr} ${cmpOrEqual} ${value} and (${sortExpr} ${cmp} ${value} or records.id ${cmp} ${cursor.id}))`);
  }
  const rows = await page
    .orderBy(sql`${sortExpr} ${dir}`)
    .orderBy(sql`records.id ${dir}`)
    .limit(q.limit + 1)
    .execute();
  const total = await countRecordList(db, q, () => base.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow());
  const items = rows.slice(0, q.limit).map(fromRecordRow);
  const last = rows.length > q.limit ? rows[q.limit - 1] : undefined;
  return {
    items,
    total,
    nextCursor: last ? encodeCursor({ value: last[sortColumn], id: last.id }) : null,
  };
}

/**
 * The total of a records list: from the aggregates (a few hundred rows) when they can say, so a
 * page deep in a list of a million records does not count them all again; else counted.
 */
async function countRecordList(db: Conn, q: RecordPageQuery, count: () => Promise<{ count: number }>): Promise<number> {
  // Aggregates keep "no product group" as ''; records as null: a '' filter is only counted.
  if (!q.filters.productGroup?.includes('')) {
    const total = await countFromAggregates(db, q.filters, q.indicator, q.part ?? 'denominator');
    if (total !== null) return total;
  }
  return Number((await count()).count);
}

/** Every record in key order, read in pages so a million records never sit in memory at once. */
export async function* streamRecords(db: Conn, pageSize = 5_000): AsyncGenerator<StoredRecord> {
  let after = 0;
  for (;;) {
    const rows = await db.selectFrom('records').selectAll().where('id', '>', after).orderBy('id').limit(pageSize).execute();
    for (const row of rows) yield fromRecordRow(row);
    if (rows.length < pageSize) return;
    after = rows[rows.length - 1]!.id;
  }
}

export async function yearsWithRecords(db: Conn): Promise<number[]> {
  return aggregateYears(db);
}
