import { describe, expect, it } from 'vitest';
import { formatterFor } from '../src/shared/format/format.ts';

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('numbers and dates in nl-BE, fr-BE and en', () => {
  it('writes shares with the decimal comma in Dutch and French, the point in English', () => {
    expect(nbsp(formatterFor('nl').percent(0.7245))).toBe('72,5%');
    expect(nbsp(formatterFor('fr').percent(0.7245))).toBe('72,5 %');
    expect(formatterFor('en').percent(0.7245)).toBe('72.5%');
  });

  it('shows an unknown share as a dash, never as 0 %', () => {
    expect(formatterFor('nl').percent(null)).toBe('—');
  });

  it('writes "missed by 27.6 points" with the local decimal sign and an explicit sign where asked', () => {
    expect(formatterFor('nl').points(27.6)).toBe('27,6');
    expect(formatterFor('en').points(-11.58, { signed: true })).toBe('-11.6');
    expect(formatterFor('en').points(7.65, { signed: true })).toBe('+7.7');
  });

  it('never puts a thousands separator in a year', () => {
    expect(formatterFor('nl').year(2020)).toBe('2020');
    expect(formatterFor('fr').yearRange(2016, 2020)).toBe('2016–2020');
  });

  it('groups thousands the local way', () => {
    expect(formatterFor('nl').integer(39952)).toBe('39.952');
    expect(nbsp(formatterFor('fr').integer(39952))).toBe('39 952');
    expect(formatterFor('en').integer(39952)).toBe('39,952');
  });

  it('writes euro amounts and award dates per language', () => {
    expect(nbsp(formatterFor('nl').euro(1234567.89))).toBe('€ 1.234.568');
    expect(formatterFor('en').date('2018-03-31', 'long')).toBe('March 31, 2018');
    expect(formatterFor('nl').date('2018-03-31', 'long')).toBe('31 maart 2018');
    expect(formatterFor('fr').date('2018-03-31', 'long')).toBe('31 mars 2018');
  });
});
