import type { IndicatorId, Polarity } from '@koers/domain';
import { useMemo } from 'react';
import type { IndicatorRow } from '../api/types.ts';
import { useI18n } from '../i18n/use-i18n.ts';
import { entityRowsForYear, rankByShare, rankLabel, type RankedItem } from '../lib/ranking.ts';
import { shareAxisMax } from '../lib/scale.ts';
import { unknownBand } from '../lib/share.ts';
import { useRegistry } from '../lib/use-registry.ts';
import { RANKING_STYLES, SERIES_STYLES, STATUS_COLORS } from '../palette.ts';
import { DataTable, type Column } from '../ui/data-table.tsx';
import { EmptyState } from '../ui/states.tsx';
import { RecordsLink } from '../ui/records-link.tsx';
import { StatusBadge } from '../ui/status-badge.tsx';
import { ViewLink } from '../url-state/link.tsx';
import { navigate } from '../url-state/use-view.ts';
import { ChartFigure } from './chart-figure.tsx';
import { RankingChart } from './ranking-chart.tsx';
import type { LegendItem } from './markers.tsx';
import { chartMessages } from './messages.ts';

type EntityRow = IndicatorRow & { key: string };

interface RankingFigureProps {
  name: string;
  title: string;
  indicator: IndicatorId;
  polarity: Polarity;
  measure: 'value' | 'count';
  /** Rows grouped by entity (and year). */
  rows: readonly IndicatorRow[];
  year: number;
  /** An entity to pick out in the chart. */
  highlight?: string | undefined;
  /** The pooled share of the scope, drawn as a reference line. */
  reference?: { value: number; label: string } | null;
  headingLevel?: 2 | 3;
}

interface TableRow {
  rank: number | null;
  row: EntityRow;
  reasons: string[];
}

/**
 * Entities ranked on one share in one year: bars for the ranked ones, a table with n, coverage
 * and unknown band for all, and the ones with too little data marked instead of ranked.
 */
