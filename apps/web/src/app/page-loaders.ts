/**
 * The code of each page, loaded on demand. Kept apart from React.lazy (routes.ts) so the boot
 * script can start a download without loading React DOM.
 */
import type { ComponentType } from 'react';
import type { Page } from '../shared/url-state/view-state.ts';

type PageModule = { default: ComponentType };

/**
 * A loader that remembers its module: once the code is in, later calls answer with a thenable
 * that resolves at once, so React.lazy renders the page without suspending for a tick.
 */
function remembered(load: () => Promise<PageModule>): () => PromiseLike<PageModule> {
  let loaded: PageModule | undefined;
  let pending: Promise<PageModule> | undefined;
  return () => {
    if (loaded) {
      const module = loaded;
      return { then: (resolve) => Promise.resolve(resolve ? resolve(module) : (module as never)) };
    }
    pending ??= load().then((module) => (loaded = module));
    return pending;
  };
}

export const PAGE_LOADERS: Record<Page, () => PromiseLike<PageModule>> = {
  overview: remembered(() => import('../features/overview/components/overview-page.tsx')),
  themes: remembered(() => import('../features/themes/components/theme-page.tsx')),
  entity: remembered(() => import('../features/entity/components/entity-page.tsx')),
  compare: remembered(() => import('../features/compare/components/compare-page.tsx')),
  evidence: remembered(() => import('../features/evidence/components/evidence-page.tsx')),
  methodology: remembered(() => import('../features/methodology/components/methodology-page.tsx')),
  imports: remembered(() => import('../features/imports/components/imports-page.tsx')),
  targets: remembered(() => import('../features/targets-admin/components/targets-page.tsx')),
  events: remembered(() => import('../features/events-admin/components/events-page.tsx')),
  present: remembered(() => import('../features/presentation/components/presentation-page.tsx')),
  municipality: remembered(() => import('../features/local/components/municipality-page.tsx')),
};

/** The overview of the local tier (`/?tier=local`), in place of the Flemish government's. */
export const LOCAL_OVERVIEW_LOADER = remembered(() => import('../features/local/components/local-overview-page.tsx'));
