/**
 * The whole state of a view, held in the URL: a copied link reproduces the view exactly and the
 * browser's back button walks through earlier views. Parsing is forgiving (an unknown or invalid
 * parameter is dropped, never an error page); serializing is canonical (defaults are left out,
 * parameters in one fixed order) so equal states give equal links.
 *
 * @example
 *   parseView('/entities/AWV', '?year=2019&lang=fr');
 *   // { page: 'entity', entity: 'AWV', year: 2019, lang: 'fr', measure: 'value', … }
 *   hrefFor({ ...view, page: 'evidence', indicator: 'sustainable_value_share', part: 'numerator' });
 */
import {
  INDICATOR_IDS,
  LOCALES,
  POPULATION_CLASSES,
  RECORD_SORT_FIELDS,
  type IndicatorId,
  type Locale,
  type PopulationClass,
  type RecordSortField,
  type Tier,
} from '@koers/domain';
import { MAX_SLIDES, parseSlides } from './slides.ts';

export const PAGES = ['overview', 'themes', 'entity', 'compare', 'evidence', 'methodology', 'imports', 'targets', 'events'] as const;
/** Pages outside the main navigation: a municipality's or province's page (`/municipalities/44085`). */
type LocalPage = 'municipality';
/** Pages outside the main navigation: presentation mode (`/present`), started from the masthead. */
export type Page = (typeof PAGES)[number] | 'present' | LocalPage;

export const MEASURES = ['value', 'count'] as const;
export type Measure = (typeof MEASURES)[number];

export const RECORD_PARTS = ['numerator', 'denominator', 'unknown'] as const;
export type EvidencePart = (typeof RECORD_PARTS)[number];

export const PAGE_SIZES = [25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 50;

export interface ViewState {
  page: Page;
  lang: Locale;
  /** Whether shares are shown by euro value (the plan's headline) or by number of contracts. */
  measure: Measure;
  /** First and last year of the period shown. */
  from?: number;
  to?: number;
  /** The year a headline, ranking or scorecard is read for; default the latest year with data. */
  year?: number;
  policyDomain?: string;
  productGroup?: string;
  /** Theme page: which theme (1-6). */
  theme?: number;
  /** Entity page: whose scorecard (in the path); evidence: a filter (in the query). */
  entity?: string;
  /** Compare, theme ranking and evidence: which indicator. */
  indicator?: IndicatorId;
  /** Evidence: which records behind the number. */
  part?: EvidencePart;
  sort?: RecordSortField;
  direction?: 'asc' | 'desc';
  limit?: number;
  /** Evidence: the cursors of the pages walked so far; the last one is the current page. */
  cursors?: string[];
  /** Imports: the import whose report is open (in the path). */
  importId?: number;
  /** Presentation: the slides in order (`overview`, `theme:5`, `entity:AWV`; see slides.ts). */
  slides?: string[];
  /** Presentation: the slide shown, counted from 1. */
  slide?: number;
  /** Overview and compare: the local tier (municipalities and provinces) instead of the Flemish government. */
  tier?: 'local';
  /** Local tier: the province (NIS code) or population class read within. */
  province?: string;
  populationClass?: PopulationClass;
  /** Local tier: merged municipalities as they were instead of in today's boundaries. */
  boundaries?: 'historical';
}

export const DEFAULT_VIEW: ViewState = { page: 'overview', lang: 'nl', measure: 'value' };

const CODE = /^[A-Za-z0-9_\-.]{1,64}$/;
const CURSOR = /^[A-Za-z0-9_-]{1,500}$/;

function year(text: string | null): number | undefined {
  if (!text || !/^\d{4}$/.test(text)) return undefined;
  const y = Number(text);
  return y >= 1990 && y <= 2100 ? y : undefined;
}

function code(text: string | null | undefined): string | undefined {
  return text && CODE.test(text) ? text : undefined;
}

function oneOf<T extends string>(list: readonly T[], text: string | null): T | undefined {
  return text !== null && (list as readonly string[]).includes(text) ? (text as T) : undefined;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return '';
  }
}

