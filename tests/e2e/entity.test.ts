import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { api, launchBrowser, openPage, percent, screenshot, waitForCharts, type ApiIndicator } from './support/browser.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('entity scorecard', () => {
  it('opened from a link, shows that entity in that year and language', async () => {
    const result = await api<ApiIndicator>(baseUrl, '/indicators/sustainable_value_share?groupBy=year&entity=AWV');
    const row = result.rows.find((r) => r.year === 2019)!;
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${baseUrl}/entities/AWV?year=2019&lang=en`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Agentschap Wegen en Verkeer (AWV)');
    const value = page.getByTestId('scorecard-value-sustainable_value_share');
    await value.waitFor();
    expect(Number(await value.getAttribute('data-value'))).toBe(row.value);
    expect(await value.textContent()).toBe(percent(row.value!, 'en'));
    expect(await page.locator('select[name="year"]').inputValue()).toBe('2019');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    // Compared with its policy domain and all entities, pooled.
    await expect(page.locator('[data-indicator="sustainable_value_share"] .chart-legend').textContent()).resolves.toContain('Policy domain MOW (pooled)');
    await waitForCharts(page);
    await screenshot(page, 'entity-scorecard');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('is reached from the list of entities, and the back button returns to the list', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${baseUrl}/entities`);
    await page.locator('[data-entity-link="VDAB"]').click();
    await page.waitForURL(/\/entities\/VDAB/);
    await expect(page.locator('h1').textContent()).resolves.toContain('(VDAB)');
    await page.goBack();
    await page.waitForURL((url) => url.pathname === '/entities');
    await page.locator('[data-entity-link="VDAB"]').waitFor();
    await screenshot(page, 'entities');
    expect(problems).toEqual([]);
    await context.close();
  });
});
