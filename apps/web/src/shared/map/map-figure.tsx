/**
 * The map of Flanders as a figure like every chart: title, summary sentence, legend, the drawing
 * (loaded on demand), a data table behind it, and the export menu (PNG, SVG, PDF with title,
 * filters, data date and definition; CSV and Excel of the rows).
 */
import type { IndicatorId } from '@koers/domain';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useId, useMemo, useState } from 'react';
import { indicatorQueryOptions } from '../api/get-indicator.ts';
import { useMeta } from '../api/get-meta.ts';
import type { ChartSource } from '../export/chart-source.ts';
import { ExportMenu } from '../export/export-menu.tsx';
import { useI18n } from '../i18n/use-i18n.ts';
import { useRegistry } from '../lib/use-registry.ts';
import { DataTable } from '../ui/data-table.tsx';
import { Icon } from '../ui/icons.tsx';
import { ErrorState, LoadingState } from '../ui/states.tsx';
import { navigate } from '../url-state/use-view.ts';
import { hrefFor, DEFAULT_VIEW, type ViewFilters } from '../url-state/view-state.ts';
import { INSUFFICIENT_FILL, MAP_COLOURS, shadeAreas, summarizeMap, type ShadedArea } from './map-scale.ts';
import { useMapMessages } from './messages.ts';

const FlandersMap = lazy(() => import('./flanders-map.tsx'));

interface MapFigureProps {
  indicator: IndicatorId;
  year: number;
  /** Province, population class and boundaries of the view (the tier is always local). */
  filters?: Pick<ViewFilters, 'province' | 'populationClass' | 'boundaries'>;
  headingLevel?: 2 | 3;
}

/** The question the map asks: one row per municipality for one year, in today's boundaries unless asked otherwise. */
export function mapFilters(year: number, filters: MapFigureProps['filters'] = {}): ViewFilters {
  const out: ViewFilters = { tier: 'local', from: year, to: year };
  if (filters.province) out.province = filters.province;
  if (filters.populationClass) out.populationClass = filters.populationClass;
  return out;
}

