/**
 * Reading a ChartFigure in the page into what an export needs: its question (written on the
 * figure by the export menu), its title and status, and the words to draw around it.
 */
import type { ChartSource } from './chart-source.ts';
import type { ExportDescription } from './export-context.ts';
import type { FigureText, ReportPage } from './report-types.ts';

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The question behind a chart in the page, as its export menu wrote it (`data-export-source`). */
export function sourceOfFigure(figure: Element): ChartSource | null {
  const raw = figure.querySelector('[data-export-source]')?.getAttribute('data-export-source');
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as ChartSource;
    return typeof parsed.indicator === 'string' && Array.isArray(parsed.groupBy) ? parsed : null;
  } catch {
    return null;
  }
}

export function figureTitle(figure: Element): string {
  return text(figure.querySelector('.chart-figure__title'));
}

/** Title, filters, measure and data date above the drawing; definition and source under it. */
export function figureText(figure: Element, description: ExportDescription): FigureText {
  return {
    title: figureTitle(figure),
    lines: [description.filters, `${description.measure} · ${description.dataDate}`],
    notice: description.demo,
    footer: [description.definition, description.source].filter((line): line is string => Boolean(line)),
  };
}

/** A chart of the page as one page of a report: its status badge (if it has one) is said as its goal. */
export function figureReportPage(figure: HTMLElement, kicker: string, description: ExportDescription): ReportPage {
  const status = text(figure.querySelector('.chart-figure__head [data-status]'));
  return {
    kicker,
    heading: figureTitle(figure),
    statement: status ? [status] : [],
    context: [description.filters, `${description.measure} · ${description.dataDate}`],
    notice: description.demo,
    definition: description.definition,
    figure,
  };
}

/** The page's answer (its `[data-report-answer]` parts: lines in words, then tables) as the report's first page. */
export function answerReportPage(answers: readonly HTMLElement[], kicker: string, description: ExportDescription): ReportPage {
  return {
    kicker,
    heading: kicker,
    statement: answers.flatMap((a) => [...a.querySelectorAll('[data-answer-line]')].map(text)).filter(Boolean),
    context: [description.filters, description.dataDate],
    notice: description.demo,
    definition: null,
    figure: null,
    tables: answers.flatMap((a) => [...a.querySelectorAll<HTMLTableElement>('table[data-answer-table]')]),
  };
}
