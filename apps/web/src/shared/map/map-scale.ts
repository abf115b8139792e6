/**
 * How the map of Flanders colours a share: five steps of a sequential scale that stays apart for
 * the common colour-vision deficiencies and in greyscale (light yellow to dark blue, ColorBrewer
 * YlGnBu), on equal steps from 0 to a round maximum; municipalities without enough evidence are
 * grey and hatched instead, never coloured on noise.
 */
import { DEFAULT_STATUS_THRESHOLDS, type StatusThresholds } from '@koers/domain';
import { evidenceIssues, type EvidenceIssue, type ShareEvidence } from '../lib/share.ts';

export const MAP_COLOURS = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'] as const;
export const INSUFFICIENT_FILL = '#d9d9d9';

export interface MapScale {
  /** Lower bound of each step (0-1); the last step runs to `max`. */
  breaks: number[];
  max: number;
  colourOf(value: number): string;
  /** Index of the step a value falls in. */
  stepOf(value: number): number;
}

/** A round top for the scale: the smallest of 1, 2, 2.5, 5 × 10^k at or above the largest value (at most 100 %). */
export function niceMax(largest: number): number {
  if (!(largest > 0)) return 1;
  if (largest >= 1) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(largest));
  for (const step of [1, 2, 2.5, 5, 10]) {
    const top = step * magnitude;
    if (top >= largest - 1e-12) return Math.min(1, top);
  }
  return 1;
}

export function mapScale(values: readonly number[]): MapScale {
  const max = niceMax(Math.max(0, ...values));
  const steps = MAP_COLOURS.length;
  const breaks = Array.from({ length: steps }, (_, i) => (max * i) / steps);
  const stepOf = (value: number) => Math.max(0, Math.min(steps - 1, Math.floor((value / max) * steps + 1e-9)));
  return { breaks, max, stepOf, colourOf: (value) => MAP_COLOURS[stepOf(value)]! };
}

export interface MapArea extends ShareEvidence {
  code: string;
  name: string;
}

export interface ShadedArea extends MapArea {
  /** null when the evidence is too thin: drawn grey and hatched. */
  fill: string | null;
  issues: EvidenceIssue[];
}

/** Every area with its colour (or none for insufficient data), against one scale. */
export function shadeAreas(areas: readonly MapArea[], thresholds: StatusThresholds = DEFAULT_STATUS_THRESHOLDS): { scale: MapScale; areas: ShadedArea[] } {
  const judged = areas.map((area) => ({ ...area, issues: evidenceIssues(area, thresholds) }));
  const scale = mapScale(judged.filter((a) => a.issues.length === 0).map((a) => a.value!));
  return { scale, areas: judged.map((a) => ({ ...a, fill: a.issues.length === 0 ? scale.colourOf(a.value!) : null })) };
}

export interface MapSummaryFacts {
  shown: number;
  insufficient: number;
  lowest: ShadedArea | null;
  highest: ShadedArea | null;
}

/** The facts of the one-sentence summary: how many are coloured, the lowest and highest. */
export function summarizeMap(areas: readonly ShadedArea[]): MapSummaryFacts {
  const coloured = areas.filter((a) => a.fill !== null).sort((a, b) => a.value! - b.value! || a.code.localeCompare(b.code));
  return {
    shown: coloured.length,
    insufficient: areas.length - coloured.length,
    lowest: coloured[0] ?? null,
    highest: coloured[coloured.length - 1] ?? null,
  };
}
