import { api, percent, screenshot, waitForCharts, type ApiIndicator } from './support/browser.ts';
import { expect, test } from './support/fixtures.ts';

test.describe('entity scorecard', () => {
  test('opened from a link, shows that entity in that year and language', async ({ page, problems, koers }) => {
    const result = await api<ApiIndicator>(koers.baseUrl, '/indicators/sustainable_value_share?groupBy=year&entity=AWV');
    const row = result.rows.find((r) => r.year === 2019)!;
    await page.goto('/entities/AWV?year=2019&lang=en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Agentschap Wegen en Verkeer (AWV)');
    const value = page.getByTestId('scorecard-value-sustainable_value_share');
    await expect(value).toHaveAttribute('data-value', String(row.value));
    await expect(value).toHaveText(percent(row.value!, 'en'));
    await expect(page.locator('select[name="year"]')).toHaveValue('2019');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    // Compared with its policy domain and all entities, pooled.
    await expect(page.locator('[data-indicator="sustainable_value_share"] .chart-legend')).toContainText('Policy domain MOW (pooled)');
    await waitForCharts(page);
    await screenshot(page, 'entity-scorecard');
    expect(problems).toEqual([]);
  });

  test('is reached from the list of entities, and the back button returns to the list', async ({ page, problems }) => {
    await page.goto('/entities');
    await page.locator('[data-entity-link="VDAB"]').click();
    await expect(page).toHaveURL(/\/entities\/VDAB/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('(VDAB)');
    await page.goBack();
    await expect(page).toHaveURL((url) => url.pathname === '/entities');
    await expect(page.locator('[data-entity-link="VDAB"]')).toBeVisible();
    await screenshot(page, 'entities');
    expect(problems).toEqual([]);
  });
});
