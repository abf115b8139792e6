/** The dimensions and filters every indicator and record query understands (SPEC §5). */

import type { Boundaries, PopulationClass, Tier } from './registry-types.ts';

export const GROUP_KEYS = ['year', 'entity', 'policyDomain', 'productGroup', 'theme', 'tier', 'province', 'populationClass'] as const;
export type GroupKey = (typeof GROUP_KEYS)[number];

export interface RecordFilters {
  entity?: readonly string[];
  policyDomain?: readonly string[];
  productGroup?: readonly string[];
  tier?: readonly Tier[];
  /** Province NIS codes: the local governments of those provinces. */
  province?: readonly string[];
  populationClass?: readonly PopulationClass[];
  /**
   * `current` (the default): records of municipalities merged on 1 January 2019 count under their
   * successor, so `entity=44083` includes the earlier records of Deinze and Nevele; `historical`:
   * every record under the organisation that awarded it.
   */
  boundaries?: Boundaries;
  /** First year included. */
  from?: number;
  /** Last year included. */
  to?: number;
}

export const RECORD_SORT_FIELDS = ['award_date', 'value_eur', 'entity', 'dossier_id', 'year'] as const;
export type RecordSortField = (typeof RECORD_SORT_FIELDS)[number];

/** Which records of an indicator: its numerator, denominator, scope, or those whose answer is unknown. */
export const INDICATOR_PARTS = ['numerator', 'denominator', 'scope', 'unknown'] as const;
export type IndicatorPart = (typeof INDICATOR_PARTS)[number];

export const SORT_DIRECTIONS = ['asc', 'desc'] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];
