/** The pages as React components, each loaded on demand (see page-loaders.ts and boot.ts). */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { Page } from '../shared/url-state/view-state.ts';
import { LOCAL_OVERVIEW_LOADER, PAGE_LOADERS } from './page-loaders.ts';

interface Route {
  component: LazyExoticComponent<ComponentType>;
  /** Whether the page uses a selected year (and so pins it in the URL). */
  usesYear: boolean;
  /** Whether the page reads the filter bar (the data stewards' pages do not). */
  filters: boolean;
}

const USES_YEAR: Record<Page, boolean> = {
  overview: true,
  themes: true,
  entity: true,
  compare: true,
  evidence: false,
  methodology: false,
  imports: false,
  targets: false,
  events: false,
  present: true,
  municipality: true,
};
const WITHOUT_FILTERS: ReadonlySet<Page> = new Set<Page>(['imports', 'targets', 'events', 'present']);

// React.lazy is typed for promises but only calls `then`, which the remembered loaders provide.
type Loader = () => Promise<{ default: ComponentType }>;

const ROUTES = Object.fromEntries(
  (Object.keys(PAGE_LOADERS) as Page[]).map((page) => [
    page,
    { component: lazy(PAGE_LOADERS[page] as Loader), usesYear: USES_YEAR[page], filters: !WITHOUT_FILTERS.has(page) },
  ]),
) as Record<Page, Route>;

const LOCAL_OVERVIEW_ROUTE: Route = { component: lazy(LOCAL_OVERVIEW_LOADER as Loader), usesYear: true, filters: true };

/** The route of a view: the local tier's overview replaces the Flemish government's. */
export function routeOf(view: { page: Page; tier?: 'local' }): Route {
  return view.page === 'overview' && view.tier === 'local' ? LOCAL_OVERVIEW_ROUTE : ROUTES[view.page];
}
