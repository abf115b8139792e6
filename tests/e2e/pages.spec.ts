import { navLink, screenshot, waitForCharts } from './support/browser.ts';
import { expect, test } from './support/fixtures.ts';

test.describe('every page', () => {
  const pages = [
    { name: 'themes', path: '/themes/5', charts: true },
    { name: 'themes-innovation-en', path: '/themes/6?lang=en', charts: true },
    { name: 'compare-within-domain-fr', path: '/compare?policyDomain=MOW&entity=AWV&lang=fr', charts: true },
    { name: 'methodology-en', path: '/methodology?lang=en', charts: false },
  ];

  for (const { name, path, charts } of pages) {
    test(`${path} loads without a script error and names itself in the tab`, async ({ page, problems }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      if (charts) await waitForCharts(page);
      else await expect(page.getByRole('table').first()).toBeVisible();
      await expect(page).toHaveTitle(/ · Koers$/);
      await screenshot(page, name);
      expect(problems).toEqual([]);
    });
  }

  test.describe('on a 1024 px laptop', () => {
    test.use({ viewport: { width: 1024, height: 768 } });
    test('fits a laptop screen beside a projector (1024 px) without a horizontal scroll bar', async ({ page }) => {
      await page.goto('/');
      await waitForCharts(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await screenshot(page, 'overview-1024');
    });
  });

  test('can be used with the keyboard: skip link, navigation and focus on the new page’s heading', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('headline-value')).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveClass('skip-link');
    await navLink(page, 'Vergelijken').focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/compare/);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  });

  test('says so when the API cannot be reached, and offers to try again', async ({ page }) => {
    await page.route('**/api/v1/indicators/**', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({ error: 'unavailable', message: 'the database is not reachable; try again shortly' }),
      }),
    );
    await page.goto('/');
    const error = page.locator('[data-state="error"]').first();
    await expect(error).toContainText('the database is not reachable', { timeout: 20_000 });
    await expect(error.getByRole('button')).toHaveText('Opnieuw proberen');
  });
});
