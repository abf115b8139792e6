import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { api, launchBrowser, openPage, percent, waitForCharts, type ApiIndicator } from './support/browser.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const latestOf = (result: ApiIndicator) => result.rows.reduce((a, b) => (b.year! > a.year! ? b : a));

describe('switching measure and language', () => {
  it('switches the headline between value and count, and the language of every label and number', async () => {
    const byValue = latestOf(await api<ApiIndicator>(baseUrl, '/indicators/sustainable_value_share?groupBy=year&tier=flemish_government'));
    const byCount = latestOf(await api<ApiIndicator>(baseUrl, '/indicators/sustainable_count_share?groupBy=year&tier=flemish_government'));
    const { page, problems, context } = await openPage(browser);
    await page.goto(baseUrl);
    const headline = page.getByTestId('headline-value');
    await headline.waitFor();
    expect(await headline.textContent()).toBe(percent(byValue.value!, 'nl-BE'));

    await page.locator('[data-control="measure"] button[data-value="count"]').click();
    await page.waitForURL(/measure=count/);
    await expect.poll(() => headline.getAttribute('data-value')).toBe(String(byCount.value));
    expect(await headline.textContent()).toBe(percent(byCount.value!, 'nl-BE'));
    expect(await page.locator('[data-chart="overview-trend"] h2').textContent()).toContain('Aandeel duurzaam (aantal)');

    await page.locator('[data-control="language"] button[data-value="fr"]').click();
    await page.waitForURL(/lang=fr/);
    await expect.poll(() => page.locator('h1').textContent()).toBe('En route vers 100 % de marchés publics durables ?');
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await headline.textContent()).toBe(percent(byCount.value!, 'fr-BE'));
    expect(await page.locator('[data-nav="compare"]').textContent()).toBe('Comparer');

    await page.locator('[data-control="language"] button[data-value="en"]').click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('On course for 100 % sustainable public procurement?');
    expect(await headline.textContent()).toBe(percent(byCount.value!, 'en'));

    // Back walks through the earlier views: French, then Dutch by count, then Dutch by value.
    await page.goBack();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('fr');
    await page.goBack();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('nl');
    await page.goBack();
    await expect.poll(() => headline.getAttribute('data-value')).toBe(String(byValue.value));
    expect(problems).toEqual([]);
    await context.close();
  });

  it('reproduces a view exactly from a copied link', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(baseUrl);
    await page.getByTestId('headline-value').waitFor();
    await page.locator('[data-control="measure"] button[data-value="count"]').click();
    await page.locator('[data-control="language"] button[data-value="en"]').click();
    await page.locator('select[name="year"]').selectOption('2018');
    await page.locator('select[name="policyDomain"]').selectOption('MOW');
    await page.locator('[data-nav="themes"]').click();
    await page.locator('[data-theme-tab="6"]').click();
    await waitForCharts(page);
    const link = page.url();
    const heading = await page.locator('#theme-title').textContent();
    const ranking = await page.locator('#ranking-title').textContent();

    const copy = await openPage(browser);
    await copy.page.goto(link);
    await waitForCharts(copy.page);
    expect(copy.page.url()).toBe(link);
    expect(await copy.page.locator('#theme-title').textContent()).toBe(heading);
    expect(await copy.page.locator('#ranking-title').textContent()).toBe(ranking);
    expect(await copy.page.locator('select[name="policyDomain"]').inputValue()).toBe('MOW');
    expect(await copy.page.locator('[data-control="measure"] button[aria-pressed="true"]').getAttribute('data-value')).toBe('count');
    expect(copy.problems).toEqual([]);
    await copy.context.close();
    await context.close();
  });
});
