/**
 * The status thresholds as administered configuration (SPEC §4): when a year is usable (n,
 * coverage) and the pace ratios of the statuses. Stored as one setting, served by /api/v1/meta and
 * used by every indicator answer and export; each change is audited in the same transaction.
 */
import { MAX_MIN_N, MAX_PACE_RATIO } from '@koers/contract/limits';
import { DEFAULT_STATUS_THRESHOLDS, type StatusThresholds } from '@koers/domain';
import { appendAudit, bumpDataVersion, getSetting, setSetting, SETTING, writeTransaction, type Db } from '@koers/db';
import { InvalidInputError } from './errors.ts';

type Conn = Db['kysely'];

export const STATUS_THRESHOLD_KEYS = ['minN', 'minCoverage', 'onTrack', 'needsAcceleration'] as const;

/** The bounds of the thresholds are the contract's (@koers/contract/limits). */
export { MAX_MIN_N };
export const MAX_ON_TRACK = MAX_PACE_RATIO;

export interface StatusThresholdsChange {
  id: number;
  at: string;
  actor: string;
  old: StatusThresholds;
  new: StatusThresholds;
}

export interface StatusThresholdsOutcome {
  thresholds: StatusThresholds;
  /** The audited change; null when nothing changed. */
  change: StatusThresholdsChange | null;
}

/** Checks a full set of thresholds; the first problem names its field. */
export function checkStatusThresholds(input: Record<string, unknown>): StatusThresholds {
  const number = (key: (typeof STATUS_THRESHOLD_KEYS)[number]): number => {
    const v = input[key];
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new InvalidInputError(key, 'must be a number');
    return v;
  };
  const t = { minN: number('minN'), minCoverage: number('minCoverage'), onTrack: number('onTrack'), needsAcceleration: number('needsAcceleration') };
  if (!Number.isInteger(t.minN) || t.minN < 1 || t.minN > MAX_MIN_N)
    throw new InvalidInputError('minN', `must be a whole number of records from 1 to ${MAX_MIN_N}`);
  if (t.minCoverage < 0 || t.minCoverage > 1) throw new InvalidInputError('minCoverage', 'must be a share from 0 to 1 (0.8 = 80 %)');
  if (t.onTrack <= 0 || t.onTrack > MAX_ON_TRACK) throw new InvalidInputError('onTrack', `must be a pace ratio above 0 and at most ${MAX_ON_TRACK}`);
  if (t.needsAcceleration <= 0 || t.needsAcceleration >= t.onTrack) {
    throw new InvalidInputError('needsAcceleration', 'must be a pace ratio above 0 and below the on-track ratio');
  }
  return t;
}

/** The thresholds in force: the stored ones, or the defaults when none (or none valid) are stored. */
export async function loadStatusThresholds(db: Conn): Promise<StatusThresholds> {
  const stored = await getSetting(db, SETTING.statusThresholds);
  if (stored === null) return DEFAULT_STATUS_THRESHOLDS;
  try {
    return checkStatusThresholds(JSON.parse(stored) as Record<string, unknown>);
  } catch {
    // Only this module writes the setting, always checked; a hand-edited value falls back safely.
    return DEFAULT_STATUS_THRESHOLDS;
  }
}

function same(a: StatusThresholds, b: StatusThresholds): boolean {
  return STATUS_THRESHOLD_KEYS.every((k) => a[k] === b[k]);
}

/** Sets all four thresholds (admin), audits the change and refreshes every cached answer. */
export async function setStatusThresholds(db: Db, input: Record<string, unknown>, actor: string): Promise<StatusThresholdsOutcome> {
  const next = checkStatusThresholds(input);
  return writeTransaction(db.kysely, async (trx) => {
    const before = await loadStatusThresholds(trx);
    if (same(before, next)) return { thresholds: before, change: null };
    await setSetting(trx, SETTING.statusThresholds, JSON.stringify(next));
    const at = new Date().toISOString();
    const id = await appendAudit(trx, { at, actor, action: 'status_thresholds_set', subject: 'status thresholds', details: { old: before, new: next } });
    // Every status depends on them: cached answers must be refreshed.
    await bumpDataVersion(trx);
    return { thresholds: next, change: { id, at, actor, old: before, new: next } };
  });
}
