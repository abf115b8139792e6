/**
 * Correcting one record by hand: the change is kept like a one-record import (mode `correction`)
 * with the record's previous version, so it shows in the history with who, when and why, and an
 * administrator can undo it like any import.
 */
import {
  CORRECTABLE_FIELDS,
  CRITERIA_ANSWERS,
  MAX_TEXT_LENGTH,
  type CorrectableField,
  PROCEDURES,
  parseCpv,
  parseDate,
  sameRecordValues,
  type ProcurementRecord,
} from '@koers/domain';
import {
  fromRecordRow,
  insertImport,
  listProductGroups,
  refreshAggregates,
  saveRecordVersions,
  touchData,
  updateRecords,
  type Db,
  type StoredRecord,
  writeTransaction,
} from '@koers/db';
import { ForbiddenError, InvalidInputError, NotFoundError } from './errors.ts';
import { mayWriteEntity, type Principal } from './permissions.ts';

export { CORRECTABLE_FIELDS, type CorrectableField };
export type RecordChanges = Partial<Pick<ProcurementRecord, CorrectableField>>;

export interface CorrectionRequest {
  recordId: number;
  changes: RecordChanges;
  /** Why: kept in the history. */
  reason: string;
  principal: Principal;
}

export interface FieldChange {
  field: CorrectableField;
  from: unknown;
  to: unknown;
}

export interface CorrectionResult {
  /** Id of the history entry, or null when the record already had these values. */
  importId: number | null;
  record: StoredRecord;
  changes: FieldChange[];
}

const MAX_TEXT = MAX_TEXT_LENGTH;
const BOOLEAN_FIELDS = ['innovative', 'socialClause', 'circular', 'smeWinner', 'framework', 'eSubmission'] as const;

function checkChanges(changes: RecordChanges, productGroups: ReadonlySet<string>): void {
  const keys = Object.keys(changes);
  if (keys.length === 0) throw new InvalidInputError('changes', 'name at least one field to change');
  for (const key of keys) {
    if (!(CORRECTABLE_FIELDS as readonly string[]).includes(key)) throw new InvalidInputError(`changes.${key}`, 'is not a field that can be corrected');
  }
  const c = changes as Record<string, unknown>;
  if ('awardDate' in c) {
    const parsed = typeof c.awardDate === 'string' ? parseDate(c.awardDate) : null;
    if (!parsed?.ok || parsed.value !== c.awardDate) throw new InvalidInputError('changes.awardDate', 'must be an ISO date such as 2018-03-31');
  }
  for (const field of ['title', 'supplier'] as const) {
    if (field in c && c[field] !== null && (typeof c[field] !== 'string' || c[field].length > MAX_TEXT)) {
      throw new InvalidInputError(`changes.${field}`, `must be text of at most ${MAX_TEXT} characters, or null`);
    }
  }
  if ('cpv' in c && c.cpv !== null) {
    const parsed = typeof c.cpv === 'string' ? parseCpv(c.cpv) : null;
    if (!parsed?.ok) throw new InvalidInputError('changes.cpv', 'must be a CPV code (8 digits, optionally -check digit), or null');
  }
  if ('productGroup' in c && c.productGroup !== null && (typeof c.productGroup !== 'string' || !productGroups.has(c.productGroup))) {
    throw new InvalidInputError('changes.productGroup', `must be a product-group code from the registry (${[...productGroups].join(', ')}), or null`);
  }
  if ('valueEur' in c && c.valueEur !== null) {
    if (typeof c.valueEur !== 'number' || !Number.isFinite(c.valueEur) || c.valueEur < 0 || c.valueEur > 1e12) {
      throw new InvalidInputError('changes.valueEur', 'must be an amount in euro from 0 to 1,000,000,000,000, or null');
    }
  }
  if ('criteria' in c && c.criteria !== null && !(CRITERIA_ANSWERS as readonly unknown[]).includes(c.criteria)) {
    throw new InvalidInputError('changes.criteria', `must be one of ${CRITERIA_ANSWERS.join(', ')}, or null`);
  }
  for (const field of BOOLEAN_FIELDS) {
    if (field in c && c[field] !== null && typeof c[field] !== 'boolean') throw new InvalidInputError(`changes.${field}`, 'must be true, false or null');
  }
  if ('procedure' in c && c.procedure !== null && !(PROCEDURES as readonly unknown[]).includes(c.procedure)) {
    throw new InvalidInputError('changes.procedure', `must be one of ${PROCEDURES.join(', ')}, or null`);
  }
  if ('tendersReceived' in c && c.tendersReceived !== null) {
    if (typeof c.tendersReceived !== 'number' || !Number.isInteger(c.tendersReceived) || c.tendersReceived < 0 || c.tendersReceived > 100_000) {
      throw new InvalidInputError('changes.tendersReceived', 'must be a whole number from 0 to 100,000, or null');
    }
  }
}

export async function correctRecord(db: Db, request: CorrectionRequest): Promise<CorrectionResult> {
  const reason = request.reason?.trim() ?? '';
  if (!reason) throw new InvalidInputError('reason', 'say why the record is corrected');
  if (reason.length > MAX_TEXT) throw new InvalidInputError('reason', `must be at most ${MAX_TEXT} characters`);
  return writeTransaction(db.kysely, async (trx) => {
    const row = await trx.selectFrom('records').selectAll().where('id', '=', request.recordId).executeTakeFirst();
    if (!row) throw new NotFoundError(`no record ${request.recordId}`);
    const current = fromRecordRow(row);
    if (!mayWriteEntity(request.principal, current.entity)) {
      throw new ForbiddenError(`record ${request.recordId} belongs to ${current.entity}, which this token may not correct`);
    }
    checkChanges(request.changes, new Set((await listProductGroups(trx)).map((g) => g.code)));

    const { id: _id, year: _year, importId: _importId, updatedAt: _updatedAt, ...values } = current;
    const next: ProcurementRecord = { ...values, ...request.changes };
    // The amount as the source gave it follows a corrected euro value when it was in euro.
    if ('valueEur' in request.changes && (current.currency === 'EUR' || current.currency === null)) {
      next.amount = next.valueEur;
      next.currency = next.valueEur === null ? current.currency : 'EUR';
    }
    const changes: FieldChange[] = [];
    for (const field of CORRECTABLE_FIELDS) {
      if (current[field] !== next[field]) changes.push({ field, from: current[field], to: next[field] });
    }
    if (sameRecordValues(current, next)) return { importId: null, record: current, changes: [] };

    const at = new Date().toISOString();
    const subject = `correction of ${current.entity} ${current.dossierId}`;
    const correction = { recordId: current.id, entity: current.entity, dossierId: current.dossierId, reason, changes };
    const importId = await insertImport(trx, {
      createdAt: at,
      actor: request.principal.actor,
      fileName: subject,
      checksum: '',
      format: 'correction',
      mode: 'correction',
      dryRun: false,
      applied: true,
      accepted: 0,
      updated: 1,
      unchanged: 0,
      rejected: 0,
      skipped: 0,
      report: { correction, summary: `${subject}: ${changes.map((c) => c.field).join(', ')} (${reason})` },
    });
    await saveRecordVersions(trx, importId, [current]);
    await updateRecords(trx, [next], importId);
    await refreshAggregates(trx, [current.entity]);
    await touchData(trx);
    const updated = await trx.selectFrom('records').selectAll().where('id', '=', request.recordId).executeTakeFirstOrThrow();
    return { importId, record: fromRecordRow(updated), changes };
  });
}
