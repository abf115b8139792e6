/**
 * The records behind any number, a page at a time. The cursor is checked before it reaches the
 * database: it must be one this API gave out for the same sort. Reads go through the services like
 * writes, so a rule about what may be read lives here.
 */
import type { RecordPage } from '@koers/contract';
import { MAX_ID } from '@koers/contract/limits';
import { decodeCursor, queryRecords, type Db, type RecordPageQuery } from '@koers/db';
import type { RecordSortField } from '@koers/domain';
import { InvalidInputError } from './errors.ts';

/** What a cursor's sort value must be for each sort field (cents and years are whole numbers). */
function cursorFits(value: string | number | null, sort: RecordSortField): boolean {
  switch (sort) {
    case 'value_eur':
      return value === null || (typeof value === 'number' && Number.isSafeInteger(value));
    case 'year':
      return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 9999;
    default:
      return typeof value === 'string' && value.length <= 300;
  }
}

/** One page of records; throws InvalidInputError for a cursor this API did not give out, or a part without its indicator. */
export async function readRecordPage(db: Db, q: RecordPageQuery): Promise<RecordPage> {
  if (q.cursor) {
    const cursor = decodeCursor(q.cursor);
    if (!cursor || cursor.id < 0 || cursor.id > MAX_ID || !cursorFits(cursor.value, q.sort)) {
      throw new InvalidInputError('cursor', 'not a cursor this API gave out for this sort');
    }
  }
  if (q.part && !q.indicator) throw new InvalidInputError('part', 'needs indicator');
  return queryRecords(db.kysely, q);
}
