import { api, screenshot, waitForCharts, type ApiIndicator } from './support/browser.ts';
import { expect, test } from './support/fixtures.ts';

interface RecordPage {
  total: number;
  items: { entity: string; criteria: string | null }[];
}

test.describe('evidence behind the numbers', () => {
  test('opens the records behind a bar when it is clicked: same indicator, entity and year', async ({ page, problems, koers }) => {
    const year = 2020;
    const ranking = await api<ApiIndicator>(
      koers.baseUrl,
      `/indicators/sustainable_value_share?groupBy=year,entity&tier=flemish_government&from=${year}&to=${year}`,
    );
    const best = ranking.rows.filter((r) => r.value !== null && r.n >= 5 && (r.coverage ?? 0) >= 0.8).reduce((a, b) => (b.value! > a.value! ? b : a));
    await page.goto(`/compare?year=${year}`);
    await waitForCharts(page);
    await screenshot(page, 'compare');
    // The top bar is the best-ranked entity.
    await page.locator('[data-chart="compare-ranking"] .chart-bar .recharts-bar-rectangle path').first().click();
    await expect(page).toHaveURL(/\/evidence\?/);
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      entity: best.entity,
      indicator: 'sustainable_value_share',
      part: 'numerator',
      year: String(year),
    });

    const expected = await api<RecordPage>(
      koers.baseUrl,
      `/records?indicator=sustainable_value_share&part=numerator&entity=${best.entity}&from=${year}&to=${year}&limit=50`,
    );
    await expect(page.getByTestId('records-range')).toHaveAttribute('data-total', String(expected.total));
    const table = page.getByTestId('records-table');
    const rows = table.locator('tbody').getByRole('row');
    await expect(rows).toHaveCount(Math.min(50, expected.total));
    const entities = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-record-entity')));
    expect(new Set(entities)).toEqual(new Set([best.entity]));
    // Every record in the numerator has its criteria fully integrated.
    expect((await table.locator('tbody td.answer').allTextContents()).map((t) => t.trim())).toEqual(expected.items.map(() => 'Volledig geïntegreerd'));
    // The number itself is shown with the records, with its n.
    await expect(page.getByTestId('the-number').locator('[data-value]')).toHaveAttribute('data-value', String(best.value));
    await screenshot(page, 'evidence');
    expect(problems).toEqual([]);
  });

  test('pages and sorts the records, and switches between numerator and denominator', async ({ page, problems, koers }) => {
    const all = await api<RecordPage>(
      koers.baseUrl,
      '/records?indicator=sustainable_count_share&part=denominator&tier=flemish_government&from=2019&to=2019&limit=1',
    );
    await page.goto('/evidence?year=2019&indicator=sustainable_count_share&part=numerator');
    await expect(page.getByTestId('records-table')).toBeVisible();
    await page.locator('[data-part="denominator"]').click();
    await expect(page).toHaveURL(/part=denominator/);
    await expect(page.getByTestId('records-range')).toHaveAttribute('data-total', String(all.total));
    await expect(page.locator('[data-part-total="denominator"]')).toHaveText(new Intl.NumberFormat('nl-BE').format(all.total));

    await page.getByTestId('next-page').first().click();
    await expect(page).toHaveURL(/cursors=/);
    await expect(page.getByTestId('records-range').first()).toHaveText(/^Opdrachten 51–100 van /);

    await page.locator('button[data-sort="value_eur"]').click();
    await expect(page).toHaveURL(/sort=value_eur/);
    // A new sort starts again on the first page, largest amounts first.
    expect(page.url()).not.toContain('cursors=');
    await expect(page.getByTestId('records-range').first()).toHaveText(/^Opdrachten 1–50 van /);
    const top = await api<{ items: { valueEur: number | null }[] }>(
      koers.baseUrl,
      '/records?indicator=sustainable_count_share&part=denominator&tier=flemish_government&from=2019&to=2019&limit=1&sort=value_eur&direction=desc',
    );
    // The previous page stays on screen (marked busy) until the sorted one arrives.
    await expect(page.locator('section.records[aria-busy="false"]')).toBeVisible();
    const firstAmount = page.getByTestId('records-table').locator('tbody tr').first().locator('td.num');
    await expect(firstAmount).toHaveText(
      new Intl.NumberFormat('nl-BE', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(top.items[0]!.valueEur!),
    );
    expect(problems).toEqual([]);
  });
});
