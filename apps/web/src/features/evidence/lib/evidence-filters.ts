import type { ViewFilters, ViewState } from '../../../shared/url-state/view-state.ts';

/** The evidence of a view: a chosen year narrows the period to that year; otherwise the whole period; across entities, one tier. */
export function evidenceFilters(view: ViewState): ViewFilters {
  const filters: ViewFilters = {};
  if (view.entity) filters.entity = view.entity;
  else {
    // Across entities the evidence is of one tier, like the number it stands behind.
    filters.tier = view.tier ?? 'flemish_government';
    if (view.tier === 'local') {
      if (view.province) filters.province = view.province;
      if (view.populationClass) filters.populationClass = view.populationClass;
    } else if (view.policyDomain) filters.policyDomain = view.policyDomain;
  }
  if (view.boundaries) filters.boundaries = view.boundaries;
  if (view.productGroup) filters.productGroup = view.productGroup;
  if (view.year !== undefined) {
    filters.from = view.year;
    filters.to = view.year;
  } else {
    if (view.from !== undefined) filters.from = view.from;
    if (view.to !== undefined) filters.to = view.to;
  }
  return filters;
}