export function MapFigure({ indicator, year, filters, headingLevel = 2 }: MapFigureProps) {
  const { t, f, locale } = useI18n();
  const m = useMapMessages();
  const registry = useRegistry();
  const { data: meta } = useMeta();
  const asked = mapFilters(year, filters);
  const answer = useQuery(indicatorQueryOptions(indicator, { groupBy: ['entity'], ...asked }));
  const label = registry.indicatorLabel(indicator);
  const thresholds = meta?.statusThresholds;
  const [showTable, setShowTable] = useState(false);
  const tableId = useId();

  const shaded = useMemo(() => {
    if (!answer.data) return null;
    const organisations = new Map(registry.meta.entities.map((e) => [e.code, e]));
    const areas = answer.data.rows
      .filter((r) => organisations.get(r.entity ?? '')?.kind === 'gemeente')
      .map((r) => ({ code: r.entity!, name: registry.entityName(r.entity!), value: r.value, n: r.n, coverage: r.coverage }));
    return shadeAreas(areas, thresholds);
  }, [answer.data, registry, thresholds]);

  const source: ChartSource = { indicator, groupBy: ['entity'], filters: asked };
  const title = m.title(label, f.year(year));
  if (answer.isPending) return <LoadingState height={440} />;
  if (answer.isError || !shaded) return <ErrorState error={answer.error} onRetry={() => void answer.refetch()} />;

  const facts = summarizeMap(shaded.areas);
  const summary =
    facts.lowest && facts.highest
      ? m.summary(
          facts.shown,
          `${f.percent(facts.lowest.value)} (${facts.lowest.name})`,
          `${f.percent(facts.highest.value)} (${facts.highest.name})`,
          facts.insufficient,
        )
      : m.summaryNone(facts.insufficient);
  const provinceName = (code: string) => registry.entityName(registry.meta.entities.find((e) => e.code === code)?.province ?? '');
  const describe = (area: ShadedArea | undefined, code: string, name: string) => {
    if (!area || area.value === null) return { title: name, lines: [m.noData] };
    const lines = [m.value(f.percent(area.value)), m.n(f.integer(area.n)), m.coverage(f.percent(area.coverage))];
    if (!area.fill) lines.push(m.notEnough);
    return { title: `${name} (${code})`, lines };
  };
  const open = (code: string) => navigate({ page: 'municipality', entity: code });
  const hrefOf = (code: string) => hrefFor({ ...DEFAULT_VIEW, lang: locale, page: 'municipality', entity: code, year });

  // Swatches and words as every chart legend has them, so the exported image carries the legend too.
  const legend = (
    <ul className="chart-legend map-legend" aria-label={m.legend}>
      {MAP_COLOURS.map((colour, i) => (
        <li key={colour}>
          <svg width="36" height="16" aria-hidden="true" focusable="false">
            <rect x="1" y="2" width="34" height="12" fill={colour} stroke="#737373" strokeWidth="1" />
          </svg>
          <span>{m.range(f.percent(shaded.scale.breaks[i]), f.percent(shaded.scale.breaks[i + 1] ?? shaded.scale.max))}</span>
        </li>
      ))}
      <li>
        <svg width="36" height="16" aria-hidden="true" focusable="false">
          <defs>
            <pattern id="koers-map-legend-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" fill={INSUFFICIENT_FILL} />
              <line x1="0" y1="0" x2="0" y2="6" stroke="#737373" strokeWidth="1.5" />
            </pattern>
          </defs>
          <rect x="1" y="2" width="34" height="12" fill="url(#koers-map-legend-hatch)" stroke="#737373" strokeWidth="1" />
        </svg>
        <span>{m.insufficient}</span>
      </li>
    </ul>
  );

  const rows = [...shaded.areas].sort((a, b) => f.compare(a.name, b.name));
  const table = (
    <DataTable
      caption={m.tableCaption(label, f.year(year))}
      rows={rows}
      rowKey={(r) => r.code}
      columns={[
        { key: 'name', header: m.columns.municipality, cell: (r) => r.name, rowHeader: true },
        { key: 'province', header: m.columns.province, cell: (r) => provinceName(r.code) },
        { key: 'value', header: m.columns.value, cell: (r) => (r.fill ? f.percent(r.value) : `${f.percent(r.value)} (${m.notEnough})`), align: 'right' },
        { key: 'n', header: m.columns.n, cell: (r) => f.integer(r.n), align: 'right' },
        { key: 'coverage', header: m.columns.coverage, cell: (r) => f.percent(r.coverage), align: 'right' },
      ]}
    />
  );

  // The figure of every chart (same classes and data attributes, so the export menu composes it),
  // but the drawing is a group of links rather than one image: each municipality is reachable.
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <figure className="chart-figure" data-chart="flanders-map">
      <figcaption>
        <div className="chart-figure__head">
          <Heading className="chart-figure__title">{title}</Heading>
          <div className="chart-figure__tools">
            <ExportMenu name="flanders-map" source={source} />
          </div>
        </div>
        <p className="chart-figure__summary" data-summary>
          {summary}
        </p>
      </figcaption>
      {legend}
      <p className="chart-hint">{m.hint}</p>
      <div className="chart-figure__plot" role="group" aria-label={summary}>
        <Suspense fallback={<LoadingState height={440} />}>
          <FlandersMap areas={shaded.areas} describe={describe} hrefOf={hrefOf} onOpen={open} />
        </Suspense>
      </div>
      <button
        type="button"
        className="link-button chart-figure__toggle"
        aria-expanded={showTable}
        aria-controls={tableId}
        onClick={() => setShowTable((v) => !v)}
      >
        <Icon name="table" /> {showTable ? t.chart.hideTable : t.chart.showTable}
      </button>
      <div id={tableId} className={showTable ? 'chart-figure__table' : 'sr-only'} data-chart-table>
        {table}
      </div>
    </figure>
  );
}
