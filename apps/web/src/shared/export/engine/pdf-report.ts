/**
 * A report as PDF, made in the browser (no server, no external service): A4 landscape. A page's
 * answer may come first (headline, status in words, tables such as the theme statuses, as a
 * text-only page); then one chart per page with, beside it, the goal in words, the chart's
 * one-sentence summary and the indicator's definition, and under it the chart's data table. A table too long for the page
 * runs on over continuation pages that repeat the page's header and the table's column heads,
 * so nothing is cut off. Every page carries the data date and filters in its header, and its
 * number ("n / N") in the footer.
 *
 * The chart is drawn as vectors by svg2pdf from the composed SVG. jsPDF and svg2pdf are loaded
 * here, and this module only when someone asks for a PDF.
 */
import type { jsPDF as JsPdf } from 'jspdf';
import { pdfText } from '../pdf-text.ts';
import type { ReportFrame, ReportPage } from '../report-types.ts';
import { composeFigureSvg, type ComposedSvg } from './compose-svg.ts';
import { readFigureTable, readTable, type FigureTable } from './read-table.ts';

const PAGE_WIDTH = 297;
const PAGE_HEIGHT = 210;
const MARGIN = 12;
const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
/** Content ends here; the footer sits below. */
const BOTTOM = PAGE_HEIGHT - 13;
const FOOTER_BASELINE = PAGE_HEIGHT - 7;
const MM_PER_PT = 25.4 / 72;
const MM_PER_PX = 25.4 / 96;
/** Below this a chart stops shrinking to make room for its table; the table runs on instead. */
const MIN_CHART_HEIGHT = 40;
/** Share of the width for the words beside the chart. */
const SIDE_SHARE = 0.34;
/** The smallest word of a chart on paper (tick labels, values, legend). */
const MIN_CHART_TEXT_PT = 8;
/** Below this, a chart takes its page rather than share it with its table. */
const MIN_CHART_TEXT_FLOOR_PT = 6;
/** Words grow at most this much, so a chart's layout still holds them. */
const MAX_TEXT_SCALE = 2;
const GAP = 5;

const TABLE_FONT = 7.5;
const CELL_PAD_X = 1.5;
const CELL_PAD_Y = 0.75;

type Rgb = [number, number, number];
const INK: Rgb = [26, 26, 26];
const INK_2: Rgb = [51, 51, 51];
const MUTED: Rgb = [89, 89, 89];
const NOTICE: Rgb = [138, 59, 0];
const RULE: Rgb = [200, 200, 196];
const HEAD_FILL: Rgb = [238, 238, 232];

type Style = 'normal' | 'bold' | 'italic';

const lineHeight = (size: number, factor = 1.22) => size * MM_PER_PT * factor;

function font(doc: JsPdf, size: number, style: Style = 'normal', color: Rgb = INK): void {
  doc.setFont('helvetica', style);
  doc.setFontSize(size);
  doc.setTextColor(color[0], color[1], color[2]);
}

function wrap(doc: JsPdf, text: string, width: number, size: number, style: Style = 'normal'): string[] {
  font(doc, size, style);
  return doc.splitTextToSize(pdfText(text), width) as string[];
}

/** Writes lines from `y` (their top) down; answers the y under them. */
function write(doc: JsPdf, lines: readonly string[], x: number, y: number, size: number, style: Style, color: Rgb, factor = 1.22): number {
  font(doc, size, style, color);
  for (const line of lines) {
    doc.text(line, x, y + size * MM_PER_PT * 0.88);
    y += lineHeight(size, factor);
  }
  return y;
}

/** Kicker, heading, filters and data date, notice, rule: the same on every page of one chart. */
function drawHeader(doc: JsPdf, page: ReportPage, frame: ReportFrame, continued: boolean): number {
  let y = MARGIN - 2;
  y = write(doc, wrap(doc, `Koers · ${page.kicker}`, CONTENT_WIDTH, 8.5).slice(0, 1), MARGIN, y, 8.5, 'normal', MUTED);
  y += 0.6;
  const heading = continued ? `${page.heading} ${frame.continued}` : page.heading;
  y = write(doc, wrap(doc, heading, CONTENT_WIDTH, 15, 'bold').slice(0, 2), MARGIN, y, 15, 'bold', INK, 1.15);
  y += 0.8;
  for (const line of page.context) y = write(doc, wrap(doc, line, CONTENT_WIDTH, 8.5), MARGIN, y, 8.5, 'normal', INK_2);
  if (page.notice) y = write(doc, wrap(doc, page.notice, CONTENT_WIDTH, 8.5, 'bold'), MARGIN, y, 8.5, 'bold', NOTICE);
  y += 1.2;
  doc.setDrawColor(RULE[0], RULE[1], RULE[2]);
  doc.setLineWidth(0.3);
  doc.line(MARGIN, y, PAGE_WIDTH - MARGIN, y);
  return y + 3.5;
}

