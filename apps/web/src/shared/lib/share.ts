/**
 * What every shown share carries besides its value: the unknown band and whether there is
 * enough evidence to judge it. Unknown answers are never folded into "no".
 */
import type { StatusThresholds } from '@koers/domain';

export interface ShareEvidence {
  value: number | null;
  /** Records in the denominator (known answers). */
  n: number;
  /** Known answers ÷ records in scope; null when nothing is in scope. */
  coverage: number | null;
}

/**
 * The range the share could take if every record with an unknown answer were a "yes" (high) or
 * a "no" (low). Exact for count shares; for value shares it assumes the unknown records are of
 * average value, because the API reports coverage as a count.
 */
export function unknownBand(share: ShareEvidence): { low: number; high: number } | null {
  if (share.value === null || share.coverage === null || share.coverage <= 0) return null;
  const c = Math.min(1, Math.max(0, share.coverage));
  const low = share.value * c;
  return { low, high: low + (1 - c) };
}

/** Records in scope whose answer is unknown (n ÷ coverage − n). */
export function unknownRecords(share: Pick<ShareEvidence, 'n' | 'coverage'>): number | null {
  if (share.coverage === null || share.coverage <= 0) return null;
  return Math.max(0, Math.round(share.n / share.coverage - share.n));
}

export type EvidenceIssue = 'no_data' | 'low_n' | 'low_coverage';

/** Why a share is too thin to rank or judge, by the thresholds the API serves (never a copy); empty when it is fine. */
export function evidenceIssues(share: ShareEvidence, thresholds: StatusThresholds): EvidenceIssue[] {
  if (share.value === null || share.n === 0) return ['no_data'];
  const issues: EvidenceIssue[] = [];
  if (share.n < thresholds.minN) issues.push('low_n');
  if (share.coverage === null || share.coverage < thresholds.minCoverage) issues.push('low_coverage');
  return issues;
}

export function isSufficient(share: ShareEvidence, thresholds: StatusThresholds): boolean {
  return evidenceIssues(share, thresholds).length === 0;
}
