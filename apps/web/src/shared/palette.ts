/**
 * Colours of the dashboard. Series colours are the Okabe–Ito palette, safe for the common forms
 * of colour blindness; every series also has its own dash pattern and marker shape, so no
 * meaning rests on colour alone.
 */
const OKABE_ITO = {
  blue: '#0072B2',
  orange: '#E69F00',
  green: '#009E73',
  vermillion: '#D55E00',
  purple: '#CC79A7',
  sky: '#56B4E9',
  yellow: '#F0E442',
  black: '#000000',
} as const;

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'star' | 'none';

export interface SeriesStyle {
  color: string;
  /** SVG stroke-dasharray; undefined for a solid line. */
  dash?: string;
  marker: MarkerShape;
}

/** The fixed roles a series can play in a trend chart. */
export const SERIES_STYLES = {
  actual: { color: OKABE_ITO.blue, marker: 'circle' },
  domain: { color: OKABE_ITO.orange, dash: '8 4', marker: 'square' },
  all: { color: OKABE_ITO.green, dash: '2 4', marker: 'triangle' },
  glide: { color: '#4d4d4d', dash: '10 5', marker: 'none' },
  projection: { color: OKABE_ITO.vermillion, dash: '3 3', marker: 'diamond' },
  target: { color: OKABE_ITO.black, marker: 'star' },
  band: { color: OKABE_ITO.sky, marker: 'none' },
} as const satisfies Record<string, SeriesStyle>;

/** Bars of a ranking: the rest, the highlighted entity, and the pooled reference line. */
export const RANKING_STYLES = {
  bar: OKABE_ITO.blue,
  highlight: OKABE_ITO.orange,
  reference: '#1a1a1a',
} as const;

/**
 * Bars of a ranking coloured by their status against the target (the same hues as the status
 * badges); a bar's status is also written in the ranking's table, so colour is never the only cue.
 */
export const STATUS_COLORS = {
  achieved: '#009E73',
  on_track: OKABE_ITO.blue,
  needs_acceleration: '#C98A00',
  limited_progress: OKABE_ITO.vermillion,
  deterioration: '#A8527F',
  missed: '#A33000',
  insufficient_data: '#8A8A8A',
  monitoring_only: OKABE_ITO.blue,
} as const;