/** Reads a view from a location's path and query string. */
export function parseView(pathname: string, search: string): ViewState {
  const params = new URLSearchParams(search);
  const segments = pathname.split('/').filter(Boolean).map(safeDecode);
  const view: ViewState = { ...DEFAULT_VIEW };

  const [first, second] = segments;
  switch (first) {
    case undefined:
      view.page = 'overview';
      break;
    case 'themes': {
      view.page = 'themes';
      const theme = second !== undefined && /^[1-9]$/.test(second) ? Number(second) : undefined;
      if (theme !== undefined) view.theme = theme;
      break;
    }
    case 'entities': {
      view.page = 'entity';
      const entity = code(second);
      if (entity) view.entity = entity.toUpperCase();
      break;
    }
    case 'municipalities': {
      view.page = 'municipality';
      const entity = second !== undefined && /^\d{5}$/.test(second) ? second : undefined;
      if (entity) view.entity = entity;
      break;
    }
    case 'compare':
    case 'evidence':
    case 'methodology':
    case 'targets':
    case 'events':
    case 'present':
      view.page = first;
      break;
    case 'imports': {
      view.page = 'imports';
      const id = second !== undefined && /^[1-9]\d{0,9}$/.test(second) ? Number(second) : undefined;
      if (id !== undefined && id <= 2_147_483_647) view.importId = id;
      break;
    }
    default:
      view.page = 'overview';
  }

  view.lang = oneOf(LOCALES, params.get('lang')) ?? DEFAULT_VIEW.lang;
  view.measure = oneOf(MEASURES, params.get('measure')) ?? DEFAULT_VIEW.measure;
  const from = year(params.get('from'));
  const to = year(params.get('to'));
  // A reversed range is read as the range it obviously means.
  if (from !== undefined && to !== undefined && from > to) {
    view.from = to;
    view.to = from;
  } else {
    if (from !== undefined) view.from = from;
    if (to !== undefined) view.to = to;
  }
  const selected = year(params.get('year'));
  if (selected !== undefined) view.year = selected;
  const policyDomain = code(params.get('policyDomain'));
  if (policyDomain) view.policyDomain = policyDomain;
  const productGroup = code(params.get('productGroup'));
  if (productGroup) view.productGroup = productGroup;
  if (oneOf(['local'] as const, params.get('tier'))) view.tier = 'local';
  const province = params.get('province');
  if (province && /^\d{5}$/.test(province)) view.province = province;
  const populationClass = oneOf(POPULATION_CLASSES, params.get('populationClass'));
  if (populationClass) view.populationClass = populationClass;
  if (oneOf(['historical'] as const, params.get('boundaries'))) view.boundaries = 'historical';
  if (view.page !== 'entity' && view.page !== 'municipality') {
    const entity = code(params.get('entity'));
    if (entity) view.entity = entity.toUpperCase();
  }
  const indicator = oneOf(INDICATOR_IDS, params.get('indicator'));
  if (indicator) view.indicator = indicator;
  const part = oneOf(RECORD_PARTS, params.get('part'));
  if (part) view.part = part;
  const sort = oneOf(RECORD_SORT_FIELDS, params.get('sort'));
  if (sort) view.sort = sort;
  const direction = oneOf(['asc', 'desc'] as const, params.get('direction'));
  if (direction) view.direction = direction;
  const limit = Number(params.get('limit'));
  if ((PAGE_SIZES as readonly number[]).includes(limit)) view.limit = limit;
  const cursors = (params.get('cursors') ?? '').split(',').filter((c) => CURSOR.test(c));
  if (cursors.length) view.cursors = cursors.slice(0, 200);
  const slides = parseSlides(params.get('slides'));
  if (slides) view.slides = slides;
  const slide = Number(params.get('slide'));
  if (Number.isInteger(slide) && slide >= 1 && slide <= MAX_SLIDES) view.slide = slide;
  return view;
}

function pathFor(view: ViewState): string {
  switch (view.page) {
    case 'overview':
      return '/';
    case 'themes':
      return view.theme !== undefined ? `/themes/${view.theme}` : '/themes';
    case 'entity':
      return view.entity ? `/entities/${encodeURIComponent(view.entity)}` : '/entities';
    case 'municipality':
      return view.entity ? `/municipalities/${encodeURIComponent(view.entity)}` : '/municipalities';
    case 'imports':
      return view.importId !== undefined ? `/imports/${view.importId}` : '/imports';
    default:
      return `/${view.page}`;
  }
}

