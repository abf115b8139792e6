import { useId, useState, type ReactNode } from 'react';
import type { ChartSource } from '../export/chart-source.ts';
import { ExportMenu } from '../export/export-menu.tsx';
import { useI18n } from '../i18n/use-i18n.ts';
import { Icon } from '../ui/icons.tsx';
import { ChartLegend, type LegendItem } from './markers.tsx';

interface ChartFigureProps {
  /** Stable name of the chart, for tests and the benchmark (`data-chart`). */
  name: string;
  title: ReactNode;
  /** One sentence saying what the chart shows; read by screen readers in place of the drawing. */
  summary: string;
  legend?: readonly LegendItem[];
  /** The numbers of the chart as a table, always in the document for screen readers. */
  table: ReactNode;
  children: ReactNode;
  headingLevel?: 2 | 3;
  actions?: ReactNode;
  /** Text above the drawing (a hint how to use it). */
  note?: ReactNode;
  /** Content below the drawing that screen readers must reach too. */
  footer?: ReactNode;
  /** The question behind the chart, for its data exports (CSV, XLSX) and the filters written on its images. */
  source?: ChartSource | undefined;
}

/**
 * A chart with what makes it accessible: a title, a one-sentence summary, a legend with shapes
 * as well as colours, and a data table a screen reader reaches even while it is visually hidden.
 */
export function ChartFigure({ name, title, summary, legend, table, children, headingLevel = 2, actions, note, footer, source }: ChartFigureProps) {
  const { t } = useI18n();
  const [showTable, setShowTable] = useState(false);
  const tableId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <figure className="chart-figure" data-chart={name}>
      <figcaption>
        <div className="chart-figure__head">
          <Heading className="chart-figure__title">{title}</Heading>
          <div className="chart-figure__tools">
            {actions}
            <ExportMenu name={name} source={source} />
          </div>
        </div>
        <p className="chart-figure__summary" data-summary>
          {summary}
        </p>
      </figcaption>
      {legend && legend.length > 0 && <ChartLegend items={legend} label={t.chart.legend} />}
      {note}
      {/* A group, not an image: the drawing inside is focusable (Recharts' keyboard layer). */}
      <div className="chart-figure__plot" role="group" aria-label={summary}>
        {children}
      </div>
      {footer}
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
