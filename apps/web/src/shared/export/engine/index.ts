/**
 * The export engine, loaded on demand (a dynamic import from the export menu, the page report
 * and the presentation): composing images and reports is code nobody needs to read a dashboard.
 */
import type { FigureText, ReportFrame, ReportPage } from '../report-types.ts';
import { composeFigureSvg, serializeSvg } from './compose-svg.ts';
import { downloadBlob } from './download.ts';
import { buildPdfReport } from './pdf-report.ts';
import { pngScale, svgToPng } from './raster.ts';

/** The chart as a self-contained SVG file with its title, filters, data date, legend, definition and source. */
export function exportFigureSvg(figure: HTMLElement, text: FigureText, fileStem: string): void {
  const { svg } = composeFigureSvg(figure, { text });
  downloadBlob(new Blob([serializeSvg(svg)], { type: 'image/svg+xml;charset=utf-8' }), `${fileStem}.svg`);
}

/** The same image as PNG, at least twice its size. */
export async function exportFigurePng(figure: HTMLElement, text: FigureText, fileStem: string): Promise<void> {
  const { svg, width, height } = composeFigureSvg(figure, { text });
  downloadBlob(await svgToPng(serializeSvg(svg), width, height, pngScale()), `${fileStem}.png`);
}

export async function exportPdfReport(pages: readonly ReportPage[], frame: ReportFrame, fileStem: string): Promise<void> {
  downloadBlob(await buildPdfReport(pages, frame), `${fileStem}.pdf`);
}