interface TableLayout {
  widths: number[];
  head: string[][];
  headHeight: number;
  rows: string[][][];
  heights: number[];
}

/** Column widths: natural when the table fits, else the widest columns give way first (their text wraps). */
function columnWidths(doc: JsPdf, table: FigureTable): number[] {
  const columns = Math.max(table.head.length, ...table.rows.map((r) => r.length));
  const natural = Array.from({ length: columns }, () => 10);
  font(doc, TABLE_FONT, 'bold');
  // (+0.6 mm: splitTextToSize rounds differently from getTextWidth and would break a word that just fits.)
  table.head.forEach((cell, i) => (natural[i] = Math.max(natural[i]!, doc.getTextWidth(pdfText(cell)) + 2 * CELL_PAD_X + 0.6)));
  font(doc, TABLE_FONT, 'normal');
  for (const row of table.rows) row.forEach((cell, i) => (natural[i] = Math.max(natural[i]!, doc.getTextWidth(pdfText(cell)) + 2 * CELL_PAD_X + 0.6)));
  const widths = natural.map((w) => Math.min(w, CONTENT_WIDTH * 0.45));
  let excess = widths.reduce((a, b) => a + b, 0) - CONTENT_WIDTH;
  while (excess > 0.01) {
    const widest = Math.max(...widths);
    const atWidest = widths.filter((w) => w >= widest - 0.01).length;
    const next = Math.max(14, ...widths.filter((w) => w < widest - 0.01));
    const cut = Math.min((widest - next) * atWidest, excess);
    if (cut <= 0.01) {
      const scale = CONTENT_WIDTH / widths.reduce((a, b) => a + b, 0);
      return widths.map((w) => w * scale);
    }
    for (let i = 0; i < widths.length; i++) if (widths[i]! >= widest - 0.01) widths[i] = widths[i]! - cut / atWidest;
    excess -= cut;
  }
  return widths;
}

function layoutTable(doc: JsPdf, table: FigureTable): TableLayout {
  const widths = columnWidths(doc, table);
  const cellLines = (cell: string, i: number, style: Style) => wrap(doc, cell, Math.max(4, widths[i]! - 2 * CELL_PAD_X), TABLE_FONT, style);
  const height = (cells: string[][]) => Math.max(1, ...cells.map((c) => c.length)) * lineHeight(TABLE_FONT, 1.12) + 2 * CELL_PAD_Y;
  const head = widths.map((_, i) => cellLines(table.head[i] ?? '', i, 'bold'));
  const rows = table.rows.map((row) => widths.map((_, i) => cellLines(row[i] ?? '', i, 'normal')));
  return { widths, head, headHeight: height(head), rows, heights: rows.map(height) };
}

function drawRow(doc: JsPdf, cells: string[][], widths: number[], numeric: boolean[], y: number, rowHeight: number, isHead: boolean): void {
  const total = widths.reduce((a, b) => a + b, 0);
  if (isHead) {
    doc.setFillColor(HEAD_FILL[0], HEAD_FILL[1], HEAD_FILL[2]);
    doc.rect(MARGIN, y, total, rowHeight, 'F');
  }
  let x = MARGIN;
  cells.forEach((lines, i) => {
    const width = widths[i]!;
    font(doc, TABLE_FONT, isHead ? 'bold' : 'normal', INK);
    let baseline = y + CELL_PAD_Y + TABLE_FONT * MM_PER_PT * 0.88;
    for (const line of lines) {
      if (numeric[i]) doc.text(line, x + width - CELL_PAD_X, baseline, { align: 'right' });
      else doc.text(line, x + CELL_PAD_X, baseline);
      baseline += lineHeight(TABLE_FONT, 1.12);
    }
    x += width;
  });
  doc.setDrawColor(RULE[0], RULE[1], RULE[2]);
  doc.setLineWidth(isHead ? 0.35 : 0.15);
  doc.line(MARGIN, y + rowHeight, MARGIN + total, y + rowHeight);
}

/** Draws an SVG element as vectors; svg2pdf reads it from the document, so it is attached while drawn. */
async function drawSvg(doc: JsPdf, svg: SVGSVGElement, x: number, y: number, width: number, height: number): Promise<void> {
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.style.cssText = 'position:fixed;left:-20000px;top:0;width:0;height:0;overflow:hidden;';
  host.append(svg);
  document.body.append(host);
  // svg2pdf only switches fonts where the drawing names another: start from the plain one.
  font(doc, 10, 'normal', INK);
  try {
    await doc.svg(svg, { x, y, width, height });
  } finally {
    host.remove();
  }
}

