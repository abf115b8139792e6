/**
 * The year curves the demo is shaped on. They follow the real reference figures of SPEC §2 (the
 * innovation shares of 2019 and 2020, a sustainable share in the high fifties at the start) so
 * that the dashboard looks like the real thing; the demo's own numbers are its own and are never
 * presented as the Flemish government's results.
 */

/** Value by year; years between two points are interpolated, years outside are clamped. */
export type YearCurve = Readonly<Record<number, number>>;

export function onCurve(curve: YearCurve, year: number): number {
  const years = Object.keys(curve)
    .map(Number)
    .sort((a, b) => a - b);
  const first = years[0]!;
  const last = years[years.length - 1]!;
  if (year <= first) return curve[first]!;
  if (year >= last) return curve[last]!;
  const after = years.findIndex((y) => y >= year);
  const hi = years[after]!;
  const lo = years[after - 1]!;
  const t = (year - lo) / (hi - lo);
  return curve[lo]! + t * (curve[hi]! - curve[lo]!);
}

/**
 * Pooled `sustainable_value_share` the generator steers each year to: from the high fifties
 * toward, but not reaching, the 100 % target of 2020.
 */
export const SUSTAINABLE_VALUE_SHARE: YearCurve = { 2016: 0.575, 2017: 0.652, 2018: 0.731, 2019: 0.806, 2020: 0.884 };

/**
 * Pooled `innovation_value_share` the generator steers each year to. 2019 and 2020 are the real
 * Flemish figures (0.33 % and 3.38 %); the years before stay below them.
 */
export const INNOVATION_VALUE_SHARE: YearCurve = { 2016: 0.0022, 2017: 0.0026, 2018: 0.0029, 2019: 0.0033, 2020: 0.0338 };

/** Share of records with a known criteria answer: registration in the contract system began in 2018. */
export const CRITERIA_COVERAGE: YearCurve = { 2016: 0.76, 2017: 0.8, 2018: 0.89, 2019: 0.93, 2020: 0.955 };

/** Base share of unknown answers for the yes/no fields; each field and entity scales it. */
export const UNKNOWN_RATE: YearCurve = { 2016: 0.16, 2017: 0.135, 2018: 0.1, 2019: 0.08, 2020: 0.065 };

/** Share of electronic submission where it is known (e-procurement became compulsory in 2018). */
export const E_SUBMISSION_SHARE: YearCurve = { 2016: 0.6, 2017: 0.7, 2018: 0.81, 2019: 0.9, 2020: 0.95 };

/** Base rates (before product-group and entity effects) of social clauses and circular criteria. */
export const SOCIAL_CLAUSE_RATE: YearCurve = { 2016: 0.1, 2017: 0.12, 2018: 0.15, 2019: 0.18, 2020: 0.21 };
export const CIRCULAR_RATE: YearCurve = { 2016: 0.045, 2017: 0.06, 2018: 0.08, 2019: 0.1, 2020: 0.13 };

/** Base share of contracts with exactly one tender and of negotiation without publication. */
export const SINGLE_BID_RATE = 0.17;
export const NO_PUBLICATION_RATE = 0.07;

/** Relative number of records per year (2020 dipped with the pandemic). */
export const YEAR_VOLUME: YearCurve = { 2016: 0.94, 2017: 0.97, 2018: 1, 2019: 1.04, 2020: 0.97 };

/** Relative weight of the months in award dates: a dip in summer, the year-end rush in December. */
export const MONTH_WEIGHTS: readonly number[] = [0.75, 0.85, 1, 0.95, 1, 1.1, 0.8, 0.6, 1, 1.1, 1.2, 1.65];

/** Smallest number of records an entity gets in a year, so that no scorecard is empty. */
export const MIN_RECORDS_PER_ENTITY_YEAR = 15;
