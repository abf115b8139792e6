import { LOCALES } from '@koers/domain';
import { PageReportButtons } from '../features/exports/components/page-report-button.tsx';
import { PrintHeader } from '../features/exports/components/print-header.tsx';
import { PresentButton } from '../features/presentation/components/present-button.tsx';
import { SessionControl } from '../features/session/components/session-control.tsx';
import { pageVisible } from '../features/session/lib/access.ts';
import { usePermissions } from '../shared/api/get-session.ts';
import type { MetaResponse } from '../shared/api/types.ts';
import { useI18n } from '../shared/i18n/use-i18n.ts';
import { Segmented } from '../shared/ui/fields.tsx';
import { ViewLink } from '../shared/url-state/link.tsx';
import { navigate, useView } from '../shared/url-state/use-view.ts';
import { PAGES } from '../shared/url-state/view-state.ts';

/** The top of every page: name, demo label, data date, language and the main navigation. */
export function Masthead({ meta }: { meta: MetaResponse | undefined }) {
  const { t, f, locale } = useI18n();
  const view = useView();
  const permissions = usePermissions();
  const demo = meta?.dataset === 'demo';
  return (
    <header className="masthead">
      <div className="masthead__inner">
        <ViewLink to={{ page: 'overview' }} className="brand">
          <span className="brand__mark" aria-hidden="true">
            K
          </span>
          <span className="brand__text">
            <span className="brand__name">{t.app.name}</span>
            <span className="brand__tagline">{t.app.tagline}</span>
          </span>
        </ViewLink>
        {demo && (
          <span className="demo-badge" data-testid="demo-badge" title={t.demo.explanation}>
            {t.demo.badge}
          </span>
        )}
        <div className="masthead__tools">
          <p className="masthead__date">{meta?.dataDate ? t.app.dataDate(f.date(meta.dataDate, 'long')) : meta ? t.app.noDataDate : ''}</p>
          <PageReportButtons />
          <PresentButton />
          <Segmented
            name="language"
            label={t.controls.language}
            value={locale}
            onChange={(lang) => navigate({ lang })}
            options={LOCALES.map((l) => ({ value: l, label: l.toUpperCase(), title: t.controls.languageNames[l], lang: l }))}
          />
          <SessionControl />
        </div>
      </div>
      <nav className="main-nav" aria-label={t.app.mainNav}>
        <ul>
          {PAGES.filter((page) => pageVisible(page, permissions)).map((page) => (
            <li key={page}>
              <ViewLink to={{ page }} aria-current={view.page === page ? 'page' : undefined} data-nav={page}>
                {t.nav[page]}
              </ViewLink>
            </li>
          ))}
        </ul>
      </nav>
      <PrintHeader />
      {demo && (
        <div className="demo-banner" role="note">
          <strong>{t.demo.title}.</strong> {t.demo.explanation}
        </div>
      )}
    </header>
  );
}
