/**
 * Field conversions shared by the notice readers (legacy TED, eForms, OCDS): awarded values and
 * currencies, dates, CPV codes, SME flags and electronic submission. Each one says in a warning
 * what it had to assume, so the import report explains every unknown.
 */
import { parseDate } from '@koers/domain';
import type { ImportMessage, SourceLocation } from '../types.ts';

export const NO_VALUE_WARNING = 'no awarded value: counts in count shares, not in value shares';

export interface MoneyFields {
  valueEur: number | null;
  amount: number | null;
  currency: string | null;
}

/**
 * The record's value fields from an awarded amount. `valueEur` is the amount only when it is in
 * euro, or converted with a configured rate (units of the currency per euro, the ECB convention).
 */
export function moneyFields(
  amount: number | null,
  currencyRaw: string | null,
  eurRates: Readonly<Record<string, number>> | undefined,
  warn: (column: string | null, message: string) => void,
  column: string,
): MoneyFields {
  const currency = currencyRaw?.trim().toUpperCase() || null;
  if (amount === null || !Number.isFinite(amount)) {
    warn(column, NO_VALUE_WARNING);
    return { valueEur: null, amount: null, currency: null };
  }
  if (amount < 0) {
    warn(column, `the awarded value ${amount} is negative, which no contract can be; it is left unknown (${NO_VALUE_WARNING})`);
    return { valueEur: null, amount: null, currency: null };
  }
  if (currency === null) {
    warn(column, `amount ${amount} has no currency: kept, left out of euro sums`);
    return { valueEur: null, amount, currency: null };
  }
  if (currency === 'EUR') return { valueEur: amount, amount, currency };
  const rate = eurRates?.[currency];
  if (typeof rate === 'number' && Number.isFinite(rate) && rate > 0) {
    const valueEur = Math.round((amount / rate) * 100) / 100;
    warn(column, `amount ${amount} ${currency} converted to ${valueEur} EUR at ${rate} ${currency} per euro`);
    return { valueEur, amount, currency };
  }
  warn(column, `amount in ${currency} kept, left out of euro sums: no exchange rate configured`);
  return { valueEur: null, amount, currency };
}

/** A decimal as notices write it (`1490000.00`); null when it is not one. */
export function noticeNumber(raw: string | null | undefined): number | null {
  const text = raw?.trim();
  if (!text || !/^[+-]?\d+(\.\d+)?$/.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

/** A count as notices write it; null when it is not a whole number of zero or more. */
export function noticeCount(raw: string | null | undefined): number | null {
  const text = raw?.trim();
  if (!text || !/^\d{1,15}$/.test(text)) return null;
  return Number(text);
}

/**
 * The calendar date a notice or release wrote, as ISO `YYYY-MM-DD`, without any timezone
 * arithmetic: `2020-12-15+01:00`, `2010-06-10T14:23:12Z` and `20210104` keep the date as written.
 */
export function writtenDate(raw: string | null | undefined): string | null {
  const text = raw?.trim();
  if (!text) return null;
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  const candidate = compact ? `${compact[1]}-${compact[2]}-${compact[3]}` : /^(\d{4}-\d{2}-\d{2})/.exec(text)?.[1];
  if (!candidate) return null;
  const parsed = parseDate(candidate);
  return parsed.ok ? parsed.value : null;
}

/**
 * A CPV code as text with its leading zeros: `90700000`, `45233162-2`; a code that went through a
 * spreadsheet as a number (`45233130.0`, `9310000`) is repaired. Null when it is not a CPV code.
 */
export function cpvText(raw: string | number | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const text = String(raw).trim();
  const withCheck = /^(\d{8})-(\d)$/.exec(text);
  if (withCheck) return text;
  const numeric = /^(\d{1,8})(?:\.0+)?$/.exec(text);
  if (numeric) return numeric[1]!.padStart(8, '0');
  return null;
}

/**
 * One SME answer for a contract won by one or more companies.
 *
 * Decision: with several contractors (a consortium or group), the contract counts as won by an
 * SME when **any** of them is an SME; it is not an SME win only when every contractor is known
 * to be large; otherwise (no SME among them, at least one unknown) it is unknown. Theme 3 of the
 * plan measures SME *participation*, and an SME partner in a winning group takes part in the
 * contract directly. Consequence: `sme_value_share` counts the whole value of such a contract.
 */
export function combineSme(flags: readonly (boolean | null)[]): boolean | null {
  if (flags.some((flag) => flag === true)) return true;
  if (flags.length > 0 && flags.every((flag) => flag === false)) return false;
  return null;
}

/**
 * Whether tenders were received electronically, from the counts notices give (legacy
 * NB_TENDERS_RECEIVED_EMEANS, eForms BT-759 for `t-esubm`).
 *
 * Decision: true when every tender received came in electronically; false when tenders were
 * received and none electronically; unknown when the electronic count is missing, when no
 * tender was received, or when only some tenders were electronic (the record cannot be one or
 * the other without inventing a threshold).
 */
export function eSubmissionFromCounts(
  tenders: number | null,
  electronic: number | null,
  warn: (column: string | null, message: string) => void,
  column: string,
): boolean | null {
  if (tenders === null || electronic === null || tenders === 0) return null;
  if (electronic >= tenders) return true;
  if (electronic === 0) return false;
  warn(column, `${electronic} of ${tenders} tenders were submitted electronically: partly electronic, electronic submission left unknown`);
  return null;
}

/** Collects record warnings with the item's location. */
export function warningCollector(location: SourceLocation): {
  warnings: ImportMessage[];
  warn: (column: string | null, message: string) => void;
} {
  const warnings: ImportMessage[] = [];
  return { warnings, warn: (column, message) => warnings.push({ location, column, message }) };
}

/** Keys must be unique within a file: a repeated one gets `#2`, `#3` … appended. */
export class KeyDeduplicator {
  private readonly seen = new Map<string, number>();
  unique(key: string): string {
    const count = (this.seen.get(key) ?? 0) + 1;
    this.seen.set(key, count);
    return count === 1 ? key : `${key}#${count}`;
  }
}
