/**
 * The target form as pure functions: a draft (what the fields hold, as text) is checked against
 * the registry and turned into the body of PUT /api/v1/targets, or into a problem per field.
 * The API checks the same again; these checks only spare the round trip and say it in words.
 */
import type { TargetInput } from '@koers/contract';
import { SOURCE_MAX, TARGET_YEAR_MAX, TARGET_YEAR_MIN } from '@koers/contract/limits';
import { TARGET_SCOPES, type IndicatorId, type TargetScope, type Tier } from '@koers/domain';

export { SOURCE_MAX, TARGET_SCOPES, type TargetScope };

export interface TargetDraft {
  indicator: string;
  scope: TargetScope;
  scopeCode: string;
  year: string;
  /** The target in percent as typed: `95`, `2,5`, `2.5 %`. */
  percent: string;
  source: string;
}

export type TargetField = keyof TargetDraft;
export type TargetProblem = 'indicator' | 'scopeCode' | 'year' | 'yearRange' | 'percent' | 'percentRange' | 'sourceLength';
export type FieldProblems = Partial<Record<TargetField, TargetProblem>>;

/** The body of PUT /api/v1/targets as the form sends it: every field said (a null source keeps the stored one). */
export type TargetBody = Required<TargetInput>;

/** What the form checks codes against: the registry the API serves at /meta. */
export interface TargetRegistry {
  indicators: ReadonlySet<string>;
  policyDomains: ReadonlySet<string>;
  entities: ReadonlySet<string>;
  /** Province NIS codes (scope `province`). */
  provinces?: ReadonlySet<string>;
}

/** The tiers a `tier` target can be for. */
export const TARGET_TIERS = ['local', 'flemish_government'] as const satisfies readonly Tier[];

export const EMPTY_DRAFT: TargetDraft = { indicator: '', scope: 'all', scopeCode: '', year: '2020', percent: '', source: '' };

/** A percentage typed with a decimal comma or point, with or without `%`; null when it is not a number. */
export function parsePercent(text: string): number | null {
  const cleaned = text.trim().replace(/\s*%$/, '').replace(/\s/g, '');
  if (!/^\d{1,3}([.,]\d+)?$/.test(cleaned)) return null;
  return Number(cleaned.replace(',', '.'));
}

/** Percent to share without floating-point dust: 95 → 0.95, 2.5 → 0.025, 33.33 → 0.3333. */
export function percentToShare(percent: number): number {
  return Math.round(percent * 1e6) / 1e8;
}

/** A share as the percentage a form shows, in the reader's decimal separator: 0.025 → `2,5`. */
function shareToPercentText(share: number, decimalSeparator: string): string {
  const percent = Math.round(share * 1e8) / 1e6;
  return String(percent).replace('.', decimalSeparator);
}

/** How many decimals a target needs to be shown exactly (0.03 → 0, 0.025 → 1), at most 2. */
export function targetDigits(share: number): number {
  const percent = Math.round(share * 1e8) / 1e6;
  for (let digits = 0; digits < 2; digits++) {
    if (Math.abs(percent * 10 ** digits - Math.round(percent * 10 ** digits)) < 1e-9) return digits;
  }
  return 2;
}

/** Checks a draft; answers the request body, or the problem of each field that is not right. */
export function checkTarget(draft: TargetDraft, registry: TargetRegistry): { body: TargetBody } | { problems: FieldProblems } {
  const problems: FieldProblems = {};
  if (!registry.indicators.has(draft.indicator)) problems.indicator = 'indicator';

  const code = draft.scopeCode.trim();
  if (draft.scope === 'policy_domain' && !registry.policyDomains.has(code)) problems.scopeCode = 'scopeCode';
  if (draft.scope === 'entity' && !registry.entities.has(code.toUpperCase())) problems.scopeCode = 'scopeCode';
  if (draft.scope === 'tier' && !(TARGET_TIERS as readonly string[]).includes(code)) problems.scopeCode = 'scopeCode';
  if (draft.scope === 'province' && !registry.provinces?.has(code)) problems.scopeCode = 'scopeCode';

  const yearText = draft.year.trim();
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : null;
  if (year === null) problems.year = 'year';
  else if (year < TARGET_YEAR_MIN || year > TARGET_YEAR_MAX) problems.year = 'yearRange';

  const percent = parsePercent(draft.percent);
  if (percent === null) problems.percent = 'percent';
  else if (percent < 0 || percent > 100) problems.percent = 'percentRange';

  const source = draft.source.trim();
  if (source.length > SOURCE_MAX) problems.source = 'sourceLength';

  if (Object.keys(problems).length > 0 || year === null || percent === null) return { problems };
  return {
    body: {
      indicator: draft.indicator as IndicatorId,
      scope: draft.scope,
      scopeCode: draft.scope === 'all' ? null : draft.scope === 'entity' ? code.toUpperCase() : code,
      year,
      value: percentToShare(percent),
      source: source || null,
    },
  };
}

/** Which field a 400 from the API is about (`issues[].parameter`), so the form can mark it. */
export function fieldOfParameter(parameter: string): TargetField | null {
  switch (parameter) {
    case 'indicator':
    case 'scope':
    case 'scopeCode':
    case 'year':
    case 'source':
      return parameter;
    case 'value':
      return 'percent';
    default:
      return null;
  }
}

/** The draft that edits a stored target. */
export function draftOf(
  target: { indicator: string; scope: TargetScope; scopeCode: string | null; year: number; value: number; source: string },
  decimalSeparator: string,
): TargetDraft {
  return {
    indicator: target.indicator,
    scope: target.scope,
    scopeCode: target.scopeCode ?? '',
    year: String(target.year),
    percent: shareToPercentText(target.value, decimalSeparator),
    source: target.source,
  };
}

/** The order of the list: indicators as the registry orders them, then scope (all first), code and year. */
export function sortTargets<T extends { indicator: string; scope: TargetScope; scopeCode: string | null; year: number }>(
  targets: readonly T[],
  indicatorOrder: readonly string[],
): T[] {
  const rank = new Map(indicatorOrder.map((id, i) => [id, i]));
  const scopeRank = (s: TargetScope) => TARGET_SCOPES.indexOf(s);
  return [...targets].sort(
    (a, b) =>
      (rank.get(a.indicator) ?? 999) - (rank.get(b.indicator) ?? 999) ||
      scopeRank(a.scope) - scopeRank(b.scope) ||
      (a.scopeCode ?? '').localeCompare(b.scopeCode ?? '') ||
      a.year - b.year,
  );
}

/** A target's key as one string, for React keys and for marking the row being edited. */
export function targetKey(t: { indicator: string; scope: string; scopeCode: string | null; year: number }): string {
  return `${t.indicator}|${t.scope}|${t.scopeCode ?? ''}|${t.year}`;
}

/** The decimal separator of a locale: `,` for nl-BE and fr-BE, `.` for en. */
export function decimalSeparator(intlLocale: string): string {
  return new Intl.NumberFormat(intlLocale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
}
