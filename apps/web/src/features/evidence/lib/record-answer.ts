/**
 * Which field of a record decides whether it counts for an indicator, and its answer in words a
 * reader understands (unknown stays unknown, never "no").
 */
import type { IndicatorId } from '@koers/domain';
import type { RecordItem } from '../../../shared/api/types.ts';

export type AnswerField = 'criteria' | 'socialClause' | 'circular' | 'innovative' | 'smeWinner' | 'eSubmission' | 'tendersReceived' | 'procedure' | 'framework';

const FIELD: Record<IndicatorId, AnswerField> = {
  sustainable_value_share: 'criteria',
  sustainable_count_share: 'criteria',
  criteria_coverage: 'criteria',
  social_clause_share: 'socialClause',
  circular_share: 'circular',
  innovation_value_share: 'innovative',
  sme_count_share: 'smeWinner',
  sme_value_share: 'smeWinner',
  e_submission_share: 'eSubmission',
  single_bid_share: 'tendersReceived',
  no_publication_share: 'procedure',
  framework_value_share: 'framework',
};

export function answerField(indicator: IndicatorId): AnswerField {
  return FIELD[indicator];
}

export type Answer =
  | { kind: 'criteria'; value: 'full' | 'none_or_partial' | 'not_applicable' }
  | { kind: 'flag'; value: boolean }
  | { kind: 'tenders'; value: number }
  | { kind: 'procedure'; value: string }
  | { kind: 'unknown' };

export function answerOf(record: RecordItem, indicator: IndicatorId): Answer {
  const field = FIELD[indicator];
  const value = record[field];
  if (value === null || value === undefined) return { kind: 'unknown' };
  switch (field) {
    case 'criteria':
      return { kind: 'criteria', value: value as 'full' | 'none_or_partial' | 'not_applicable' };
    case 'tendersReceived':
      return { kind: 'tenders', value: value as number };
    case 'procedure':
      return { kind: 'procedure', value: value as string };
    default:
      return { kind: 'flag', value: value as boolean };
  }
}
