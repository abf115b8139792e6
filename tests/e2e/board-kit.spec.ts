/**
 * The board-meeting kit's exports, downloaded in real Chromium and read back as a recipient
 * would: images that carry their own title, filters, data date, definition and legend; PDF
 * reports with nothing cut off; data files with the API's numbers; a printable page.
 */
import {
  darkShare,
  decodePng,
  download,
  longDate,
  normalizeSpace,
  openExportMenu,
  pdfPages,
  smallestSize,
  svgSize,
  svgTexts,
  TICKS,
  xlsxSheets,
} from './support/board-kit-files.ts';
import { api, waitForCharts } from './support/browser.ts';
import { expect, test } from './support/fixtures.ts';

interface Meta {
  dataDate: string;
  dataset: string | null;
  indicators: { id: string; definition: Record<'nl' | 'fr' | 'en', string>; label: Record<'nl' | 'fr' | 'en', string> }[];
  entities: { code: string; name: string; policyDomain: string | null }[];
  policyDomains: { code: string; name: Record<'nl' | 'fr' | 'en', string> }[];
  themes: { id: number; name: Record<'nl' | 'fr' | 'en', string> }[];
}
interface Row {
  year?: number;
  entity?: string;
  numerator: number;
  denominator: number;
  value: number | null;
  n: number;
  coverage: number | null;
}
let meta: Meta;

test.beforeAll(async ({ koers }) => {
  meta = await api<Meta>(koers.baseUrl, '/meta');
});

