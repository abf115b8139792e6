/** The dimensions and filters every indicator and record query understands (SPEC §5). */

export const GROUP_KEYS = ['year', 'entity', 'policyDomain', 'productGroup', 'theme'] as const;
export type GroupKey = (typeof GROUP_KEYS)[number];

export interface RecordFilters {
  entity?: readonly string[];
  policyDomain?: readonly string[];
  productGroup?: readonly string[];
  /** First year included. */
  from?: number;
  /** Last year included. */
  to?: number;
}

export const RECORD_SORT_FIELDS = ['award_date', 'value_eur', 'entity', 'dossier_id', 'year'] as const;
export type RecordSortField = (typeof RECORD_SORT_FIELDS)[number];
