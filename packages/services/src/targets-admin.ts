/**
 * Targets as administered data: an administrator sets or removes the target of an indicator for a
 * scope (all, a policy domain, an entity or municipality, a tier, a province) and a year. Every change is written to the change log
 * with who, when, the old and the new value, in the same transaction as the change itself.
 */
import type { TargetChangeOutcome, TargetInput } from '@koers/contract';
import { SOURCE_MAX, TARGET_YEAR_MAX, TARGET_YEAR_MIN } from '@koers/contract/limits';
import { isIndicatorId, TARGET_SCOPES, TIERS, type TargetScope } from '@koers/domain';
import {
  bumpDataVersion,
  deleteTarget,
  entityExists,
  getTarget,
  insertTargetChange,
  policyDomainExists,
  provinceExists,
  upsertTarget,
  type Db,
  type TargetKey,
  writeTransaction,
} from '@koers/db';
import { InvalidInputError, NotFoundError } from './errors.ts';

type Conn = Db['kysely'];

const SCOPE_NAMES: Record<Exclude<TargetScope, 'all'>, string> = {
  policy_domain: 'policy domain',
  entity: 'entity or municipality',
  tier: 'tier (local or flemish_government)',
  province: 'province (its NIS code)',
};
export { TARGET_SCOPES, TARGET_YEAR_MAX, TARGET_YEAR_MIN };

/** A target's key, its value and source, and the outcome of a change: the contract's types (the checks below hold the command line to the same rules). */
export type { TargetChangeOutcome, TargetInput };
/** A target's key: the body's or the removal query's indicator, scope, code and year. */
export type TargetKeyInput = Pick<TargetInput, 'indicator' | 'scope' | 'scopeCode' | 'year'>;

/** Checks a key against the registry; codes are matched case-insensitively and returned as stored. */
async function checkKey(db: Conn, input: TargetKeyInput): Promise<TargetKey> {
  if (!isIndicatorId(input.indicator)) throw new InvalidInputError('indicator', `unknown indicator "${input.indicator}"`);
  if (!(TARGET_SCOPES as readonly string[]).includes(input.scope)) throw new InvalidInputError('scope', `must be one of ${TARGET_SCOPES.join(', ')}`);
  if (!Number.isInteger(input.year) || input.year < TARGET_YEAR_MIN || input.year > TARGET_YEAR_MAX) {
    throw new InvalidInputError('year', `must be a whole year from ${TARGET_YEAR_MIN} to ${TARGET_YEAR_MAX}`);
  }
  const scope = input.scope;
  const code = input.scopeCode?.trim() || null;
  if (scope === 'all') {
    if (code !== null) throw new InvalidInputError('scopeCode', 'must be empty for scope all');
    return { indicator: input.indicator, scope, scopeCode: null, year: input.year };
  }
  if (code === null) throw new InvalidInputError('scopeCode', `names the ${SCOPE_NAMES[scope]} the target is for`);
  if (scope === 'tier') {
    if (!(TIERS as readonly string[]).includes(code)) throw new InvalidInputError('scopeCode', `must be one of ${TIERS.join(', ')}`);
    return { indicator: input.indicator, scope, scopeCode: code, year: input.year };
  }
  if (scope === 'province') {
    if (!(await provinceExists(db, code)))
      throw new InvalidInputError('scopeCode', `unknown province "${code}": use its NIS code (10000, 20001, 30000, 40000, 70000)`);
    return { indicator: input.indicator, scope, scopeCode: code, year: input.year };
  }
  if (scope === 'entity') {
    const upper = code.toUpperCase();
    if (!(await entityExists(db, upper))) throw new InvalidInputError('scopeCode', `unknown entity "${code}"`);
    return { indicator: input.indicator, scope, scopeCode: upper, year: input.year };
  }
  if (!(await policyDomainExists(db, code))) throw new InvalidInputError('scopeCode', `unknown policy domain "${code}"`);
  return { indicator: input.indicator, scope, scopeCode: code, year: input.year };
}

/** Sets (adds or changes) one target and logs the change. */
export async function setTarget(db: Db, input: TargetInput, actor: string): Promise<TargetChangeOutcome> {
  if (typeof input.value !== 'number' || !Number.isFinite(input.value) || input.value < 0 || input.value > 1) {
    throw new InvalidInputError('value', 'must be a share from 0 to 1 (1 = 100 %)');
  }
  const requestedSource = input.source?.trim() || null;
  if (requestedSource !== null && requestedSource.length > SOURCE_MAX) throw new InvalidInputError('source', `must be at most ${SOURCE_MAX} characters`);
  return writeTransaction(db.kysely, async (trx) => {
    const key = await checkKey(trx, input);
    const before = await getTarget(trx, key);
    const source = requestedSource ?? before?.source ?? `set by ${actor}`;
    if (before && before.value === input.value && before.source === source) return { target: before, change: null };
    await upsertTarget(trx, { ...key, value: input.value, source });
    const changedAt = new Date().toISOString();
    const change = {
      changedAt,
      actor,
      ...key,
      oldValue: before?.value ?? null,
      newValue: input.value,
      oldSource: before?.source ?? null,
      newSource: source,
    };
    const id = await insertTargetChange(trx, change);
    // Indicator answers carry targets: cached answers must be refreshed.
    await bumpDataVersion(trx);
    return { target: await getTarget(trx, key), change: { id, ...change } };
  });
}

/** Removes one target and logs the removal; NotFoundError when there is none for the key. */
export async function removeTarget(db: Db, input: TargetKeyInput, actor: string): Promise<TargetChangeOutcome> {
  return writeTransaction(db.kysely, async (trx) => {
    const key = await checkKey(trx, input);
    const before = await getTarget(trx, key);
    if (!before) throw new NotFoundError(`no target for ${key.indicator}, scope ${key.scope}${key.scopeCode ? ` ${key.scopeCode}` : ''}, ${key.year}`);
    await deleteTarget(trx, key);
    const change = { changedAt: new Date().toISOString(), actor, ...key, oldValue: before.value, newValue: null, oldSource: before.source, newSource: null };
    const id = await insertTargetChange(trx, change);
    await bumpDataVersion(trx);
    return { target: null, change: { id, ...change } };
  });
}