interface ChartRoom {
  /** Height left on the page under the header. */
  available: number;
  /** Width beside the words. */
  box: number;
  tableHeight: number;
  firstRows: number;
  sideHeight: number;
}

/** The chart's size on the page (mm): as wide as its box allows, shrunk so its table fits under it, never below a legible height. */
function chartSize(composed: { width: number; height: number }, room: ChartRoom): { width: number; height: number } {
  const naturalWidth = composed.width * MM_PER_PX;
  const naturalHeight = composed.height * MM_PER_PX;
  let height = naturalHeight * Math.min(1.2, room.box / naturalWidth);
  height = Math.min(height, room.available - room.firstRows);
  if (Math.max(height, room.sideHeight) + room.tableHeight > room.available) {
    const left = room.available - room.tableHeight;
    if (left >= Math.min(height, MIN_CHART_HEIGHT) && left >= room.sideHeight) height = Math.min(height, left);
    else height = Math.min(height, Math.max(MIN_CHART_HEIGHT, left));
  }
  return { width: height * (naturalWidth / naturalHeight), height };
}

/** The size on paper (pt) of the chart's smallest word (an event's number in its badge aside), given its mm per SVG unit. */
function smallestTextPt(svg: SVGSVGElement, mmPerUnit: number): number {
  const sizes = [...svg.querySelectorAll('[data-export="chart"] text[font-size], [data-export="legend"] text[font-size]')]
    .filter((node) => node.previousElementSibling?.localName !== 'circle')
    .map((node) => Number(node.getAttribute('font-size')))
    .filter((size) => size > 0);
  return sizes.length === 0 ? Infinity : (Math.min(...sizes) * mmPerUnit) / MM_PER_PT;
}

/**
 * A chart drawn for a wide screen comes out small on paper: its words are drawn larger until the
 * smallest is legible, the chart measured again each time (its box may have grown). Not where a
 * label is wrapped over lines (a ranking's names): its lines are spaced for the screen's size.
 */
function legibleChart(
  figure: HTMLElement,
  first: ComposedSvg,
  room: ChartRoom,
): { composed: ComposedSvg; size: { width: number; height: number }; smallestPt: number } {
  let composed = first;
  let size = chartSize(composed, room);
  const wrapped = first.svg.querySelector('[data-export="chart"] text tspan + tspan') !== null;
  let textScale = wrapped ? MAX_TEXT_SCALE : 1;
  for (let pass = 0; pass < 4; pass++) {
    const smallestPt = smallestTextPt(composed.svg, size.width / composed.width);
    const needed = MIN_CHART_TEXT_PT / smallestPt;
    if (needed < 1.03) return { composed, size, smallestPt };
    if (textScale >= MAX_TEXT_SCALE) break;
    textScale = Math.min(MAX_TEXT_SCALE, textScale * needed);
    composed = composeFigureSvg(figure, { text: null, forPdf: true, textScale });
    size = chartSize(composed, room);
  }
  return { composed, size, smallestPt: smallestTextPt(composed.svg, size.width / composed.width) };
}