test.describe('board-meeting kit: chart images', () => {
  test('exports a chart as an SVG that states its title, filters, measure, data date, demo label, definition and legend as text', async ({
    page,
    problems,
  }) => {
    await page.goto('/?policyDomain=MOW&year=2019');
    await waitForCharts(page);
    const figure = page.locator('[data-chart="overview-trend"]');
    const title = normalizeSpace((await figure.locator('.chart-figure__title').textContent()) ?? '');
    const legend = (await figure.locator('.chart-legend li > span').allTextContents()).map(normalizeSpace);
    // The policy events drawn on the trend are explained in the legend, so they travel with the image.
    expect(legend.some((item) => item.startsWith('29 januari 2016: '))).toBe(true);
    await openExportMenu(figure);
    const file = await download(page, figure.locator('[data-export="svg"]'));

    expect(file.fileName).toBe(`koers-overview-trend-${meta.dataDate.slice(0, 10)}.svg`);
    const svg = file.bytes.toString('utf8');
    expect(svg).toMatch(/^<\?xml[^>]*>\s*<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    // Self-contained: no stylesheet, no external reference, fonts by generic family.
    expect(svg).not.toMatch(/<style|<link|class="|href="http/);
    expect(svg).toContain('font-family="Arial, Helvetica, sans-serif"');
    const texts = svgTexts(svg).map(normalizeSpace);
    const all = texts.join('\n');
    expect(texts[0]).toBe(title);
    const mow = meta.policyDomains.find((d) => d.code === 'MOW')!.name.nl;
    expect(all).toContain(`Beleidsdomein: ${mow} (MOW)`);
    expect(all).toContain('Alle productgroepen');
    expect(all).toContain('Gemeten op: waarde');
    expect(all).toContain(`Gegevens van ${longDate(meta.dataDate, 'nl-BE')}`);
    expect(all).toContain('DEMODATA');
    expect(all).toContain(meta.indicators.find((i) => i.id === 'sustainable_value_share')!.definition.nl.slice(0, 60));
    expect(all).toMatch(/Bron: Koers, http:\/\/127\.0\.0\.1:\d+\/\?year=2019&policyDomain=MOW/);
    for (const item of legend) expect(texts, `legend item ${item}`).toContain(item);
    // The drawing itself came along: the actual line, the axis years.
    expect(svg).toMatch(/<path (?=[^>]*\bd="M[^"]+")(?=[^>]*\bstroke="rgb\(0, 114, 178\)")/);
    // Only SVG: none of the drawing library's own attributes or empty titles travel with the file.
    expect(svg).not.toMatch(/\s(?:name|orientation|angle)="|<title\/>|<desc\/>/);
    for (const year of ['2016', '2017', '2018', '2019', '2020']) expect(texts).toContain(year);
    expect(problems).toEqual([]);
  });

  test('exports the same chart as a PNG at twice its size, with the words drawn above the chart', async ({ page, problems }) => {
    await page.goto('/themes/6?year=2020');
    await waitForCharts(page);
    const figure = page.locator('[data-chart="theme-innovation_value_share"]');
    await openExportMenu(figure);
    const svg = (await download(page, figure.locator('[data-export="svg"]'))).bytes.toString('utf8');
    await openExportMenu(figure);
    const png = await download(page, figure.locator('[data-export="png"]'));
    expect(png.fileName).toBe(`koers-theme-innovation_value_share-${meta.dataDate.slice(0, 10)}.png`);

    const size = svgSize(svg);
    const image = decodePng(png.bytes);
    expect(size.width).toBeGreaterThan(700);
    expect(image.width).toBe(size.width * 2);
    expect(image.height).toBe(size.height * 2);
    // The title and filter lines are drawn in the first ~120 CSS pixels: there is ink there.
    expect(darkShare(image, 30 * 2, 120 * 2)).toBeGreaterThan(0.01);
    expect(svgTexts(svg).some((line) => normalizeSpace(line).includes(`Gegevens van ${longDate(meta.dataDate, 'nl-BE')}`))).toBe(true);
    expect(problems).toEqual([]);
  });
});

test.describe('board-meeting kit: PDF reports', () => {
  test('writes a ranking as an A4-landscape PDF whose long table runs on over numbered pages, every entity and the data date on them', async ({
    page,
    problems,
    koers,
  }) => {
    const rows = (await api<{ rows: Row[] }>(koers.baseUrl, '/indicators/sustainable_value_share?groupBy=year,entity&tier=flemish_government')).rows.filter(
      (r) => r.year === 2019,
    );
    await page.goto('/compare?year=2019');
    await waitForCharts(page);
    const figure = page.locator('[data-chart="compare-ranking"]');
    const title = normalizeSpace((await figure.locator('.chart-figure__title').textContent()) ?? '');
    await openExportMenu(figure);
    const file = await download(page, figure.locator('[data-export="pdf"]'));
    expect(file.fileName).toBe(`koers-compare-ranking-${meta.dataDate.slice(0, 10)}.pdf`);

    const pages = await pdfPages(file.bytes);
    expect(pages.length).toBeGreaterThan(1);
    // 39 bars do not fit a page at the screen's text size, but the chart takes its page rather
    // than shrink to a strip above its table (its ticks were 1–2.5 pt).
    const tickSize = smallestSize(pages[0]!, TICKS);
    expect(tickSize).toBeLessThan(Infinity);
    expect(tickSize).toBeGreaterThanOrEqual(4.5);
    const date = longDate(meta.dataDate, 'nl-BE');
    pages.forEach((p, i) => {
      expect(Math.round(p.width), `page ${i + 1} is A4 landscape`).toBe(842);
      expect(Math.round(p.height)).toBe(595);
      expect(p.text, `page ${i + 1}: title`).toContain(title.slice(0, 40));
      expect(p.text, `page ${i + 1}: data date`).toContain(`Gegevens van ${date}`);
      expect(p.text, `page ${i + 1}: filters`).toContain('Filters: Bestuurslaag: Vlaamse overheid · Alle beleidsdomeinen');
      expect(p.text, `page ${i + 1}: number`).toContain(`${i + 1} / ${pages.length}`);
      if (i > 0) expect(p.text).toContain('(vervolg)');
    });
    // Nothing is cut off: every entity of the ranking is in the table, with its share.
    const text = pages.map((p) => p.text).join('\n');
    for (const row of rows) {
      const name = meta.entities.find((e) => e.code === row.entity)!.name;
      expect(text, row.entity).toContain(`(${row.entity})`);
      expect(text, row.entity).toContain(name.slice(0, 25));
    }
    expect(problems).toEqual([]);
  });

  test('writes the current view as a PDF with one chart per page, each with its table, summary and page number', async ({ page, problems }) => {
    await page.goto('/themes/5?year=2020&policyDomain=MOW');
    await waitForCharts(page);
    const figures = page.locator('main figure[data-chart]');
    await expect(page.locator('main figure[data-chart="theme-ranking"] .chart-bar .recharts-bar-rectangle path').first()).toBeVisible();
    const titles = (await figures.locator('.chart-figure__title').allTextContents()).map(normalizeSpace);
    const summaries = (await figures.locator('[data-summary]').allTextContents()).map(normalizeSpace);
    const file = await download(page, page.locator('[data-page-report]'));
    expect(file.fileName).toBe(`koers-themes-${meta.dataDate.slice(0, 10)}.pdf`);

    const pages = await pdfPages(file.bytes);
    expect(pages.length).toBeGreaterThanOrEqual(titles.length);
    const mow = meta.policyDomains.find((d) => d.code === 'MOW')!.name.nl;
    for (const p of pages) {
      expect(p.text).toContain(`Gegevens van ${longDate(meta.dataDate, 'nl-BE')}`);
      expect(p.text).toContain(`Beleidsdomein: ${mow} (MOW)`);
      expect(p.text).toMatch(/\b\d+ \/ \d+$/);
    }
    // The page's answer comes first: every indicator of the theme in 2020, in words.
    expect(pages[0]!.text).toContain('2020:');
    // Then each chart starts a page: its title heads it, its summary and table follow.
    let at = 1;
    titles.forEach((title, i) => {
      const found = pages.findIndex((p, index) => index >= at && p.text.includes(title));
      expect(found, `chart "${title}" starts a page`).toBeGreaterThanOrEqual(at);
      expect(pages[found]!.text).toContain(summaries[i]!.slice(0, 50));
      expect(pages[found]!.text).toContain('Jaar');
      at = found + 1;
    });
    expect(problems).toEqual([]);
  });
});

test.describe('board-meeting kit: data behind a chart', () => {
  test('downloads the rows behind a chart as CSV and as XLSX with a definitions sheet, holding the numbers the API returns', async ({
    page,
    problems,
    koers,
  }) => {
    await page.goto('/?policyDomain=MOW&year=2019');
    await waitForCharts(page);
    const figure = page.locator('[data-chart="overview-trend"]');
    await openExportMenu(figure);
    const csv = await download(page, figure.locator('[data-export="csv"]'));
    await openExportMenu(figure);
    const xlsx = await download(page, figure.locator('[data-export="xlsx"]'));

    // The files were asked with the chart's own question.
    const asked = new URL(xlsx.url);
    expect(asked.pathname).toBe('/api/v1/indicators/sustainable_value_share/export');
    expect(Object.fromEntries(asked.searchParams)).toEqual({ format: 'xlsx', lang: 'nl', groupBy: 'year', tier: 'flemish_government', policyDomain: 'MOW' });
    const expected = (await api<{ rows: Row[] }>(koers.baseUrl, '/indicators/sustainable_value_share?groupBy=year&policyDomain=MOW&tier=flemish_government'))
      .rows;

    const lines = csv.bytes
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toMatch(/^jaar,teller,noemer,waarde,n,dekking/);
    expect(lines.length - 1).toBe(expected.length);
    lines.slice(1).forEach((line, i) => {
      const [year, numerator, denominator, value, n] = line.split(',');
      expect(Number(year)).toBe(expected[i]!.year);
      expect(Number(numerator)).toBeCloseTo(expected[i]!.numerator, 6);
      expect(Number(denominator)).toBeCloseTo(expected[i]!.denominator, 6);
      expect(Number(value)).toBeCloseTo(expected[i]!.value!, 12);
      expect(Number(n)).toBe(expected[i]!.n);
    });

    const sheets = await xlsxSheets(xlsx.bytes);
    expect(sheets.map((s) => s.name)).toEqual(['Gegevens', 'Definities']);
    const [head, ...data] = sheets[0]!.rows;
    const column = (name: string) => (head as string[]).indexOf(name);
    expect(data.length).toBe(expected.length);
    data.forEach((row, i) => {
      expect(row[column('jaar')]).toBe(expected[i]!.year);
      expect(row[column('teller')]).toBeCloseTo(expected[i]!.numerator, 6);
      expect(row[column('noemer')]).toBeCloseTo(expected[i]!.denominator, 6);
      expect(row[column('waarde')]).toBeCloseTo(expected[i]!.value!, 12);
      expect(row[column('n')]).toBe(expected[i]!.n);
    });
    const about = new Map(sheets[1]!.rows.map((r) => [String(r[0]), String(r[1])]));
    expect(about.get('Definitie')).toBe(meta.indicators.find((i) => i.id === 'sustainable_value_share')!.definition.nl);
    expect(about.get('Filters')).toContain('beleidsdomein: MOW');
    expect(about.get('Datum gegevens')).toBe(longDate(meta.dataDate, 'nl-BE'));
    expect(problems).toEqual([]);
  });
});

test.describe('board-meeting kit: printing', () => {
  test('prints a page as a handout: no navigation or controls, data date and filters in a header, every chart with its table', async ({ page, problems }) => {
    await page.goto('/themes/6?year=2020&policyDomain=MOW');
    await waitForCharts(page);
    await page.emulateMedia({ media: 'print' });
    const hidden = ['.main-nav', '.filter-bar', '.masthead__tools', '.footer', '.export-menu', '.chart-figure__toggle', '.tabs'];
    for (const selector of hidden) {
      const shown = await page.locator(selector).evaluateAll((nodes) => nodes.filter((n) => getComputedStyle(n).display !== 'none').length);
      expect(shown, `${selector} is not printed`).toBe(0);
    }
    const header = page.locator('[data-print-header]');
    await expect(header).toBeVisible();
    const headerText = normalizeSpace((await header.textContent()) ?? '');
    expect(headerText).toContain(`Gegevens van ${longDate(meta.dataDate, 'nl-BE')}`);
    expect(headerText).toContain(`Beleidsdomein: ${meta.policyDomains.find((d) => d.code === 'MOW')!.name.nl} (MOW)`);
    // Every chart's table is printed (on screen it is for screen readers only), unclipped.
    const tables = page.locator('figure[data-chart] [data-chart-table] table');
    expect(await tables.count()).toBeGreaterThan(0);
    for (const table of await tables.all()) {
      const box = await table.boundingBox();
      expect(box!.width).toBeGreaterThan(200);
      expect(box!.height).toBeGreaterThan(40);
    }

    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const pages = await pdfPages(pdf);
    expect(Math.round(pages[0]!.width)).toBe(842);
    expect(pages[0]!.text).toContain(`Gegevens van ${longDate(meta.dataDate, 'nl-BE')}`);
    const text = pages.map((p) => p.text).join('\n');
    for (const title of (await page.locator('figure[data-chart] .chart-figure__title').allTextContents()).map(normalizeSpace))
      expect(text).toContain(title.slice(0, 30));
    expect(problems).toEqual([]);
  });
});
