/**
 * Every number, share, amount and date the dashboard shows is formatted here, with Intl, for
 * nl-BE, fr-BE and en. Formatters are built once per language.
 *
 * @example
 *   const f = formatterFor('nl');
 *   f.percent(0.724);   // '72,4%'
 *   f.points(27.6);     // '27,6'
 *   f.date('2018-03-31'); // '31 mrt 2018'
 */
import type { Locale } from '@koers/domain';

const INTL_LOCALE: Record<Locale, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en' };

export interface Formatter {
  locale: Locale;
  intlLocale: string;
  /** A share 0-1 as a percentage; an em dash for null. */
  percent(share: number | null | undefined, digits?: number): string;
  /** Percentage points, unsigned unless `signed`. */
  points(pp: number | null | undefined, options?: { signed?: boolean; digits?: number }): string;
  integer(n: number | null | undefined): string;
  /** Euro amounts: whole euros, or compact (`€ 1,2 mln`) for axis labels and summaries. */
  euro(value: number | null | undefined, options?: { compact?: boolean }): string;
  /** An ISO date (`2018-03-31`) or timestamp as a date. */
  date(iso: string | null | undefined, style?: 'medium' | 'long'): string;
  /** A timestamp as date and time of day, in the reader's time zone (when an import ran). */
  dateTime(iso: string | null | undefined): string;
  /** A year, never with a thousands separator. */
  year(y: number | null | undefined): string;
  /** `2016–2020`. */
  yearRange(from: number, to: number): string;
  list(items: readonly string[], type?: 'conjunction' | 'disjunction'): string;
  /** Locale-aware comparison of labels. */
  compare(a: string, b: string): number;
}

const NONE = '—';
const cache = new Map<Locale, Formatter>();

export function formatterFor(locale: Locale): Formatter {
  const existing = cache.get(locale);
  if (existing) return existing;
  const tag = INTL_LOCALE[locale];
  const percentFormats = new Map<number, Intl.NumberFormat>();
  const percentFormat = (digits: number) => {
    let f = percentFormats.get(digits);
    if (!f) {
      f = new Intl.NumberFormat(tag, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits });
      percentFormats.set(digits, f);
    }
    return f;
  };
  const pointFormats = new Map<string, Intl.NumberFormat>();
  const pointFormat = (digits: number, signed: boolean) => {
    const key = `${digits}:${signed}`;
    let f = pointFormats.get(key);
    if (!f) {
      f = new Intl.NumberFormat(tag, {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
        signDisplay: signed ? 'exceptZero' : 'auto',
      });
      pointFormats.set(key, f);
    }
    return f;
  };
  const integerFormat = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
  const euroFormat = new Intl.NumberFormat(tag, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
  const euroCompact = new Intl.NumberFormat(tag, { style: 'currency', currency: 'EUR', notation: 'compact', maximumFractionDigits: 1 });
  const dateFormats = {
    medium: new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' }),
    long: new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }),
  };
  const dateTimeFormat = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' });
  const yearFormat = new Intl.NumberFormat(tag, { useGrouping: false, maximumFractionDigits: 0 });
  const lists = {
    conjunction: new Intl.ListFormat(tag, { type: 'conjunction' }),
    disjunction: new Intl.ListFormat(tag, { type: 'disjunction' }),
  };
  const collator = new Intl.Collator(tag, { sensitivity: 'base', numeric: true });

  const formatter: Formatter = {
    locale,
    intlLocale: tag,
    percent: (share, digits = 1) => (share === null || share === undefined || !Number.isFinite(share) ? NONE : percentFormat(digits).format(share)),
    points: (pp, options = {}) =>
      pp === null || pp === undefined || !Number.isFinite(pp) ? NONE : pointFormat(options.digits ?? 1, options.signed ?? false).format(pp),
    integer: (n) => (n === null || n === undefined || !Number.isFinite(n) ? NONE : integerFormat.format(n)),
    euro: (value, options = {}) =>
      value === null || value === undefined || !Number.isFinite(value) ? NONE : (options.compact ? euroCompact : euroFormat).format(value),
    date: (iso, style = 'medium') => {
      if (!iso) return NONE;
      const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
      return Number.isNaN(date.getTime()) ? iso : dateFormats[style].format(date);
    },
    dateTime: (iso) => {
      if (!iso) return NONE;
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? iso : dateTimeFormat.format(date);
    },
    year: (y) => (y === null || y === undefined ? NONE : yearFormat.format(y)),
    yearRange: (from, to) => (from === to ? yearFormat.format(from) : `${yearFormat.format(from)}–${yearFormat.format(to)}`),
    list: (items, type = 'conjunction') => lists[type].format(items),
    compare: (a, b) => collator.compare(a, b),
  };
  cache.set(locale, formatter);
  return formatter;
}
