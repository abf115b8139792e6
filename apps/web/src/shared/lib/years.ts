/** Which years a view covers, given the years that hold data. */

export interface YearSelection {
  /** Years with data inside the period. */
  years: number[];
  from: number | null;
  to: number | null;
  /** The year a headline or ranking is read for. */
  year: number | null;
}

export function selectYears(available: readonly number[], view: { from?: number; to?: number; year?: number }): YearSelection {
  const sorted = [...new Set(available)].sort((a, b) => a - b);
  const from = view.from ?? sorted[0] ?? null;
  const to = view.to ?? sorted[sorted.length - 1] ?? null;
  const years = sorted.filter((y) => (from === null || y >= from) && (to === null || y <= to));
  const year = view.year !== undefined && years.includes(view.year) ? view.year : (years[years.length - 1] ?? null);
  return { years, from, to, year };
}
