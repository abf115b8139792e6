import { describe, expect, it } from 'vitest';
import { partTotals } from '../src/features/evidence/api/get-part-totals.ts';
import { recordsQuery } from '../src/features/evidence/api/get-records.ts';
import { evidenceFilters } from '../src/features/evidence/lib/evidence-filters.ts';
import { answerField, answerOf } from '../src/features/evidence/lib/record-answer.ts';
import type { RecordItem } from '../src/shared/api/types.ts';

const record = (fields: Partial<RecordItem>): RecordItem => ({
  id: 1,
  entity: 'AWV',
  dossierId: 'D1',
  awardDate: '2020-01-01',
  year: 2020,
  title: null,
  cpv: null,
  productGroup: null,
  valueEur: null,
  amount: null,
  currency: null,
  criteria: null,
  innovative: null,
  socialClause: null,
  circular: null,
  smeWinner: null,
  framework: null,
  eSubmission: null,
  procedure: null,
  tendersReceived: null,
  supplier: null,
  importId: null,
  updatedAt: '2020-01-01T00:00:00Z',
  ...fields,
});

describe('the records behind a number', () => {
  it('narrow to the selected year when one is chosen, and to the period otherwise', () => {
    const base = { page: 'evidence' as const, lang: 'nl' as const, measure: 'value' as const, from: 2016, to: 2020 };
    expect(evidenceFilters({ ...base, year: 2019, entity: 'AWV' })).toEqual({ entity: 'AWV', from: 2019, to: 2019 });
    expect(evidenceFilters({ ...base, policyDomain: 'MOW' })).toEqual({ tier: 'flemish_government', policyDomain: 'MOW', from: 2016, to: 2020 });
    expect(evidenceFilters({ ...base, tier: 'local', province: '40000', policyDomain: 'MOW' })).toEqual({
      tier: 'local',
      province: '40000',
      from: 2016,
      to: 2020,
    });
  });

  it('ask for a part only together with an indicator', () => {
    expect(recordsQuery({ part: 'numerator', entity: 'AWV', limit: 50 })).toEqual({ entity: 'AWV', limit: '50' });
    expect(recordsQuery({ indicator: 'sustainable_value_share', part: 'unknown', from: 2020 })).toEqual({
      indicator: 'sustainable_value_share',
      part: 'unknown',
      from: '2020',
    });
  });

  it('count the unknown band as the records in scope that are not in the denominator', () => {
    expect(partTotals([{ total: 4837 }, { total: 5346 }, { total: 5770 }])).toEqual({ numerator: 4837, denominator: 5346, unknown: 424 });
  });

  it('show the answer that decides each indicator, and an empty answer as unknown rather than no', () => {
    expect(answerField('single_bid_share')).toBe('tendersReceived');
    expect(answerOf(record({ criteria: 'full' }), 'sustainable_value_share')).toEqual({ kind: 'criteria', value: 'full' });
    expect(answerOf(record({ smeWinner: false }), 'sme_count_share')).toEqual({ kind: 'flag', value: false });
    expect(answerOf(record({ smeWinner: null }), 'sme_count_share')).toEqual({ kind: 'unknown' });
    expect(answerOf(record({ tendersReceived: 1 }), 'single_bid_share')).toEqual({ kind: 'tenders', value: 1 });
  });
});
