import { useI18n } from '../../../shared/i18n/use-i18n.ts';
import { useRegistry } from '../../../shared/lib/use-registry.ts';
import { EvidenceNote } from '../../../shared/ui/evidence-note.tsx';
import { Icon } from '../../../shared/ui/icons.tsx';
import { RecordsLink } from '../../../shared/ui/records-link.tsx';
import { StatusBadge } from '../../../shared/ui/status-badge.tsx';
import { ViewLink } from '../../../shared/url-state/link.tsx';
import { groupByTheme, type IndicatorSnapshot } from '../lib/indicator-snapshot.ts';
import { ReportAnswer } from '../../../shared/export/report-answer.tsx';
import { statusWords } from '../../../shared/lib/status-words.ts';

/** The arrow shows the real direction of the change; words and colour say whether it is good. */
const MOVEMENT_ICONS = { up: 'arrow-up-right', down: 'arrow-down-right', flat: 'minus' } as const;
/** The same arrows in text, for the handout (Helvetica in the PDF has no arrows; the engine maps them). */
const MOVEMENT_ARROWS = { up: '↗', down: '↘', flat: '→' } as const;

/** Every theme with the status of each of its indicators in the selected year. */
export function ThemeStatusGrid({ snapshots, year }: { snapshots: readonly IndicatorSnapshot[]; year: number }) {
  const { t, f } = useI18n();
  const registry = useRegistry();
  const themes = groupByTheme(
    snapshots,
    registry.meta.themes.map((th) => th.id),
  );
  const table = {
    caption: `${t.overview.themesTitle} (${f.year(year)})`,
    head: [t.table.theme, t.table.indicator, t.table.value, t.table.n, t.table.coverage, t.table.status, t.table.change],
    numeric: [false, false, true, true, true, false, false],
    rows: themes.flatMap(({ theme, items }) =>
      items.map((s) => [
        `${theme}. ${registry.themeName(theme)}`,
        registry.indicatorLabel(s.id),
        f.percent(s.row?.value ?? null),
        s.row ? f.integer(s.row.n) : '—',
        f.percent(s.row?.coverage ?? null, 0),
        s.monitoringOnly ? t.status.monitoringOnly : statusWords(s.status, s.progress, t, f),
        s.change !== null && s.direction
          ? `${MOVEMENT_ARROWS[s.movement ?? 'flat']} ${t.progress.changeSince(f.points(s.change, { signed: true }), f.year(year - 1))} · ${t.progress[s.direction]}`
          : '',
      ]),
    ),
  };
  return (
    <section className="section" aria-labelledby="themes-title">
      <h2 id="themes-title">{t.overview.themesTitle}</h2>
      <p className="section__lead">{t.overview.themesLead}</p>
      <div className="theme-grid">
        {themes.map(({ theme, items }) => (
          <article key={theme} className="theme-card" data-theme={theme}>
            <h3 className="theme-card__title">
              <ViewLink to={{ page: 'themes', theme }}>
                <span className="theme-card__number">{theme}</span>
                <span>{registry.themeName(theme)}</span>
              </ViewLink>
            </h3>
            <ul className="theme-card__list">
              {items.map((s) => (
                <IndicatorLine key={s.id} snapshot={s} year={year} />
              ))}
            </ul>
          </article>
        ))}
      </div>
      <ReportAnswer lines={[]} tables={[table]} />
    </section>
  );
}

function IndicatorLine({ snapshot, year }: { snapshot: IndicatorSnapshot; year: number }) {
  const { t, f } = useI18n();
  const registry = useRegistry();
  const label = registry.indicatorLabel(snapshot.id);
  const { row } = snapshot;
  return (
    <li className="indicator-line" data-indicator={snapshot.id}>
      <div className="indicator-line__head">
        <span className="indicator-line__label">{label}</span>
        {row ? (
          <RecordsLink
            indicator={snapshot.id}
            part="numerator"
            year={year}
            className="indicator-line__value"
            label={t.table.openRecordsOf(`${label}: ${f.percent(row.value)}`)}
          >
            {f.percent(row.value)}
          </RecordsLink>
        ) : (
          <span className="indicator-line__value muted">—</span>
        )}
      </div>
      <div className="indicator-line__status">
        {snapshot.monitoringOnly ? <StatusBadge /> : <StatusBadge status={snapshot.status} progress={snapshot.progress} />}
        {snapshot.change !== null && snapshot.direction && (
          <span className={`change change--${snapshot.direction}`}>
            <Icon name={MOVEMENT_ICONS[snapshot.movement ?? 'flat']} />
            {t.progress.changeSince(f.points(snapshot.change, { signed: true }), f.year(year - 1))} · {t.progress[snapshot.direction]}
            {snapshot.polarity === 'down' && ` (${t.progress.lowerIsBetter})`}
          </span>
        )}
      </div>
      {row && <EvidenceNote share={row} compact />}
    </li>
  );
}
