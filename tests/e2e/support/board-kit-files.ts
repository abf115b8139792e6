/**
 * Reading what the board-meeting kit hands out, as a recipient would: a download caught from
 * the page, the text of an SVG, the pixels of a PNG, the text of each page of a PDF (pdf.js),
 * and the sheets of an XLSX (exceljs).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Locator, Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { REPO_ROOT } from './koers-server.ts';

export interface Downloaded {
  fileName: string;
  url: string;
  bytes: Buffer;
}

/** Clicks and waits for the file the click hands over. */
export async function download(page: Page, trigger: Locator, timeout = 60_000): Promise<Downloaded> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout }), trigger.click()]);
  const path = await file.path();
  return { fileName: file.suggestedFilename(), url: file.url(), bytes: readFileSync(path) };
}

/** Opens a chart's export menu (it closes after each export). */
export async function openExportMenu(figure: Locator): Promise<void> {
  const menu = figure.locator('details.export-menu');
  if ((await menu.getAttribute('open')) === null) await menu.locator('summary').click();
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescape = (text: string) =>
  text.replace(
    /&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi,
    (_, e: string) => ENTITIES[e] ?? String.fromCodePoint(e.startsWith('#x') ? parseInt(e.slice(2), 16) : Number(e.slice(1))),
  );

/** Every <text> of an SVG file, in document order, entities decoded. */
export function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((m) => unescape(m[1]!.replace(/<[^>]+>/g, '')).trim());
}

export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  return { width: Number(/\bwidth="([\d.]+)"/.exec(root)?.[1]), height: Number(/\bheight="([\d.]+)"/.exec(root)?.[1]) };
}

export function decodePng(bytes: Buffer): PNG {
  return PNG.sync.read(bytes);
}

/** Share of clearly dark pixels in a band of rows (text drawn there shows up as dark pixels). */
export function darkShare(png: PNG, fromRow: number, toRow: number): number {
  let dark = 0;
  let total = 0;
  for (let y = fromRow; y < Math.min(toRow, png.height); y++) {
    for (let x = 0; x < png.width; x++) {
      const i = (png.width * y + x) * 4;
      const luminance = 0.299 * png.data[i]! + 0.587 * png.data[i + 1]! + 0.114 * png.data[i + 2]!;
      if (luminance < 110) dark++;
      total++;
    }
  }
  return total ? dark / total : 0;
}

export interface PdfPage {
  /** Page size in points. */
  width: number;
  height: number;
  /** The page's text, whitespace (incl. no-break spaces) collapsed to single spaces. */
  text: string;
  /** Each run of text with its size on paper in points. */
  runs: { text: string; size: number }[];
}

/** A share axis's tick labels, as the PDF writes them in Dutch. */
export const TICKS = ['0%', '25%', '50%', '75%', '100%', '0 %', '25 %', '50 %', '75 %', '100 %'] as const;

/** The smallest size (pt) at which any of these words is written on the page (Infinity when none is). */
export function smallestSize(page: PdfPage, words: readonly string[]): number {
  return Math.min(...page.runs.filter((run) => words.includes(run.text)).map((run) => run.size));
}

export const normalizeSpace = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

export async function pdfPages(bytes: Buffer): Promise<PdfPage[]> {
  const standardFontDataUrl = `${join(REPO_ROOT, 'node_modules/pdfjs-dist/standard_fonts')}/`;
  const pdf = await getDocument({ data: new Uint8Array(bytes), standardFontDataUrl, verbosity: 0 }).promise;
  const pages: PdfPage[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const text = content.items.map((item) => ('str' in item ? `${item.str}${item.hasEOL ? '\n' : ''}` : '')).join(' ');
    const runs = content.items.flatMap((item) =>
      'str' in item && item.str.trim() ? [{ text: normalizeSpace(item.str), size: Math.hypot(item.transform[2] as number, item.transform[3] as number) }] : [],
    );
    pages.push({ width: viewport.width, height: viewport.height, text: normalizeSpace(text), runs });
  }
  await pdf.destroy();
  return pages;
}

/** The sheets of an XLSX file: name and rows of cell values (row 1 first). */
export async function xlsxSheets(bytes: Buffer): Promise<{ name: string; rows: unknown[][] }[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.worksheets.map((sheet) => {
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    return { name: sheet.name, rows };
  });
}

/** The data date as the dashboard writes it in a language (long style, UTC). */
export function longDate(iso: string, locale: string): string {
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
