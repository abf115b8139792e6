import { describe, expect, it } from 'vitest';
import { formatterFor } from '../src/shared/format/format.ts';
import { messagesFor } from '../src/shared/i18n/messages.ts';
import { shapeTrend } from '../src/shared/lib/trend.ts';
import { summarizeTrend } from '../src/shared/lib/trend-summary.ts';
import { PLAN_TARGET, THRESHOLDS, progress, row } from './fixtures.ts';

const rows = [
  row({ year: 2018, value: 0.73, n: 50, coverage: 0.9, target: PLAN_TARGET }),
  row({
    year: 2020,
    value: 0.884,
    n: 50,
    coverage: 0.9,
    target: PLAN_TARGET,
    progress: progress({
      status: 'missed',
      baselineYear: 2018,
      baselineValue: 0.73,
      latestYear: 2020,
      latestValue: 0.884,
      observedPace: 7.7,
      projectedYear: 2022,
    }),
  }),
];

describe('the one-sentence summary of a trend chart', () => {
  it('says where the share started and ended, what the glide path expected and when the pace reaches the target', () => {
    expect(summarizeTrend(shapeTrend(rows, THRESHOLDS), 'Sustainable share (value)', messagesFor('en'), formatterFor('en'))).toBe(
      'Sustainable share (value) went from 73.0% in 2018 to 88.4% in 2020. The glide path expected 100.0%. At the observed pace the target is reached in 2022.',
    );
  });

  it('is written in the language of the view', () => {
    expect(summarizeTrend(shapeTrend(rows, THRESHOLDS), 'Aandeel duurzaam (waarde)', messagesFor('nl'), formatterFor('nl'))).toMatch(
      /^Aandeel duurzaam \(waarde\) ging van 73,0% in 2018 naar 88,4% in 2020\./,
    );
  });

  it('says there is no data rather than describing an empty chart', () => {
    expect(summarizeTrend(shapeTrend([], THRESHOLDS), 'X', messagesFor('en'), formatterFor('en'))).toBe('There is no data for X in this selection.');
  });
});
