/**
 * The rows behind a chart as a file a presenter can hand on: CSV (the rows) and XLSX (the rows,
 * then a sheet with the definition, filters, data date and source, so the numbers never travel
 * without their meaning).
 */

import { protectFormulaText, THEMES, type Locale, type RecordFilters } from '@koers/domain';
import type { PolicyEvent } from '@koers/db';
import type { Status } from '@koers/indicators';
import type { IndicatorResult, IndicatorRow } from './indicator-query.ts';

/** A data date as people write it ("6 december 2026"), not as an ISO timestamp. */
function longDate(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : `${locale}-BE`, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

export interface ExportContext {
  locale: Locale;
  dataDate: string | null;
  dataset: string | null;
  /** Where the file came from, e.g. the dashboard URL or API path. */
  source: string;
  /** The policy events in the export's scope (`eventsInScope`), listed with the definitions. */
  events?: readonly PolicyEvent[];
}

/**
 * The policy events a chart of these rows draws (SPEC §7): everyone's, those of a policy domain
 * the filters name or an entity they name belongs to, those of an entity they name; within the
 * years asked for. `domainOf` gives an entity's policy domain.
 */
export function eventsInScope(events: readonly PolicyEvent[], filters: RecordFilters, domainOf: (entity: string) => string | null): PolicyEvent[] {
  const entities = new Set(filters.entity ?? []);
  const domains = new Set([...(filters.policyDomain ?? []), ...[...entities].map(domainOf).filter((d): d is string => d !== null)]);
  return events.filter((event) => {
    const year = Number(event.date.slice(0, 4));
    if ((filters.from !== undefined && year < filters.from) || (filters.to !== undefined && year > filters.to)) return false;
    if (event.scope === 'all') return true;
    if (event.scope === 'entity') return event.scopeCode !== null && entities.has(event.scopeCode);
    return event.scopeCode !== null && domains.has(event.scopeCode);
  });
}

const HEADINGS: Record<Locale, Record<string, string>> = {
  nl: {
    year: 'jaar',
    entity: 'entiteit',
    policyDomain: 'beleidsdomein',
    productGroup: 'productgroep',
    theme: 'thema',
    numerator: 'teller',
    denominator: 'noemer',
    value: 'waarde',
    n: 'n',
    coverage: 'dekking',
    target: 'doel',
    targetYear: 'doeljaar',
    expected: 'verwacht (groeipad)',
    status: 'status',
  },
  fr: {
    year: 'année',
    entity: 'entité',
    policyDomain: 'domaine politique',
    productGroup: 'groupe de produits',
    theme: 'thème',
    numerator: 'numérateur',
    denominator: 'dénominateur',
    value: 'valeur',
    n: 'n',
    coverage: 'couverture',
    target: 'objectif',
    targetYear: 'année cible',
    expected: 'attendu (trajectoire)',
    status: 'statut',
  },
  en: {
    year: 'year',
    entity: 'entity',
    policyDomain: 'policy domain',
    productGroup: 'product group',
    theme: 'theme',
    numerator: 'numerator',
    denominator: 'denominator',
    value: 'value',
    n: 'n',
    coverage: 'coverage',
    target: 'target',
    targetYear: 'target year',
    expected: 'expected (glide path)',
    status: 'status',
  },
};

const ABOUT: Record<Locale, Record<string, string>> = {
  nl: {
    indicator: 'Indicator',
    definition: 'Definitie',
    theme: 'Thema',
    filters: 'Filters',
    groupBy: 'Gegroepeerd per',
    dataDate: 'Datum gegevens',
    dataset: 'Dataset',
    demo: 'DEMOGEGEVENS — geen echte resultaten',
    source: 'Bron',
    generated: 'Aangemaakt',
    none: 'geen',
    target: 'Doel',
    monitoring: 'enkel opvolging (geen doel)',
    event: 'Beleidsgebeurtenis',
  },
  fr: {
    indicator: 'Indicateur',
    definition: 'Définition',
    theme: 'Thème',
    filters: 'Filtres',
    groupBy: 'Groupé par',
    dataDate: 'Date des données',
    dataset: 'Jeu de données',
    demo: 'DONNÉES DE DÉMONSTRATION — pas de résultats réels',
    source: 'Source',
    generated: 'Créé',
    none: 'aucun',
    target: 'Objectif',
    monitoring: 'suivi uniquement (pas d’objectif)',
    event: 'Événement politique',
  },
  en: {
    indicator: 'Indicator',
    definition: 'Definition',
    theme: 'Theme',
    filters: 'Filters',
    groupBy: 'Grouped by',
    dataDate: 'Data date',
    dataset: 'Dataset',
    demo: 'DEMO DATA — not real results',
    source: 'Source',
    generated: 'Created',
    none: 'none',
    target: 'Target',
    monitoring: 'monitoring only (no target)',
    event: 'Policy event',
  },
};

function columns(result: IndicatorResult): (keyof IndicatorRow | 'targetYear')[] {
  const keys = (['year', 'entity', 'policyDomain', 'productGroup', 'theme'] as const).filter((k) => result.rows.some((r) => r[k] !== undefined));
  const base: (keyof IndicatorRow | 'targetYear')[] = [...keys, 'numerator', 'denominator', 'value', 'n', 'coverage'];
  if (result.rows.some((r) => r.target)) base.push('target', 'targetYear', 'expected', 'status');
  return base;
}

/** Statuses in words, as the dashboard says them: a reader of the file never meets a code. */
const STATUS_WORDS: Record<Locale, Record<Status, string>> = {
  nl: {
    achieved: 'doel bereikt',
    on_track: 'op koers',
    needs_acceleration: 'versnelling nodig',
    limited_progress: 'beperkte vooruitgang',
    deterioration: 'achteruitgang',
    missed: 'doel gemist',
    insufficient_data: 'onvoldoende gegevens',
  },
  fr: {
    achieved: 'objectif atteint',
    on_track: 'en bonne voie',
    needs_acceleration: 'accélération nécessaire',
    limited_progress: 'progrès limités',
    deterioration: 'détérioration',
    missed: 'objectif manqué',
    insufficient_data: 'données insuffisantes',
  },
  en: {
    achieved: 'achieved',
    on_track: 'on track',
    needs_acceleration: 'needs acceleration',
    limited_progress: 'limited progress',
    deterioration: 'deterioration',
    missed: 'missed',
    insufficient_data: 'insufficient data',
  },
};

const FILTER_WORDS: Record<Locale, { from: string; to: string }> = {
  nl: { from: 'vanaf', to: 'tot en met' },
  fr: { from: 'à partir de', to: 'jusqu’à' },
  en: { from: 'from', to: 'to' },
};

/** The colon as each language writes it (French puts a no-break space before it). */
const COLON: Record<Locale, string> = { nl: ': ', fr: '\u00a0: ', en: ': ' };

function cell(row: IndicatorRow, column: keyof IndicatorRow | 'targetYear', locale: Locale): string | number | null {
  if (column === 'status') return row.status ? STATUS_WORDS[locale][row.status] : null;
  if (column === 'target') return row.target?.value ?? null;
  if (column === 'targetYear') return row.target?.year ?? null;
  const value = row[column as keyof IndicatorRow];
  if (value === undefined || value === null) return null;
  return typeof value === 'object' ? JSON.stringify(value) : value;
}

function filterText(result: IndicatorResult, locale: Locale): string {
  const f = result.filters;
  const h = HEADINGS[locale];
  const w = FILTER_WORDS[locale];
  const colon = COLON[locale];
  const parts = [
    f.entity?.length ? `${h.entity}${colon}${f.entity.join(', ')}` : '',
    f.policyDomain?.length ? `${h.policyDomain}${colon}${f.policyDomain.join(', ')}` : '',
    f.productGroup?.length ? `${h.productGroup}${colon}${f.productGroup.join(', ')}` : '',
    f.from !== undefined ? `${h.year} ${w.from} ${f.from}` : '',
    f.to !== undefined ? `${h.year} ${w.to} ${f.to}` : '',
  ].filter(Boolean);
  return parts.length ? parts.join('; ') : ABOUT[locale].none!;
}

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  // Names come from the registry and from notices: never let a spreadsheet evaluate one.
  const text = typeof value === 'string' ? protectFormulaText(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The rows as UTF-8 CSV with a BOM (so Excel reads the accents) and headings in the locale. */
export function indicatorCsv(result: IndicatorResult, context: ExportContext): string {
  const cols = columns(result);
  const lines = [cols.map((c) => csvCell(HEADINGS[context.locale][c] ?? c)).join(',')];
  for (const row of result.rows) lines.push(cols.map((c) => csvCell(cell(row, c, context.locale))).join(','));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

export async function indicatorXlsx(result: IndicatorResult, context: ExportContext): Promise<Uint8Array> {
  const { locale } = context;
  const about = ABOUT[locale];
  // Loaded when a workbook is asked for, not when the server starts (~0.2 s).
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Koers';
  workbook.created = new Date();
  const label = result.indicator.label[locale];

  const data = workbook.addWorksheet(locale === 'nl' ? 'Gegevens' : locale === 'fr' ? 'Données' : 'Data');
  const cols = columns(result);
  data.columns = cols.map((c) => ({
    header: HEADINGS[locale][c] ?? c,
    key: c,
    width: c === 'entity' || c === 'status' ? 20 : 14,
    style:
      c === 'value' || c === 'coverage' || c === 'target' || c === 'expected'
        ? { numFmt: '0.00%' }
        : c === 'numerator' || c === 'denominator'
          ? { numFmt: '#,##0.00' }
          : {},
  }));
  data.getRow(1).font = { bold: true };
  data.views = [{ state: 'frozen', ySplit: 1 }];
  for (const row of result.rows) data.addRow(Object.fromEntries(cols.map((c) => [c, cell(row, c, locale)])));

  const info = workbook.addWorksheet(locale === 'nl' ? 'Definities' : locale === 'fr' ? 'Définitions' : 'Definitions');
  info.columns = [
    { key: 'k', width: 22 },
    { key: 'v', width: 100 },
  ];
  const theme = THEMES.find((t) => t.id === result.indicator.theme);
  const target = result.rows.find((r) => r.target)?.target;
  const lines: [string, string][] = [
    [about.indicator!, `${label} (${result.indicator.id})`],
    [about.definition!, result.indicator.definition[locale]],
    [about.theme!, theme ? `${theme.id}. ${theme.name[locale]}` : String(result.indicator.theme)],
    [
      about.target!,
      target ? `${(target.value * 100).toLocaleString(locale === 'en' ? 'en' : `${locale}-BE`)} % — ${target.year} (${target.source})` : about.monitoring!,
    ],
    [about.filters!, filterText(result, locale)],
    [about.groupBy!, result.groupBy.map((g) => HEADINGS[locale][g] ?? g).join(', ') || about.none!],
    ...(context.events ?? []).map((event): [string, string] => [
      about.event!,
      `${longDate(event.date, locale)}: ${event.label[locale]}${event.source ? ` (${event.source})` : ''}`,
    ]),
    [about.dataDate!, context.dataDate ? longDate(context.dataDate, locale) : about.none!],
    [about.dataset!, context.dataset === 'demo' ? about.demo! : (context.dataset ?? '—')],
    [about.source!, context.source],
    [about.generated!, new Date().toISOString()],
  ];
  for (const [k, v] of lines) info.addRow({ k, v });
  info.getColumn('k').font = { bold: true };
  info.getColumn('v').alignment = { wrapText: true, vertical: 'top' };
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
