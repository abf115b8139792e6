/**
 * Indicator values computed straight from records and SPEC §4, without SQL or the indicator
 * package: the independent reference the API is checked against.
 */
import { ENTITIES, type IndicatorId, type ProcurementRecord } from '@koers/domain';

interface Parts {
  scope: boolean;
  den: boolean;
  num: boolean;
  measure: number;
}

function flagParts(flag: boolean | null, value: number | null, byValue: boolean): Parts {
  const valueKnown = !byValue || value !== null;
  const den = flag !== null && valueKnown;
  return { scope: true, den, num: den && flag === true, measure: byValue ? (value ?? 0) : 1 };
}

function parts(id: IndicatorId, r: ProcurementRecord): Parts {
  switch (id) {
    case 'sustainable_value_share':
    case 'sustainable_count_share': {
      const byValue = id === 'sustainable_value_share';
      const scope = r.criteria !== 'not_applicable';
      const den = scope && (r.criteria === 'full' || r.criteria === 'none_or_partial') && (!byValue || r.valueEur !== null);
      return { scope, den, num: den && r.criteria === 'full', measure: byValue ? (r.valueEur ?? 0) : 1 };
    }
    case 'criteria_coverage':
      return { scope: true, den: true, num: r.criteria !== null, measure: 1 };
    case 'social_clause_share':
      return flagParts(r.socialClause, r.valueEur, false);
    case 'circular_share':
      return flagParts(r.circular, r.valueEur, false);
    case 'innovation_value_share':
      return flagParts(r.innovative, r.valueEur, true);
    case 'sme_count_share':
      return flagParts(r.smeWinner, r.valueEur, false);
    case 'sme_value_share':
      return flagParts(r.smeWinner, r.valueEur, true);
    case 'e_submission_share':
      return flagParts(r.eSubmission, r.valueEur, false);
    case 'framework_value_share':
      return flagParts(r.framework, r.valueEur, true);
    case 'single_bid_share': {
      const den = r.tendersReceived !== null;
      return { scope: true, den, num: den && r.tendersReceived === 1, measure: 1 };
    }
    case 'no_publication_share': {
      const den = r.procedure !== null;
      return { scope: true, den, num: den && r.procedure === 'negotiated_without_publication', measure: 1 };
    }
  }
}

export interface ReferenceRow {
  key: string;
  numerator: number;
  denominator: number;
  value: number | null;
  n: number;
  coverage: number | null;
}

const domainOf = new Map(ENTITIES.map((e) => [e.code, e.policyDomain]));

export function keyOf(groupBy: readonly string[], r: { year?: number; entity?: string; policyDomain?: string | null }): string {
  return groupBy.map((g) => String((r as Record<string, unknown>)[g] ?? '')).join('|');
}

export function referenceRows(
  id: IndicatorId,
  records: readonly ProcurementRecord[],
  groupBy: readonly ('year' | 'entity' | 'policyDomain')[],
): Map<string, ReferenceRow> {
  const acc = new Map<string, { num: number; den: number; n: number; scope: number }>();
  for (const r of records) {
    const p = parts(id, r);
    const key = keyOf(groupBy, { year: Number(r.awardDate.slice(0, 4)), entity: r.entity, policyDomain: domainOf.get(r.entity) ?? null });
    const a = acc.get(key) ?? { num: 0, den: 0, n: 0, scope: 0 };
    if (p.scope) a.scope++;
    if (p.den) {
      a.den += p.measure;
      a.n++;
    }
    if (p.num) a.num += p.measure;
    acc.set(key, a);
  }
  const out = new Map<string, ReferenceRow>();
  for (const [key, a] of acc) {
    out.set(key, {
      key,
      numerator: a.num,
      denominator: a.den,
      value: a.den === 0 ? null : a.num / a.den,
      n: a.n,
      coverage: a.scope === 0 ? null : a.n / a.scope,
    });
  }
  return out;
}