/** The canonical link of a view: path plus query, defaults left out. */
export function hrefFor(view: ViewState): string {
  const params = new URLSearchParams();
  const set = (key: string, value: string | number | undefined) => {
    if (value !== undefined && value !== '') params.set(key, String(value));
  };
  if (view.lang !== DEFAULT_VIEW.lang) set('lang', view.lang);
  if (view.measure !== DEFAULT_VIEW.measure) set('measure', view.measure);
  set('year', view.year);
  set('from', view.from);
  set('to', view.to);
  set('policyDomain', view.policyDomain);
  set('productGroup', view.productGroup);
  set('tier', view.tier);
  set('province', view.province);
  set('populationClass', view.populationClass);
  set('boundaries', view.boundaries);
  if (view.page !== 'entity' && view.page !== 'municipality') set('entity', view.entity);
  set('indicator', view.indicator);
  set('part', view.part);
  set('sort', view.sort);
  set('direction', view.direction);
  if (view.limit !== undefined && view.limit !== DEFAULT_PAGE_SIZE) set('limit', view.limit);
  if (view.cursors?.length) set('cursors', view.cursors.join(','));
  if (view.slides?.length) set('slides', view.slides.join(','));
  set('slide', view.slide);
  // Commas and colons are legal in a query string; unescaped they keep cursor and slide lists readable.
  const query = params.toString().replace(/%2C/gi, ',').replace(/%3A/gi, ':');
  return pathFor(view) + (query ? `?${query}` : '');
}

/**
 * The view after a change of page or filter. Paging restarts whenever anything but the page
 * cursor changes, and page-specific state is dropped when the page changes, so a link never
 * carries state the page it opens would not use.
 */
export function nextView(current: ViewState, patch: Partial<ViewState>): ViewState {
  const next: ViewState = { ...current, ...patch };
  for (const key of Object.keys(patch) as (keyof ViewState)[]) {
    if (patch[key] === undefined) delete next[key];
  }
  if (patch.page !== undefined && patch.page !== current.page) {
    const keep: (keyof ViewState)[] = [
      'page',
      'lang',
      'measure',
      'from',
      'to',
      'year',
      'policyDomain',
      'productGroup',
      'tier',
      'province',
      'populationClass',
      'boundaries',
    ];
    const carried = new Set<keyof ViewState>([...keep, ...(Object.keys(patch) as (keyof ViewState)[])]);
    for (const key of Object.keys(next) as (keyof ViewState)[]) {
      if (!carried.has(key)) delete next[key];
    }
  }
  const resetsPaging = (Object.keys(patch) as (keyof ViewState)[]).some((key) => key !== 'cursors' && key !== 'lang' && patch[key] !== current[key]);
  if (resetsPaging && !('cursors' in patch)) delete next.cursors;
  return next;
}

/** The filters the API understands (`entity`, `policyDomain`, `productGroup`, `tier`, `province`, `populationClass`, `boundaries`, `from`, `to`). */
export interface ViewFilters {
  entity?: string;
  policyDomain?: string;
  productGroup?: string;
  tier?: Tier;
  province?: string;
  populationClass?: PopulationClass;
  boundaries?: 'historical';
  from?: number;
  to?: number;
}

/**
 * Filters of a view read across entities (overview, themes, rankings, coverage): the tier, policy
 * domain (or, in the local tier, province and population class), product group and period narrow
 * it, an entity never does.
 */
export function crossEntityFilters(view: ViewState): ViewFilters {
  // One tier at a time: the Flemish government's entities by default, the local governments on request.
  const filters: ViewFilters = { tier: view.tier ?? 'flemish_government' };
  if (view.tier === 'local') {
    if (view.province) filters.province = view.province;
    if (view.populationClass) filters.populationClass = view.populationClass;
    if (view.boundaries) filters.boundaries = view.boundaries;
  } else if (view.policyDomain) filters.policyDomain = view.policyDomain;
  if (view.productGroup) filters.productGroup = view.productGroup;
  if (view.from !== undefined) filters.from = view.from;
  if (view.to !== undefined) filters.to = view.to;
  return filters;
}