export function RankingFigure({ name, title, indicator, polarity, measure, rows, year, highlight, reference = null, headingLevel = 2 }: RankingFigureProps) {
  const { t, f, locale } = useI18n();
  const c = chartMessages(locale);
  const registry = useRegistry();
  const thresholds = registry.meta.statusThresholds;
  const ranking = useMemo(() => rankByShare(entityRowsForYear(rows, year), polarity, thresholds), [rows, year, polarity, thresholds]);
  const label = registry.indicatorLabel(indicator);

  if (ranking.ranked.length === 0 && ranking.insufficient.length === 0) return <EmptyState />;

  const statusOf = (row: EntityRow) => (row.target && row.progress ? row.progress.status : 'monitoring_only');
  const bars = ranking.ranked.map(({ item, rank }: RankedItem<EntityRow>) => ({
    key: item.key,
    label: rankLabel(rank, item.key, registry.entityName(item.key), 40),
    value: item.value!,
    color: STATUS_COLORS[statusOf(item)],
    highlight: item.key === highlight,
  }));
  // The target in force for the ranked entities (the plan's, unless an entity has its own).
  const targetRef = ranking.ranked.find(({ item }) => item.target)?.item.target ?? null;
  const target = targetRef ? { value: targetRef.value, label: c.targetLine(f.percent(targetRef.value, 0), f.year(targetRef.year)) } : null;
  const xMax = shareAxisMax([...bars.map((b) => b.value), reference?.value, target?.value]);

  const first = ranking.ranked[0];
  const last = ranking.ranked[ranking.ranked.length - 1];
  let summary =
    first && last
      ? t.summary.ranking({
          label,
          year: f.year(year),
          first: registry.entityName(first.item.key),
          firstValue: f.percent(first.item.value),
          last: registry.entityName(last.item.key),
          lastValue: f.percent(last.item.value),
          count: f.integer(ranking.ranked.length),
        })
      : t.summary.rankingNone(label, f.year(year));
  if (ranking.insufficient.length) summary += t.summary.rankingInsufficient(ranking.insufficient.length, f.integer(ranking.insufficient.length));

  const tableRows: TableRow[] = [
    ...ranking.ranked.map(({ item, rank }) => ({ rank, row: item, reasons: [] })),
    ...ranking.insufficient.map(({ item, issues }) => ({ rank: null, row: item, reasons: issues.map((i) => t.compare.reasons[i]) })),
  ];
  const amount = (v: number) => (measure === 'value' ? f.euro(v, { compact: true }) : f.integer(v));
  const columns: Column<TableRow>[] = [
    { key: 'rank', header: t.compare.rank, align: 'right', cell: (r) => (r.rank === null ? '—' : f.integer(r.rank)) },
    {
      key: 'entity',
      header: t.table.entity,
      rowHeader: true,
      cell: (r) => (
        <ViewLink to={{ page: 'entity', entity: r.row.key }}>
          {registry.entityName(r.row.key)} <span className="muted">({r.row.key})</span>
        </ViewLink>
      ),
    },
    { key: 'domain', header: t.table.policyDomain, cell: (r) => registry.entityDomain(r.row.key) ?? '—' },
    {
      key: 'value',
      header: label,
      align: 'right',
      cell: (r) => (
        <RecordsLink
          indicator={indicator}
          entity={r.row.key}
          year={year}
          label={t.table.openRecordsOf(`${registry.entityName(r.row.key)}: ${f.percent(r.row.value)}`)}
        >
          {f.percent(r.row.value)}
        </RecordsLink>
      ),
    },
    {
      key: 'fraction',
      header: `${t.table.numerator} / ${t.table.denominator}`,
      align: 'right',
      cell: (r) => `${amount(r.row.numerator)} / ${amount(r.row.denominator)}`,
    },
    { key: 'n', header: t.table.n, align: 'right', cell: (r) => f.integer(r.row.n) },
    { key: 'coverage', header: t.table.coverage, align: 'right', cell: (r) => f.percent(r.row.coverage, 0) },
    {
      key: 'band',
      header: t.table.unknownBand,
      align: 'right',
      cell: (r) => {
        const band = unknownBand(r.row);
        return band ? `${f.percent(band.low, 0)}–${f.percent(band.high, 0)}` : '—';
      },
    },
    {
      key: 'status',
      header: t.table.status,
      cell: (r) =>
        r.rank === null ? (
          <span className="insufficient" data-insufficient={r.row.key}>
            <StatusBadge status="insufficient_data" /> <span className="muted">{f.list(r.reasons)}</span>
          </span>
        ) : r.row.target ? (
          <StatusBadge status={r.row.status} progress={r.row.progress} />
        ) : (
          <StatusBadge />
        ),
    },
  ];

  const statuses = [...new Set(ranking.ranked.map(({ item }) => statusOf(item)))];
  const legend: LegendItem[] = statuses.map((status) => ({
    key: `status-${status}`,
    label: status === 'monitoring_only' ? (target ? c.noStatus : label) : t.status[status],
    style: { color: STATUS_COLORS[status], marker: 'none' },
    kind: 'bar',
  }));
  if (target) legend.push({ key: 'target', label: target.label, style: { color: SERIES_STYLES.target.color, marker: 'none' }, kind: 'reference' });
  if (highlight && bars.some((b) => b.highlight))
    legend.push({ key: 'highlight', label: registry.entityName(highlight), style: { color: RANKING_STYLES.highlight, marker: 'none' }, kind: 'bar-highlight' });
  if (reference)
    legend.push({
      key: 'reference',
      label: reference.label,
      style: { ...SERIES_STYLES.glide, color: RANKING_STYLES.reference, dash: '6 4' },
      kind: 'reference',
    });

  return (
    <ChartFigure
      name={name}
      title={title}
      summary={summary}
      legend={legend}
      headingLevel={headingLevel}
      source={{ indicator, groupBy: ['year', 'entity'], year }}
      table={<DataTable caption={t.chart.tableCaption(title)} columns={columns} rows={tableRows} rowKey={(r) => r.row.key} />}
      note={bars.length > 0 ? <p className="chart-hint">{t.chart.openRecords}</p> : null}
      footer={
        ranking.insufficient.length > 0 ? (
          <div className="insufficient-list">
            <p className="insufficient-list__title">{t.compare.insufficientTitle}</p>
            <ul>
              {ranking.insufficient.map(({ item, issues }) => (
                <li key={item.key} data-insufficient={item.key}>
                  <strong>{registry.entityName(item.key)}</strong> ({item.key}) — {t.share.recordsShort(f.integer(item.n))},{' '}
                  {t.share.coverage(f.percent(item.coverage, 0))}: {f.list(issues.map((i) => t.compare.reasons[i]))}
                </li>
              ))}
            </ul>
          </div>
        ) : null
      }
    >
      {bars.length > 0 && (
        <RankingChart
          rows={bars}
          xMax={xMax}
          formatValue={(v) => f.percent(v, xMax <= 0.02 ? 1 : 0)}
          formatLabel={(v) => f.percent(v)}
          reference={reference}
          target={target}
          onSelect={(entity) => navigate({ page: 'evidence', indicator, part: 'numerator', entity, year })}
        />
      )}
    </ChartFigure>
  );
}