async function drawReportPage(doc: JsPdf, page: ReportPage, frame: ReportFrame): Promise<void> {
  let y = drawHeader(doc, page, frame, false);
  const figure = page.figure;
  let composed = figure?.querySelector('.chart-figure__plot svg') ? composeFigureSvg(figure, { text: null, forPdf: true }) : null;
  const table = figure ? readFigureTable(figure) : null;
  const layout = table ? layoutTable(doc, table) : null;
  const extra = (page.tables ?? []).map(readTable).filter((t): t is FigureTable => t !== null);
  const chartTitle = (figure?.querySelector('.chart-figure__title')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const summary = (figure?.querySelector('[data-summary]')?.textContent ?? '').replace(/\s+/g, ' ').trim();

  // The words beside the chart (or above the table when there is no chart).
  const sideWidth = composed ? CONTENT_WIDTH * SIDE_SHARE : CONTENT_WIDTH;
  const side: { lines: string[]; size: number; style: Style; color: Rgb; after: number }[] = [];
  page.statement.forEach((text, i) =>
    side.push({
      lines: wrap(doc, text, sideWidth, i === 0 ? 12 : 10, i === 0 ? 'bold' : 'normal'),
      size: i === 0 ? 12 : 10,
      style: i === 0 ? 'bold' : 'normal',
      color: INK,
      after: 1.5,
    }),
  );
  if (chartTitle && chartTitle !== page.heading)
    side.push({ lines: wrap(doc, chartTitle, sideWidth, 9.5, 'bold'), size: 9.5, style: 'bold', color: INK, after: 1 });
  if (summary) side.push({ lines: wrap(doc, summary, sideWidth, 9), size: 9, style: 'normal', color: INK_2, after: 1.5 });
  if (page.definition) side.push({ lines: wrap(doc, page.definition, sideWidth, 8, 'italic'), size: 8, style: 'italic', color: MUTED, after: 0 });
  const sideHeight = side.reduce((sum, block) => sum + block.lines.length * lineHeight(block.size) + block.after, 0);

  let chartWidth = 0;
  let chartHeight = 0;
  if (composed && figure) {
    const tableHeight = layout ? layout.headHeight + layout.heights.reduce((a, b) => a + b, 0) + GAP : 0;
    // The whole page may go to the chart, but a table should start under it.
    const firstRows = layout ? layout.headHeight + (layout.heights[0] ?? 0) + GAP : 0;
    const room = { available: BOTTOM - y, box: CONTENT_WIDTH - sideWidth - GAP, tableHeight, firstRows, sideHeight };
    let fitted = legibleChart(figure, composed, room);
    // A tall chart (a ranking of every entity) squeezed above its table stays far too small to read:
    // it takes the page, and its table runs on under it and over the next pages.
    if (fitted.smallestPt < MIN_CHART_TEXT_FLOOR_PT) fitted = legibleChart(figure, composed, { ...room, tableHeight: 0, firstRows: 0 });
    composed = fitted.composed;
    const size = fitted.size;
    chartWidth = size.width;
    chartHeight = size.height;
    await drawSvg(doc, composed.svg, MARGIN, y, chartWidth, chartHeight);
  }

  const sideX = composed ? MARGIN + Math.max(chartWidth, CONTENT_WIDTH - sideWidth - GAP) + GAP : MARGIN;
  let sideY = y;
  for (const block of side) sideY = write(doc, block.lines, sideX, sideY, block.size, block.style, block.color) + block.after;
  y = Math.max(y + chartHeight, sideY) + GAP;

  if (layout && table) y = drawTable(doc, { ...table, caption: '' }, layout, y, page, frame);
  for (const more of extra) y = drawTable(doc, more, layoutTable(doc, more), y, page, frame);
}

/** A table under what is already on the page, running on over continuation pages with its column heads. */
function drawTable(doc: JsPdf, table: FigureTable, layout: TableLayout, top: number, page: ReportPage, frame: ReportFrame): number {
  let y = top;
  const caption = table.caption ? wrap(doc, table.caption, CONTENT_WIDTH, 10, 'bold') : [];
  const captionHeight = caption.length * lineHeight(10) + (caption.length ? 1 : 0);
  const drawHead = () => {
    drawRow(doc, layout.head, layout.widths, table.numeric, y, layout.headHeight, true);
    y += layout.headHeight;
  };
  if (y + captionHeight + layout.headHeight + (layout.heights[0] ?? 0) > BOTTOM) {
    doc.addPage('a4', 'landscape');
    y = drawHeader(doc, page, frame, true);
  }
  if (caption.length) y = write(doc, caption, MARGIN, y, 10, 'bold', INK) + 1;
  drawHead();
  layout.rows.forEach((cells, i) => {
    const height = layout.heights[i]!;
    if (y + height > BOTTOM) {
      doc.addPage('a4', 'landscape');
      y = drawHeader(doc, page, frame, true);
      drawHead();
    }
    drawRow(doc, cells, layout.widths, table.numeric, y, height, false);
    y += height;
  });
  return y + GAP;
}

/** The report as a PDF file. */
export async function buildPdfReport(pages: readonly ReportPage[], frame: ReportFrame): Promise<Blob> {
  const [{ jsPDF }] = await Promise.all([import('jspdf'), import('svg2pdf.js')]);
  const doc = new jsPDF({ orientation: 'landscape', unit: 'mm', format: 'a4', compress: true });
  doc.setProperties({ title: pdfText(frame.title), creator: 'Koers', subject: pdfText(frame.footer) });
  for (const [i, page] of pages.entries()) {
    if (i > 0) doc.addPage('a4', 'landscape');
    await drawReportPage(doc, page, frame);
  }
  const total = doc.getNumberOfPages();
  for (let n = 1; n <= total; n++) {
    doc.setPage(n);
    font(doc, 8, 'normal', MUTED);
    const number = pdfText(frame.pageNumber(n, total));
    const room = CONTENT_WIDTH - doc.getTextWidth(number) - 8;
    const footer = (doc.splitTextToSize(pdfText(frame.footer), room) as string[])[0] ?? '';
    doc.text(footer, MARGIN, FOOTER_BASELINE);
    doc.text(number, PAGE_WIDTH - MARGIN, FOOTER_BASELINE, { align: 'right' });
  }
  return doc.output('blob');
}
