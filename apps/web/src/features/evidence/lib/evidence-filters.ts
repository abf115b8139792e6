import type { ViewFilters, ViewState } from '../../../shared/url-state/view-state.ts';

/** The evidence of a view: a chosen year narrows the period to that year; otherwise the whole period. */
export function evidenceFilters(view: ViewState): ViewFilters {
  const filters: ViewFilters = {};
  if (view.entity) filters.entity = view.entity;
  if (view.policyDomain && !view.entity) filters.policyDomain = view.policyDomain;
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
