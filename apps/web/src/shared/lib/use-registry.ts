import type { StatusThresholds } from '@koers/domain';
import { useMemo } from 'react';
import { useMeta } from '../api/get-meta.ts';
import { useI18n } from '../i18n/use-i18n.ts';
import { useView } from '../url-state/use-view.ts';
import { createRegistry, type Registry } from './registry.ts';
import { selectYears, type YearSelection } from './years.ts';

/**
 * The registry in the current language. The shell renders pages only once /meta has answered,
 * so inside a page it is always there.
 */
export function useRegistry(): Registry {
  const { data } = useMeta();
  const { locale } = useI18n();
  const registry = useMemo(() => (data ? createRegistry(data, locale) : null), [data, locale]);
  if (!registry) throw new Error('useRegistry is used outside a loaded page');
  return registry;
}

/** The status thresholds the API serves (edited by an administrator): the only copy the dashboard uses. */
export function useStatusThresholds(): StatusThresholds {
  return useRegistry().meta.statusThresholds;
}

/** The years of the current view: the period and the selected year, against the years with data. */
export function useYears(): YearSelection {
  const { data } = useMeta();
  const view = useView();
  return useMemo(() => selectYears(data?.years ?? [], view), [data?.years, view]);
}
