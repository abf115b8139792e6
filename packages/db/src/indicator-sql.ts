/**
 * The one home of the indicators' SQL: for every indicator, which records are in its scope, in
 * its denominator and in its numerator (SPEC §4). Numerator ⊂ denominator ⊂ scope. Value
 * indicators also need a known euro value to be in the denominator; they sum integer cents so
 * that a total never depends on the order in which rows are added. These fragments are fixed
 * text, never built from input.
 */
import { INDICATORS, type IndicatorId, type IndicatorPart, type Measure } from '@koers/domain';
import { sql, type RawBuilder } from 'kysely';

export interface IndicatorPredicates {
  scope: string;
  denominator: string;
  numerator: string;
  measure: Measure;
}

const IN_CRITERIA_SCOPE = "(criteria is null or criteria <> 'not_applicable')";
const CRITERIA_KNOWN = "criteria in ('full', 'none_or_partial')";

function flag(column: string): Omit<IndicatorPredicates, 'measure'> {
  return { scope: '1 = 1', denominator: `${column} is not null`, numerator: `${column} = 1` };
}

const BASE: Record<IndicatorId, Omit<IndicatorPredicates, 'measure'>> = {
  sustainable_value_share: { scope: IN_CRITERIA_SCOPE, denominator: CRITERIA_KNOWN, numerator: "criteria = 'full'" },
  sustainable_count_share: { scope: IN_CRITERIA_SCOPE, denominator: CRITERIA_KNOWN, numerator: "criteria = 'full'" },
  criteria_coverage: { scope: '1 = 1', denominator: '1 = 1', numerator: 'criteria is not null' },
  social_clause_share: flag('social_clause'),
  circular_share: flag('circular'),
  innovation_value_share: flag('innovative'),
  sme_count_share: flag('sme_winner'),
  sme_value_share: flag('sme_winner'),
  e_submission_share: flag('e_submission'),
  single_bid_share: { scope: '1 = 1', denominator: 'tenders_received is not null', numerator: 'tenders_received = 1' },
  no_publication_share: {
    scope: '1 = 1',
    denominator: 'procedure is not null',
    numerator: "procedure = 'negotiated_without_publication'",
  },
  framework_value_share: flag('framework'),
};

export const INDICATOR_PREDICATES: Record<IndicatorId, IndicatorPredicates> = Object.fromEntries(
  INDICATORS.map((indicator) => {
    const base = BASE[indicator.id];
    const valueKnown = indicator.measure === 'value' ? ' and value_cents is not null' : '';
    return [
      indicator.id,
      {
        measure: indicator.measure,
        scope: base.scope,
        denominator: `(${base.scope}) and (${base.denominator})${valueKnown}`,
        numerator: `(${base.scope}) and (${base.denominator}) and (${base.numerator})${valueKnown}`,
      },
    ];
  }),
) as Record<IndicatorId, IndicatorPredicates>;

/** Which part of an indicator a record list should show: the evidence behind a number. */
export type { IndicatorPart };

export function partPredicate(indicator: IndicatorId, part: IndicatorPart): RawBuilder<boolean> {
  const p = INDICATOR_PREDICATES[indicator];
  const text =
    // coalesce: with an unknown answer the denominator predicate is NULL, and `not NULL` is NULL.
    part === 'unknown' ? `(${p.scope}) and not coalesce((${p.denominator}), false)` : p[part];
  return sql<boolean>`(${sql.raw(text)})`;
}
