import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, screenshot, waitForCharts } from './support/browser.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('every page', () => {
  const pages = [
    { name: 'themes', path: '/themes/5', charts: true },
    { name: 'themes-innovation-en', path: '/themes/6?lang=en', charts: true },
    { name: 'compare-within-domain-fr', path: '/compare?policyDomain=MOW&entity=AWV&lang=fr', charts: true },
    { name: 'methodology-en', path: '/methodology?lang=en', charts: false },
  ];

  for (const { name, path, charts } of pages) {
    it(`${path} loads without a script error and names itself in the tab`, async () => {
      const { page, problems, context } = await openPage(browser);
      await page.goto(baseUrl + path);
      await page.locator('h1').waitFor();
      if (charts) await waitForCharts(page);
      else await page.locator('table').first().waitFor();
      expect(await page.title()).toMatch(/ · Koers$/);
      await screenshot(page, name);
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it('fits a laptop screen beside a projector (1024 px) without a horizontal scroll bar', async () => {
    const { page, context } = await openPage(browser, { width: 1024, height: 768 });
    await page.goto(baseUrl);
    await waitForCharts(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'overview-1024');
    await context.close();
  });

  it('can be used with the keyboard: skip link, navigation and focus on the new page’s heading', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(baseUrl);
    await page.getByTestId('headline-value').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    await page.locator('[data-nav="compare"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/compare/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await context.close();
  });

  it('says so when the API cannot be reached, and offers to try again', async () => {
    const { page, context } = await openPage(browser);
    await page.route('**/api/v1/indicators/**', (route) => route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ error: 'unavailable', message: 'the database is not reachable; try again shortly' }) }));
    await page.goto(baseUrl);
    const error = page.locator('[data-state="error"]').first();
    await error.waitFor({ timeout: 20_000 });
    expect(await error.textContent()).toContain('the database is not reachable');
    expect(await error.locator('button').textContent()).toBe('Opnieuw proberen');
    await context.close();
  });
});
