/**
 * The local tier in the browser: the map of Flanders draws the 300 municipalities with the values
 * the API gives, keyboard focus reaches a municipality and shows its figures, a click opens it, and
 * Lievegem's page shows 2017 in today's boundaries (the records of Lovendegem, Waarschoot and Zomergem).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { api, launchBrowser, openPage, percent, screenshot, type ApiIndicator } from './support/browser.ts';
import { download, normalizeSpace, openExportMenu, svgTexts } from './support/board-kit-files.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Meta {
  entities: { code: string; kind: string; tier: string; validTo: string | null }[];
  statusThresholds: { minN: number; minCoverage: number };
}

describe('local governments', () => {
  it('draws the map of Flanders with every municipality coloured by the value the API gives, or hatched', async () => {
    const meta = await api<Meta>(baseUrl, '/meta');
    const municipalities = new Set(meta.entities.filter((e) => e.tier === 'local' && e.kind === 'gemeente' && !e.validTo).map((e) => e.code));
    expect(municipalities.size).toBe(300);
    const answer = await api<ApiIndicator>(baseUrl, '/indicators/sustainable_value_share?groupBy=entity&tier=local&from=2019&to=2019');

    const { page, problems, context } = await openPage(browser);
    await page.goto(`${baseUrl}/?tier=local&year=2019&lang=en`);
    await page.locator('[data-map="flanders"] a[data-nis]').first().waitFor();
    const drawn = await page.locator('[data-map="flanders"] a[data-nis]').evaluateAll((links) =>
      links.map((a) => ({ nis: a.getAttribute('data-nis')!, value: a.getAttribute('data-value'), insufficient: a.getAttribute('data-insufficient') === 'true', fill: a.querySelector('path')!.getAttribute('fill') })),
    );
    expect(drawn).toHaveLength(300);
    expect(new Set(drawn.map((d) => d.nis))).toEqual(municipalities);
    const { minN, minCoverage } = meta.statusThresholds;
    let coloured = 0;
    for (const area of drawn) {
      const row = answer.rows.find((r) => r.entity === area.nis)!;
      expect(row, area.nis).toBeDefined();
      const enough = row.value !== null && row.n >= minN && row.coverage !== null && row.coverage >= minCoverage;
      expect(area.insufficient, area.nis).toBe(!enough);
      if (enough) {
        coloured++;
        expect(Number(area.value)).toBe(row.value);
        expect(area.fill).toMatch(/^#/);
      } else expect(area.fill).toBe('url(#koers-map-hatch)');
    }
    expect(coloured).toBeGreaterThan(200);
    expect(drawn.some((d) => d.insufficient)).toBe(true);
    await expect(page.locator('[data-chart="flanders-map"] [data-summary]').textContent()).resolves.toMatch(/^\d+ municipalities coloured/);
    await expect(page.locator('[data-chart="flanders-map"] .map-legend li').count()).resolves.toBe(6);
    await screenshot(page, 'local-map');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('lets the keyboard reach a municipality, shows its value, and opens it', async () => {
    const answer = await api<ApiIndicator>(baseUrl, '/indicators/sustainable_value_share?groupBy=entity&tier=local&from=2020&to=2020');
    const gent = answer.rows.find((r) => r.entity === '44021')!;
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${baseUrl}/?tier=local&year=2020&lang=en`);
    const first = page.locator('[data-map="flanders"] a[data-nis]').first();
    await first.waitFor();
    // Tab through the page until a municipality of the map has focus.
    let reached = false;
    for (let i = 0; i < 80 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.closest('[data-map="flanders"]') !== null && document.activeElement?.hasAttribute('data-nis') === true);
    }
    expect(reached).toBe(true);
    const tip = page.locator('.flanders-map__tip');
    await tip.waitFor();
    const focused = await page.evaluate(() => document.activeElement!.getAttribute('data-nis'));
    const row = answer.rows.find((r) => r.entity === focused)!;
    if (row.value !== null) await expect(tip.textContent()).resolves.toContain(percent(row.value, 'en'));
    await expect(tip.textContent()).resolves.toContain(`n = ${row.n}`);

    // Gent by focus: its name, value, n and coverage; Enter opens its page.
    await page.locator('[data-map="flanders"] a[data-nis="44021"]').focus();
    await expect(tip.textContent()).resolves.toContain('Gent');
    await expect(tip.textContent()).resolves.toContain(percent(gent.value!, 'en'));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/municipalities\/44021/);
    await page.locator('h1', { hasText: 'Gent' }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows Lievegem’s 2017 in today’s boundaries: the records of the municipalities merged into it', async () => {
    const lievegem = await api<ApiIndicator>(baseUrl, '/indicators/sustainable_value_share?groupBy=year&entity=44085');
    const row2017 = lievegem.rows.find((r) => r.year === 2017)!;
    expect(row2017.n).toBeGreaterThan(0);
    const historical = await api<ApiIndicator>(baseUrl, '/indicators/sustainable_value_share?groupBy=year&entity=44085&boundaries=historical');
    expect(historical.rows.find((r) => r.year === 2017)).toBeUndefined();

    const { page, problems, context } = await openPage(browser);
    await page.goto(`${baseUrl}/municipalities/44085?lang=en&year=2020`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Lievegem');
    await expect(page.locator('.page-header').textContent()).resolves.toContain('Lovendegem');
    const trend = page.locator('[data-chart="municipality-trend"] [data-chart-table] table');
    await trend.waitFor({ state: 'attached' });
    const text = (await trend.textContent()) ?? '';
    expect(text).toContain('2017');
    expect(text).toContain(percent(row2017.value!, 'en'));
    // The scorecard compares with the province and population class.
    await expect(page.locator('#municipality-scorecard').textContent()).resolves.toContain('2020');
    await screenshot(page, 'municipality-lievegem');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('ranks the municipalities of a province with insufficient data flagged, and switches tier in the URL', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${baseUrl}/compare?lang=en&year=2020`);
    await page.locator('[data-control="tier"] button[data-value="local"]').click();
    await page.waitForURL(/tier=local/);
    await page.locator('select[name="province"]').selectOption('40000');
    await page.waitForURL(/province=40000/);
    await page.locator('[data-chart="compare-ranking"]').waitFor();
    await expect(page.locator('[data-chart="compare-ranking"] .chart-figure__title').textContent()).resolves.toContain('Provincie Oost-Vlaanderen');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows the map as a slide in presentation mode', async () => {
    const { page, problems, context } = await openPage(browser, { width: 1920, height: 1080 });
    await page.goto(`${baseUrl}/present?slides=overview,map&slide=2&lang=en&year=2020`);
    await page.locator('[data-map="flanders"] a[data-nis]').first().waitFor();
    await expect(page.locator('[data-map="flanders"] a[data-nis]').count()).resolves.toBe(300);
    await expect(page.locator('h1').first().textContent()).resolves.toContain('Local governments');
    await screenshot(page, 'local-map-slide');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('exports the map as SVG and PNG with its title, filters, data date and the demo label drawn on it', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${baseUrl}/?tier=local&year=2019`);
    const figure = page.locator('[data-chart="flanders-map"]');
    await figure.locator('a[data-nis]').first().waitFor();
    await openExportMenu(figure);
    const svg = (await download(page, figure.locator('[data-export="svg"]'))).bytes.toString('utf8');
    expect(svg).toMatch(/^<\?xml[^>]*>\s*<svg /);
    expect((svg.match(/<path[ >]/g) ?? []).length).toBeGreaterThanOrEqual(300);
    const all = svgTexts(svg).map(normalizeSpace).join('\n');
    expect(all).toContain('per gemeente, 2019');
    expect(all).toContain('Bestuurslaag: Lokale besturen');
    expect(all).toContain('DEMODATA');
    expect(all).toContain('Onvoldoende gegevens');
    await openExportMenu(figure);
    const png = await download(page, figure.locator('[data-export="png"]'));
    expect(png.fileName).toMatch(/^koers-flanders-map-.*\.png$/);
    expect(problems).toEqual([]);
    await context.close();
  });
});
