import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { api, launchBrowser, openPage, screenshot, waitForCharts, type ApiIndicator } from './support/browser.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface RecordPage {
  total: number;
  items: { entity: string; criteria: string | null }[];
}

describe('evidence behind the numbers', () => {
  it('opens the records behind a bar when it is clicked: same indicator, entity and year', async () => {
    const year = 2020;
    const ranking = await api<ApiIndicator>(baseUrl, `/indicators/sustainable_value_share?groupBy=year,entity&tier=flemish_government&from=${year}&to=${year}`);
    const best = ranking.rows
      .filter((r) => r.value !== null && r.n >= 5 && (r.coverage ?? 0) >= 0.8)
      .reduce((a, b) => (b.value! > a.value! ? b : a));
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${baseUrl}/compare?year=${year}`);
    await waitForCharts(page);
    await screenshot(page, 'compare');
    // The top bar is the best-ranked entity.
    await page.locator('[data-chart="compare-ranking"] .chart-bar .recharts-bar-rectangle path').first().click();
    await page.waitForURL(/\/evidence\?/);
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toMatchObject({ entity: best.entity, indicator: 'sustainable_value_share', part: 'numerator', year: String(year) });

    const expected = await api<RecordPage>(baseUrl, `/records?indicator=sustainable_value_share&part=numerator&entity=${best.entity}&from=${year}&to=${year}&limit=50`);
    const range = page.getByTestId('records-range');
    await expect.poll(() => range.getAttribute('data-total')).toBe(String(expected.total));
    const rows = page.locator('[data-testid="records-table"] tbody tr');
    expect(await rows.count()).toBe(Math.min(50, expected.total));
    const entities = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-record-entity')));
    expect(new Set(entities)).toEqual(new Set([best.entity]));
    // Every record in the numerator has its criteria fully integrated.
    expect((await page.locator('[data-testid="records-table"] tbody td.answer').allTextContents()).map((t) => t.trim())).toEqual(expected.items.map(() => 'Volledig geïntegreerd'));
    // The number itself is shown with the records, with its n.
    expect(await page.getByTestId('the-number').locator('[data-value]').getAttribute('data-value')).toBe(String(best.value));
    await screenshot(page, 'evidence');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('pages and sorts the records, and switches between numerator and denominator', async () => {
    const all = await api<RecordPage>(baseUrl, '/records?indicator=sustainable_count_share&part=denominator&tier=flemish_government&from=2019&to=2019&limit=1');
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${baseUrl}/evidence?year=2019&indicator=sustainable_count_share&part=numerator`);
    await page.getByTestId('records-table').waitFor();
    await page.locator('[data-part="denominator"]').click();
    await page.waitForURL(/part=denominator/);
    await expect.poll(() => page.getByTestId('records-range').getAttribute('data-total')).toBe(String(all.total));
    await expect.poll(() => page.locator('[data-part-total="denominator"]').textContent()).toBe(new Intl.NumberFormat('nl-BE').format(all.total));

    await page.getByTestId('next-page').first().click();
    await page.waitForURL(/cursors=/);
    await expect.poll(() => page.getByTestId('records-range').first().textContent()).toMatch(/^Opdrachten 51–100 van /);

    await page.locator('button[data-sort="value_eur"]').click();
    await page.waitForURL(/sort=value_eur/);
    // A new sort starts again on the first page, largest amounts first.
    expect(page.url()).not.toContain('cursors=');
    await expect.poll(() => page.getByTestId('records-range').first().textContent()).toMatch(/^Opdrachten 1–50 van /);
    const top = await api<{ items: { valueEur: number | null }[] }>(baseUrl, '/records?indicator=sustainable_count_share&part=denominator&tier=flemish_government&from=2019&to=2019&limit=1&sort=value_eur&direction=desc');
    // The previous page stays on screen (marked busy) until the sorted one arrives.
    await page.locator('section.records[aria-busy="false"]').waitFor();
    const firstAmount = () => page.locator('[data-testid="records-table"] tbody tr').first().locator('td.num').textContent();
    await expect.poll(async () => (await firstAmount())?.replace(/\s/g, ' ')).toBe(new Intl.NumberFormat('nl-BE', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(top.items[0]!.valueEur!).replace(/\s/g, ' '));
    expect(problems).toEqual([]);
    await context.close();
  });
});
