import { useState } from 'react';
import { answerReportPage, figureReportPage, sourceOfFigure } from '../../../shared/export/figure-report.ts';
import { useExportTools } from '../../../shared/export/use-export-tools.ts';
import { useView } from '../../../shared/url-state/use-view.ts';
import '../print.css';

/** Pages whose charts make a report; the others (records, methodology, data stewards' pages) have none. */
const CHART_PAGES = new Set(['overview', 'themes', 'entity', 'compare']);

/**
 * The current view as a handout: a PDF with the page's answer first, then every chart of the page
 * on its own A4 page (made in the browser), or the browser's print with the print stylesheet.
 */
export function PageReportButtons() {
  const view = useView();
  const tools = useExportTools();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  if (!tools) return null;
  const { x } = tools;

  const report = async () => {
    const figures = [...document.querySelectorAll<HTMLElement>('main figure.chart-figure[data-chart]')];
    const answers = [...document.querySelectorAll<HTMLElement>('main [data-report-answer]')];
    if (figures.length === 0 && answers.length === 0) {
      setMessage(x.noCharts);
      return;
    }
    setBusy(true);
    setMessage(null);
    try {
      const engine = await import('../../../shared/export/engine/index.ts');
      const kicker = (document.querySelector('main h1')?.textContent ?? '').trim() || 'Koers';
      const charts = figures.map((figure) => figureReportPage(figure, kicker, tools.describe(sourceOfFigure(figure))));
      // The page's answer first: what a board member should take home before any chart.
      const pages = answers.length ? [answerReportPage(answers, kicker, tools.describe(null)), ...charts] : charts;
      await engine.exportPdfReport(pages, tools.frame(kicker), tools.fileStem(view.page === 'entity' && view.entity ? `entity-${view.entity}` : view.page));
    } catch (error) {
      setMessage(x.failed(error instanceof Error ? error.message : String(error)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="board-kit-tools">
      {CHART_PAGES.has(view.page) && (
        <button type="button" className="button button--quiet" title={x.pageReportHint} disabled={busy} onClick={() => void report()} data-page-report>
          {busy ? x.working : x.pageReport}
        </button>
      )}
      <button type="button" className="button button--quiet" onClick={() => window.print()} data-print>
        {x.print}
      </button>
      {message && (
        <p className="board-kit-tools__message" role="status">
          {message}
        </p>
      )}
    </div>
  );
}
