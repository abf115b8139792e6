import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { download, normalizeSpace, pdfPages } from './support/board-kit-files.ts';
import { api, launchBrowser, openPage, percent, screenshot, waitForCharts, type ApiIndicator } from './support/browser.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('overview', () => {
  it('shows as headline the sustainable share by value that the API computes for the latest year, with its records', async () => {
    const result = await api<ApiIndicator>(baseUrl, '/indicators/sustainable_value_share?groupBy=year&tier=flemish_government');
    const latest = result.rows.reduce((a, b) => (b.year! > a.year! ? b : a));
    const { page, problems, context } = await openPage(browser);
    await page.goto(baseUrl);
    const headline = page.getByTestId('headline-value');
    await headline.waitFor();

    expect(Number(await headline.getAttribute('data-value'))).toBe(latest.value);
    expect(await headline.textContent()).toBe(percent(latest.value!, 'nl-BE'));
    expect(await page.getByTestId('headline-records').getAttribute('data-n')).toBe(String(latest.n));
    expect(await page.getByTestId('headline-records').textContent()).toContain(new Intl.NumberFormat('nl-BE').format(latest.n));
    // The year read is pinned in the URL, so the link still shows this year after new imports.
    expect(new URL(page.url()).searchParams.get('year')).toBe(String(latest.year));
    // The status is said in words, with "missed by x points" once the target year has passed.
    const status = page.locator('[data-headline="sustainable_value_share"] [data-status]').first();
    if (latest.status === 'missed') expect(await status.textContent()).toMatch(/^Gemist met \d+,\d procentpunten$/);
    else expect((await status.textContent())?.length).toBeGreaterThan(3);

    await waitForCharts(page);
    await screenshot(page, 'overview');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('labels demo data as demo data, in the header and on the methodology page', async () => {
    const meta = await api<{ dataset: string | null }>(baseUrl, '/meta');
    expect(meta.dataset).toBe('demo');
    const { page, context } = await openPage(browser);
    await page.goto(baseUrl);
    await expect(page.getByTestId('demo-badge').textContent()).resolves.toBe('Demodata');
    await page.locator('[data-nav="methodology"]').click();
    await page.getByTestId('methodology-demo').waitFor();
    await page.getByTestId('coverage-table').waitFor();
    await screenshot(page, 'methodology');
    await context.close();
  });

  it('gives every chart a one-sentence summary and a data table a screen reader can reach', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(baseUrl);
    await waitForCharts(page);
    const figures = page.locator('figure[data-chart]');
    const count = await figures.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const figure = figures.nth(i);
      const name = await figure.getAttribute('data-chart');
      const summary = (await figure.locator('[data-summary]').textContent()) ?? '';
      expect(summary.trim().split(/(?<=\.)\s/).length, `${name}: summary`).toBeGreaterThanOrEqual(1);
      expect(await figure.locator('.chart-figure__plot[role="group"]').getAttribute('aria-label'), `${name}: accessible name`).toBe(summary);
      // Recharts' keyboard layer: the drawing takes focus, so a keyboard user can step through the years.
      expect(await figure.locator('.chart-figure__plot svg.recharts-surface').getAttribute('tabindex'), `${name}: keyboard layer`).toBe('0');
      // The table is in the document (read by screen readers) even before it is shown.
      const table = figure.locator('[data-chart-table] table');
      expect(await table.count(), `${name}: table`).toBe(1);
      expect(await table.locator('tbody tr').count(), `${name}: rows`).toBeGreaterThan(1);
      expect(await table.locator('caption').textContent()).toBeTruthy();
      // …and a keyboard user can show it.
      const toggle = figure.locator('button[aria-expanded]');
      await toggle.focus();
      await page.keyboard.press('Enter');
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      expect(await table.isVisible()).toBe(true);
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows the status of every theme’s indicators in words, with "monitoring only" where there is no target', async () => {
    const meta = await api<{ indicators: { id: string; theme: number; targets: unknown[] }[] }>(baseUrl, '/meta');
    const { page, context } = await openPage(browser);
    await page.goto(baseUrl);
    await page.locator('[data-theme]').first().waitFor();
    expect(await page.locator('.theme-card[data-theme]').count()).toBe(6);
    for (const indicator of meta.indicators) {
      const badge = page.locator(`.indicator-line[data-indicator="${indicator.id}"] [data-status]`);
      const status = await badge.getAttribute('data-status');
      if (indicator.targets.length === 0) {
        expect(status, indicator.id).toBe('monitoring_only');
        expect(await badge.textContent()).toBe('Enkel opvolging');
      } else {
        expect(status, indicator.id).not.toBe('monitoring_only');
      }
    }
    await context.close();
  });

  it('names the entity furthest behind in the chosen year, among entities with usable data, linked to its page', async () => {
    const meta = await api<{ statusThresholds: { minN: number; minCoverage: number } }>(baseUrl, '/meta');
    const { minN, minCoverage } = meta.statusThresholds;
    const result = await api<ApiIndicator>(baseUrl, '/indicators/sustainable_value_share?groupBy=year,entity&tier=flemish_government');
    const usable = result.rows.filter((r) => r.year === 2019 && r.value !== null && r.n >= minN && r.coverage !== null && r.coverage >= minCoverage);
    const weakest = usable.reduce((a, b) => (b.value! < a.value! ? b : a));
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${baseUrl}/?year=2019`);
    const first = page.getByTestId('laggards').locator('li').first();
    await first.waitFor();
    expect(await first.getAttribute('data-entity')).toBe(weakest.entity);
    expect(await first.textContent()).toContain(percent(weakest.value!, 'nl-BE'));
    expect(await first.textContent()).toContain(`n = ${new Intl.NumberFormat('nl-BE').format(weakest.n)}`);
    await first.getByRole('link').first().click();
    await page.waitForURL((url) => url.pathname === `/entities/${weakest.entity}`);
    expect(new URL(page.url()).searchParams.get('year')).toBe('2019');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('hands out a PDF whose first page answers for the chosen year: headline figure, status in words, progress and all six themes', async () => {
    const meta = await api<{ themes: { id: number; name: { nl: string } }[] }>(baseUrl, '/meta');
    const result = await api<ApiIndicator>(baseUrl, '/indicators/sustainable_value_share?groupBy=year&tier=flemish_government');
    const row = result.rows.find((r) => r.year === 2019)!;
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${baseUrl}/?year=2019`);
    await waitForCharts(page);
    await page.getByTestId('laggards').locator('li').first().waitFor();
    const status = normalizeSpace((await page.locator('[data-headline="sustainable_value_share"] [data-status]').first().textContent()) ?? '');
    const file = await download(page, page.locator('[data-page-report]'));
    const pages = await pdfPages(file.bytes);
    const first = pages[0]!.text;
    expect(first).toContain(`Aandeel duurzame opdrachten in 2019 naar waarde: ${normalizeSpace(percent(row.value!, 'nl-BE'))}`);
    expect(first).toContain(status);
    expect(first).toContain('Afwijking van het groeipad');
    // The theme statuses may run on to a continuation page, but before any chart.
    const answer = pages.slice(0, 2).map((p) => p.text).join(' ');
    for (const theme of meta.themes) expect(answer, `theme ${theme.id}`).toContain(`${theme.id}. ${theme.name.nl.slice(0, 20)}`);
    expect(answer).toContain('Entiteiten die het verst achterop liggen in 2019');
    // A4 landscape.
    expect(Math.round(pages[0]!.width)).toBe(842);
    expect(problems).toEqual([]);
    await context.close();
  });
});
