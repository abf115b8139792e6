import { describe, expect, it } from 'vitest';
import { defaultThemeIndicator, forMeasure, headlineIndicator } from '../src/shared/lib/registry.ts';
import { selectYears } from '../src/shared/lib/years.ts';

describe('the value/count switch', () => {
  it('turns the headline into the count share and back', () => {
    expect(headlineIndicator('value')).toBe('sustainable_value_share');
    expect(headlineIndicator('count')).toBe('sustainable_count_share');
    expect(forMeasure('sme_count_share', 'value')).toBe('sme_value_share');
  });

  it('leaves an indicator measured only one way as it is', () => {
    expect(forMeasure('innovation_value_share', 'count')).toBe('innovation_value_share');
    expect(defaultThemeIndicator([{ id: 'single_bid_share' }, { id: 'no_publication_share' }], 'value')).toBe('single_bid_share');
  });
});

describe('the years a view covers', () => {
  it('reads the latest year with data by default', () => {
    expect(selectYears([2018, 2016, 2017], {})).toEqual({ years: [2016, 2017, 2018], from: 2016, to: 2018, year: 2018 });
  });

  it('keeps the selected year inside the period', () => {
    expect(selectYears([2016, 2017, 2018, 2019, 2020], { from: 2017, to: 2018, year: 2020 }).year).toBe(2018);
  });
});
