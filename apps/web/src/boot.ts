/**
 * The dashboard's first script, small and without React DOM: it asks for the registry and the
 * first page's data, starts loading the page's code, and then loads the application itself
 * (main.tsx), which finds all of it in the same query cache. The build preloads main.tsx and
 * the pages from index.html, so nothing here waits on a round trip.
 */
import './app/styles.css';
import { LOCAL_OVERVIEW_LOADER, PAGE_LOADERS } from './app/page-loaders.ts';
import { queryClient } from './app/query-client.ts';
import { sustainableShareQueryOptions } from './features/overview/api/get-sustainable-share.ts';
import { eventsQueryOptions } from './shared/api/get-events.ts';
import { metaQueryOptions } from './shared/api/get-meta.ts';
import { crossEntityFilters, parseView } from './shared/url-state/view-state.ts';

const view = parseView(window.location.pathname, window.location.search);
void queryClient.prefetchQuery(metaQueryOptions());
// Every trend draws the policy events in its scope.
void queryClient.prefetchQuery(eventsQueryOptions());
const localOverview = view.page === 'overview' && view.tier === 'local';
if (view.page === 'overview' && !localOverview) {
  const filters = crossEntityFilters(view);
  void queryClient.prefetchQuery(sustainableShareQueryOptions(view.measure, filters));
  void queryClient.prefetchQuery(sustainableShareQueryOptions(view.measure === 'value' ? 'count' : 'value', filters));
}
void (localOverview ? LOCAL_OVERVIEW_LOADER : PAGE_LOADERS[view.page])();
void import('./main.tsx');
