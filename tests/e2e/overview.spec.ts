import { download, normalizeSpace, pdfPages, smallestSize, TICKS } from './support/board-kit-files.ts';
import { api, navLink, percent, screenshot, waitForCharts, type ApiIndicator } from './support/browser.ts';
import { expect, test } from './support/fixtures.ts';

test.describe('overview', () => {
  test('shows as headline the sustainable share by value that the API computes for the latest year, with its records', async ({ page, problems, koers }) => {
    const result = await api<ApiIndicator>(koers.baseUrl, '/indicators/sustainable_value_share?groupBy=year&tier=flemish_government');
    const latest = result.rows.reduce((a, b) => (b.year! > a.year! ? b : a));
    await page.goto('/');
    const headline = page.getByTestId('headline-value');

    await expect(headline).toHaveAttribute('data-value', String(latest.value));
    await expect(headline).toHaveText(percent(latest.value!, 'nl-BE'));
    await expect(page.getByTestId('headline-records')).toHaveAttribute('data-n', String(latest.n));
    await expect(page.getByTestId('headline-records')).toContainText(new Intl.NumberFormat('nl-BE').format(latest.n));
    // The year read is pinned in the URL, so the link still shows this year after new imports.
    await expect(page).toHaveURL((url) => url.searchParams.get('year') === String(latest.year));
    // The status is said in words, with "missed by x points" once the target year has passed.
    const status = page.locator('[data-headline="sustainable_value_share"] [data-status]').first();
    if (latest.status === 'missed') await expect(status).toHaveText(/^Gemist met \d+,\d procentpunten$/);
    else await expect(status).toHaveText(/.{4}/);

    await waitForCharts(page);
    await screenshot(page, 'overview');
    expect(problems).toEqual([]);
  });

  test('labels demo data as demo data, in the header and on the methodology page', async ({ page, koers }) => {
    const meta = await api<{ dataset: string | null }>(koers.baseUrl, '/meta');
    expect(meta.dataset).toBe('demo');
    await page.goto('/');
    await expect(page.getByTestId('demo-badge')).toHaveText('Demodata');
    await navLink(page, 'Methode en datakwaliteit').click();
    await expect(page.getByTestId('methodology-demo')).toBeVisible();
    await expect(page.getByTestId('coverage-table')).toBeVisible();
    await screenshot(page, 'methodology');
  });

  test('gives every chart a one-sentence summary and a data table a screen reader can reach', async ({ page, problems }) => {
    await page.goto('/');
    await waitForCharts(page);
    const figures = page.locator('figure[data-chart]');
    const count = await figures.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const figure = figures.nth(i);
      const name = await figure.getAttribute('data-chart');
      const summary = (await figure.locator('[data-summary]').textContent()) ?? '';
      expect(summary.trim().split(/(?<=\.)\s/).length, `${name}: summary`).toBeGreaterThanOrEqual(1);
      await expect(figure.locator('.chart-figure__plot[role="group"]'), `${name}: accessible name`).toHaveAttribute('aria-label', summary);
      // Recharts' keyboard layer: the drawing takes focus, so a keyboard user can step through the years.
      await expect(figure.locator('.chart-figure__plot svg.recharts-surface'), `${name}: keyboard layer`).toHaveAttribute('tabindex', '0');
      // The table is in the document (read by screen readers) even before it is shown.
      const table = figure.locator('[data-chart-table] table');
      await expect(table, `${name}: table`).toHaveCount(1);
      expect(await table.locator('tbody tr').count(), `${name}: rows`).toBeGreaterThan(1);
      await expect(table.locator('caption')).toHaveText(/\S/);
      // …and a keyboard user can show it.
      const toggle = figure.locator('button[aria-expanded]');
      await toggle.focus();
      await page.keyboard.press('Enter');
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      await expect(table).toBeVisible();
    }
    expect(problems).toEqual([]);
  });

  test('shows the status of every theme’s indicators in words, with "monitoring only" where there is no target', async ({ page, koers }) => {
    const meta = await api<{ indicators: { id: string; theme: number; targets: unknown[] }[] }>(koers.baseUrl, '/meta');
    await page.goto('/');
    await expect(page.locator('.theme-card[data-theme]')).toHaveCount(6);
    for (const indicator of meta.indicators) {
      const badge = page.locator(`.indicator-line[data-indicator="${indicator.id}"] [data-status]`);
      if (indicator.targets.length === 0) {
        await expect(badge, indicator.id).toHaveAttribute('data-status', 'monitoring_only');
        await expect(badge).toHaveText('Enkel opvolging');
      } else {
        await expect(badge, indicator.id).toHaveAttribute('data-status', /^(?!monitoring_only$)./);
      }
    }
  });

  test('names the entity furthest behind in the chosen year, among entities with usable data, linked to its page', async ({ page, problems, koers }) => {
    const meta = await api<{ statusThresholds: { minN: number; minCoverage: number } }>(koers.baseUrl, '/meta');
    const { minN, minCoverage } = meta.statusThresholds;
    const result = await api<ApiIndicator>(koers.baseUrl, '/indicators/sustainable_value_share?groupBy=year,entity&tier=flemish_government');
    const usable = result.rows.filter((r) => r.year === 2019 && r.value !== null && r.n >= minN && r.coverage !== null && r.coverage >= minCoverage);
    const weakest = usable.reduce((a, b) => (b.value! < a.value! ? b : a));
    await page.goto('/?year=2019');
    const first = page.getByTestId('laggards').getByRole('listitem').first();
    await expect(first).toHaveAttribute('data-entity', weakest.entity!);
    await expect(first).toContainText(percent(weakest.value!, 'nl-BE'));
    await expect(first).toContainText(`n = ${new Intl.NumberFormat('nl-BE').format(weakest.n)}`);
    await first.getByRole('link').first().click();
    await expect(page).toHaveURL((url) => url.pathname === `/entities/${weakest.entity}`);
    expect(new URL(page.url()).searchParams.get('year')).toBe('2019');
    expect(problems).toEqual([]);
  });

  test('hands out a PDF whose first page answers for the chosen year: headline figure, status in words, progress and all six themes', async ({
    page,
    problems,
    koers,
  }) => {
    const meta = await api<{ themes: { id: number; name: { nl: string } }[] }>(koers.baseUrl, '/meta');
    const result = await api<ApiIndicator>(koers.baseUrl, '/indicators/sustainable_value_share?groupBy=year&tier=flemish_government');
    const row = result.rows.find((r) => r.year === 2019)!;
    await page.goto('/?year=2019');
    await waitForCharts(page);
    await expect(page.getByTestId('laggards').getByRole('listitem').first()).toBeVisible();
    const status = normalizeSpace((await page.locator('[data-headline="sustainable_value_share"] [data-status]').first().textContent()) ?? '');
    const file = await download(page, page.locator('[data-page-report]'));
    const pages = await pdfPages(file.bytes);
    const first = pages[0]!.text;
    expect(first).toContain(`Aandeel duurzame opdrachten in 2019 naar waarde: ${normalizeSpace(percent(row.value!, 'nl-BE'))}`);
    expect(first).toContain(status);
    expect(first).toContain('Afwijking van het groeipad');
    // The theme statuses may run on to a continuation page, but before any chart.
    const answer = pages
      .slice(0, 2)
      .map((p) => p.text)
      .join(' ');
    for (const theme of meta.themes) expect(answer, `theme ${theme.id}`).toContain(`${theme.id}. ${theme.name.nl.slice(0, 20)}`);
    expect(answer).toContain('Entiteiten die het verst achterop liggen in 2019');
    // A4 landscape.
    expect(Math.round(pages[0]!.width)).toBe(842);
    // The trend chart's ticks and legend are legible on paper (they came out at 5.8 pt).
    const chartPage = pages.find((p) => p.text.includes('Projectie aan waargenomen tempo'));
    expect(chartPage, 'a page with the trend chart').toBeDefined();
    const size = smallestSize(chartPage!, [...TICKS, 'Groeipad vanaf het basisjaar']);
    expect(size).toBeLessThan(Infinity);
    expect(size).toBeGreaterThanOrEqual(7.5);
    expect(problems).toEqual([]);
  });
});
