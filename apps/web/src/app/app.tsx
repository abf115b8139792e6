import { Suspense, useEffect } from 'react';
import { useMeta } from '../shared/api/get-meta.ts';
import { ChartPatterns } from '../shared/charts/markers.tsx';
import { useI18n } from '../shared/i18n/use-i18n.ts';
import { selectYears } from '../shared/lib/years.ts';
import { ErrorState, LoadingState } from '../shared/ui/states.tsx';
import { navigate, useView } from '../shared/url-state/use-view.ts';
import { FilterBar } from './filter-bar.tsx';
import { Masthead } from './masthead.tsx';
import { routeOf } from './routes.ts';

/** The shell: masthead, filters, the current page and the footer. */
export function App() {
  const view = useView();
  const { t, locale } = useI18n();
  const meta = useMeta();
  const route = routeOf(view);
  const Page = route.component;

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  // Pin the year a page is read for in the URL, so a copied link shows the same year later,
  // after newer data has been imported.
  const resolvedYear = meta.data ? selectYears(meta.data.years, view).year : null;
  useEffect(() => {
    if (route.usesYear && resolvedYear !== null && view.year !== resolvedYear) navigate({ year: resolvedYear }, { replace: true });
  }, [route.usesYear, resolvedYear, view.year]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t.app.skipToContent}
      </a>
      <ChartPatterns />
      {/* Presentation mode fills the screen with its slides: no masthead, filters or footer. */}
      {view.page !== 'present' && <Masthead meta={meta.data} />}
      {meta.data && route.filters && <FilterBar meta={meta.data} />}
      <main id="main" className="main" tabIndex={-1}>
        {meta.isPending ? (
          <LoadingState height={400} />
        ) : meta.isError ? (
          <ErrorState error={meta.error} onRetry={() => void meta.refetch()} />
        ) : (
          <Suspense fallback={<LoadingState height={400} />}>
            <Page />
          </Suspense>
        )}
      </main>
      {view.page !== 'present' && (
        <footer className="footer">
          <p>{t.app.footer}</p>
          <p>
            <a href="/api/v1/openapi.json">{t.app.openApi}</a>
          </p>
        </footer>
      )}
    </>
  );
}
