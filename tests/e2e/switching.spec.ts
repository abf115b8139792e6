import { api, percent, waitForCharts, type ApiIndicator } from './support/browser.ts';
import { expect, test } from './support/fixtures.ts';

const latestOf = (result: ApiIndicator) => result.rows.reduce((a, b) => (b.year! > a.year! ? b : a));

test.describe('switching measure and language', () => {
  test('switches the headline between value and count, and the language of every label and number', async ({ page, problems, koers }) => {
    const byValue = latestOf(await api<ApiIndicator>(koers.baseUrl, '/indicators/sustainable_value_share?groupBy=year&tier=flemish_government'));
    const byCount = latestOf(await api<ApiIndicator>(koers.baseUrl, '/indicators/sustainable_count_share?groupBy=year&tier=flemish_government'));
    await page.goto('/');
    const headline = page.getByTestId('headline-value');
    await expect(headline).toHaveText(percent(byValue.value!, 'nl-BE'));

    await page.locator('[data-control="measure"] button[data-value="count"]').click();
    await expect(page).toHaveURL(/measure=count/);
    await expect(headline).toHaveAttribute('data-value', String(byCount.value));
    await expect(headline).toHaveText(percent(byCount.value!, 'nl-BE'));
    await expect(page.locator('[data-chart="overview-trend"]').getByRole('heading', { level: 2 })).toContainText('Aandeel duurzaam (aantal)');

    await page.locator('[data-control="language"] button[data-value="fr"]').click();
    await expect(page).toHaveURL(/lang=fr/);
    const h1 = page.getByRole('heading', { level: 1 });
    await expect(h1).toHaveText('En route vers 100 % de marchés publics durables ?');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(headline).toHaveText(percent(byCount.value!, 'fr-BE'));
    await expect(page.locator('[data-nav="compare"]')).toHaveText('Comparer');

    await page.locator('[data-control="language"] button[data-value="en"]').click();
    await expect(h1).toHaveText('On course for 100 % sustainable public procurement?');
    await expect(headline).toHaveText(percent(byCount.value!, 'en'));

    // Back walks through the earlier views: French, then Dutch by count, then Dutch by value.
    await page.goBack();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await page.goBack();
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await page.goBack();
    await expect(headline).toHaveAttribute('data-value', String(byValue.value));
    expect(problems).toEqual([]);
  });

  test('reproduces a view exactly from a copied link', async ({ page, openPage }) => {
    await page.goto('/');
    await expect(page.getByTestId('headline-value')).toBeVisible();
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

    const copy = await openPage();
    await copy.page.goto(link);
    await waitForCharts(copy.page);
    expect(copy.page.url()).toBe(link);
    await expect(copy.page.locator('#theme-title')).toHaveText(heading!);
    await expect(copy.page.locator('#ranking-title')).toHaveText(ranking!);
    await expect(copy.page.locator('select[name="policyDomain"]')).toHaveValue('MOW');
    await expect(copy.page.locator('[data-control="measure"] button[aria-pressed="true"]')).toHaveAttribute('data-value', 'count');
    expect(copy.problems).toEqual([]);
  });
});
