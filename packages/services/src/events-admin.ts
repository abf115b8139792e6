/**
 * Policy events as administered data (SPEC §7): an administrator adds, changes or removes a dated
 * event with its words in nl, fr and en, an optional scope and a source. Every change is written
 * to the audit log with who, when, before and after, in the same (write-locked) transaction as the change.
 */
import {
  appendAudit,
  bumpDataVersion,
  deletePolicyEvent,
  entityExists,
  getPolicyEvent,
  insertPolicyEvent,
  policyDomainExists,
  updatePolicyEvent,
  writeTransaction,
  type Db,
  type PolicyEventFields,
} from '@koers/db';
import { InvalidInputError, NotFoundError } from './errors.ts';
import { TARGET_YEAR_MAX, TARGET_YEAR_MIN } from './targets-admin.ts';
import type { PolicyEventInput, PolicyEventOutcome } from '@koers/contract';
import { EVENT_LABEL_MAX, SOURCE_MAX } from '@koers/contract/limits';
import { POLICY_EVENT_SCOPES } from '@koers/domain';

type Conn = Db['kysely'];

export const EVENT_SCOPES = POLICY_EVENT_SCOPES;
export { EVENT_LABEL_MAX };
export const EVENT_SOURCE_MAX = SOURCE_MAX;

/** What an event is set to: the contract's type (the checks below hold the command line to the same rules). */
export type { PolicyEventInput, PolicyEventOutcome } from '@koers/contract';

export type PolicyEventAction = 'event_create' | 'event_change' | 'event_remove';

// Words shown on charts and in files: no control characters (they would break a line or a cell).
const hasControl = (text: string) =>
  [...text].some((ch) => {
    const code = ch.codePointAt(0)!;
    return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
  });

function cleanText(parameter: string, value: unknown, max: number, required: boolean): string | null {
  if (value === null || value === undefined) {
    if (required) throw new InvalidInputError(parameter, 'is required');
    return null;
  }
  if (typeof value !== 'string') throw new InvalidInputError(parameter, 'must be text');
  const text = value.trim();
  if (text === '') {
    if (required) throw new InvalidInputError(parameter, 'must not be empty');
    return null;
  }
  if (text.length > max) throw new InvalidInputError(parameter, `must be at most ${max} characters`);
  if (hasControl(text)) throw new InvalidInputError(parameter, 'must not contain control characters or line breaks');
  return text;
}

function checkDate(value: unknown): string {
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (!match) throw new InvalidInputError('date', 'must be an ISO date such as 2016-01-29');
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const parsed = new Date(Date.UTC(year, month - 1, day));
  if (parsed.getUTCFullYear() !== year || parsed.getUTCMonth() !== month - 1 || parsed.getUTCDate() !== day) {
    throw new InvalidInputError('date', `${String(value)} is not a date of the calendar`);
  }
  if (year < TARGET_YEAR_MIN || year > TARGET_YEAR_MAX) throw new InvalidInputError('date', `must fall in the years ${TARGET_YEAR_MIN} to ${TARGET_YEAR_MAX}`);
  return value as string;
}

/** Checks an event against the registry; codes are matched case-insensitively and returned as stored. */
async function checkEvent(db: Conn, input: PolicyEventInput): Promise<PolicyEventFields> {
  const date = checkDate(input.date);
  const labels = input.label ?? ({} as PolicyEventInput['label']);
  const label = {
    nl: cleanText('label.nl', labels.nl, EVENT_LABEL_MAX, true)!,
    fr: cleanText('label.fr', labels.fr, EVENT_LABEL_MAX, true)!,
    en: cleanText('label.en', labels.en, EVENT_LABEL_MAX, true)!,
  };
  const source = cleanText('source', input.source, EVENT_SOURCE_MAX, false);
  const scope = input.scope ?? 'all';
  if (!(EVENT_SCOPES as readonly string[]).includes(scope)) throw new InvalidInputError('scope', `must be one of ${EVENT_SCOPES.join(', ')}`);
  const code = cleanText('scopeCode', input.scopeCode, 40, false);
  if (scope === 'all') {
    if (code !== null) throw new InvalidInputError('scopeCode', 'must be empty for scope all');
    return { date, label, scope: 'all', scopeCode: null, source };
  }
  if (code === null) throw new InvalidInputError('scopeCode', `names the ${scope === 'entity' ? 'entity' : 'policy domain'} the event is for`);
  if (scope === 'entity') {
    const upper = code.toUpperCase();
    if (!(await entityExists(db, upper))) throw new InvalidInputError('scopeCode', `unknown entity "${code}"`);
    return { date, label, scope: 'entity', scopeCode: upper, source };
  }
  if (!(await policyDomainExists(db, code))) throw new InvalidInputError('scopeCode', `unknown policy domain "${code}"`);
  return { date, label, scope: 'policy_domain', scopeCode: code, source };
}

const subject = (e: Pick<PolicyEventFields, 'date' | 'label'>) => `event ${e.date}: ${e.label.en}`;
const fieldsOf = ({ date, label, scope, scopeCode, source }: PolicyEventFields): PolicyEventFields => ({ date, label, scope, scopeCode, source });
const same = (a: PolicyEventFields, b: PolicyEventFields) => JSON.stringify(fieldsOf(a)) === JSON.stringify(fieldsOf(b));

export async function createPolicyEvent(db: Db, input: PolicyEventInput, actor: string): Promise<PolicyEventOutcome> {
  return writeTransaction(db.kysely, async (trx) => {
    const fields = await checkEvent(trx, input);
    const at = new Date().toISOString();
    const id = await insertPolicyEvent(trx, fields, at);
    const auditId = await appendAudit(trx, { at, actor, action: 'event_create', subject: subject(fields), details: { eventId: id, after: fields } });
    // Answers (and their ETag) are kept per data version: the events list must be asked again.
    await bumpDataVersion(trx);
    return { event: await getPolicyEvent(trx, id), auditId };
  });
}

export async function changePolicyEvent(db: Db, id: number, input: PolicyEventInput, actor: string): Promise<PolicyEventOutcome> {
  return writeTransaction(db.kysely, async (trx) => {
    const before = await getPolicyEvent(trx, id);
    if (!before) throw new NotFoundError(`no policy event ${id}`);
    const fields = await checkEvent(trx, input);
    if (same(before, fields)) return { event: before, auditId: null };
    const at = new Date().toISOString();
    await updatePolicyEvent(trx, id, fields, at);
    const auditId = await appendAudit(trx, {
      at,
      actor,
      action: 'event_change',
      subject: subject(fields),
      details: { eventId: id, before: fieldsOf(before), after: fields },
    });
    await bumpDataVersion(trx);
    return { event: await getPolicyEvent(trx, id), auditId };
  });
}

export async function removePolicyEvent(db: Db, id: number, actor: string): Promise<PolicyEventOutcome> {
  return writeTransaction(db.kysely, async (trx) => {
    const before = await getPolicyEvent(trx, id);
    if (!before) throw new NotFoundError(`no policy event ${id}`);
    await deletePolicyEvent(trx, id);
    const auditId = await appendAudit(trx, {
      at: new Date().toISOString(),
      actor,
      action: 'event_remove',
      subject: subject(before),
      details: { eventId: id, before: fieldsOf(before) },
    });
    await bumpDataVersion(trx);
    return { event: null, auditId };
  });
}
