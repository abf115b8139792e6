/**
 * The charts as board members use them: every chart drawn by Recharts, slides that fit every
 * projector from 1024×768 to 1920×1080 with every year label on screen and uncovered, phones
 * without sideways scrolling, the policy events on the trend, an axis that holds the unknown
 * band, rankings with target and status colours, and one's own entity picked out on /compare.
 */
import { screenshot, waitForCharts } from './support/browser.ts';
import { expect, test } from './support/fixtures.ts';

/** "18,7%" → 0.187 (Dutch number format). */
const share = (text: string) => Number(text.replace(/[^\d,]/g, '').replace(',', '.')) / 100;

test.describe('charts', () => {
  test('draws every chart of the dashboard’s pages with Recharts, with its keyboard layer', async ({ page, problems }) => {
    for (const path of ['/', '/themes/5', '/entities/AWV', '/compare', '/present?slides=overview,theme:6']) {
      await page.goto(path);
      await waitForCharts(page);
      const plots = await page.locator('figure[data-chart] .chart-figure__plot').evaluateAll((nodes) =>
        nodes.map((n) => ({
          recharts: n.querySelector('svg.recharts-surface') !== null,
          other: n.querySelectorAll('svg:not(.recharts-surface):not(.recharts-surface svg)').length,
        })),
      );
      expect(plots.length, path).toBeGreaterThan(0);
      for (const plot of plots) expect(plot, path).toEqual({ recharts: true, other: 0 });
    }
    expect(problems).toEqual([]);
  });

  for (const [width, height] of [
    [1024, 768],
    [1280, 720],
    [1366, 768],
    [1920, 1080],
  ] as const) {
    test.describe(`on a ${width}×${height} projector`, () => {
      test.use({ viewport: { width, height } });
      test(`fits a slide on a ${width}×${height} projector: every year label on screen and uncovered, the controls on one row`, async ({ page, problems }) => {
        await page.goto('/present?slides=overview,theme:6,entity:AWV');
        for (let i = 1; i <= 3; i++) {
          await expect(
            page.locator(`section.slide[data-slide-index="${i}"][data-ready="true"] .rchart[data-drawn] .recharts-line-curve`).first(),
          ).toBeVisible();
          const check = await page.evaluate(() => {
            const ticks = [...document.querySelectorAll('section.slide .recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value')];
            const years = ticks.map((tick) => {
              const r = tick.getBoundingClientRect();
              const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
              return {
                text: tick.textContent,
                onScreen: r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0 && r.right <= window.innerWidth,
                uncovered: hit !== null && tick.contains(hit),
              };
            });
            const zero = document.querySelector('section.slide .recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value');
            const buttons = [...document.querySelectorAll('.presentation__bar button')].map((b) => Math.round(b.getBoundingClientRect().top));
            return {
              years,
              zeroOnScreen: zero ? zero.getBoundingClientRect().bottom <= window.innerHeight : false,
              rows: new Set(buttons).size,
              pageScroll: document.documentElement.scrollHeight - window.innerHeight,
            };
          });
          expect(check.years.length, `slide ${i}: years`).toBeGreaterThanOrEqual(5);
          for (const year of check.years) expect(year, `slide ${i}: year ${year.text}`).toEqual({ text: year.text, onScreen: true, uncovered: true });
          expect(check.zeroOnScreen, `slide ${i}: 0 % line`).toBe(true);
          expect(check.rows, `slide ${i}: one row of controls`).toBe(1);
          expect(check.pageScroll, `slide ${i}: no scrolling`).toBeLessThanOrEqual(0);
          if (i === 1) await screenshot(page, `slide-${width}x${height}`);
          await page.keyboard.press('ArrowRight');
        }
        expect(problems).toEqual([]);
      });
    });
  }

  test.describe('on a 390 px phone', () => {
    test.use({ viewport: { width: 390, height: 844 } });
    test('lets no page scroll sideways on a 390 px phone, status pills included', async ({ page, problems }) => {
      for (const path of ['/', '/themes/5', '/entities/AWV', '/compare', '/evidence', '/methodology', '/targets']) {
        await page.goto(path);
        await expect(page.getByRole('main').getByRole('heading', { level: 1 }).first()).toBeVisible();
        await page.waitForLoadState('networkidle');
        const widths = await page.evaluate(() => ({
          page: document.documentElement.scrollWidth,
          // (A pill inside a table that scrolls on its own does not move the page.)
          pills: Math.max(
            0,
            ...[...document.querySelectorAll('.status')].filter((s) => !s.closest('.table-scroll')).map((s) => s.getBoundingClientRect().right),
          ),
        }));
        expect(widths.page, `${path}: page width`).toBeLessThanOrEqual(390);
        expect(widths.pills, `${path}: status pills`).toBeLessThanOrEqual(390);
      }
      await screenshot(page, 'phone-methodology-390');
      expect(problems).toEqual([]);
    });
  });

  test('draws the policy event of 29 January 2016 on the overview trend, and lists it in the legend and the table', async ({ page, problems }) => {
    await page.goto('/');
    await waitForCharts(page);
    const figure = page.locator('[data-chart="overview-trend"]');
    const badge = figure.locator('[data-event-badge="2016-01-29"]');
    await expect(badge).toBeVisible();
    // Between the years 2016 and 2017, near 2016 (late January).
    const x = (await badge.locator('circle').boundingBox())!;
    const tick = async (year: string) =>
      (await figure.locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value', { hasText: year }).boundingBox())!;
    const [y2016, y2017] = [await tick('2016'), await tick('2017')];
    const centre = (b: { x: number; width: number }) => b.x + b.width / 2;
    expect(centre(x)).toBeGreaterThan(centre(y2016));
    expect(centre(x)).toBeLessThan(centre(y2016) + (centre(y2017) - centre(y2016)) * 0.2);
    await expect(badge.locator('text')).toHaveText('1');
    const legend = await figure.locator('.chart-legend li[data-legend="event"] > span').allTextContents();
    expect(legend[0]).toBe('29 januari 2016: De Vlaamse Regering keurt het plan overheidsopdrachten goed');
    await expect(figure.locator('[data-chart-table] tbody tr', { hasText: '2016' }).first()).toContainText('29 januari 2016');
    expect(problems).toEqual([]);
  });

  test('gives the value axis room for the whole unknown band, and explains hollow markers in the legend only when drawn', async ({ page, problems }) => {
    await page.goto('/themes/6');
    await waitForCharts(page);
    const figure = page
      .locator('figure[data-chart]')
      .filter({ has: page.locator('.chart-band') })
      .first();
    const bandHigh = Math.max(
      ...(await figure.locator('[data-chart-table] tbody tr').evaluateAll((rows) => rows.map((r) => r.querySelectorAll('td')[1]?.textContent ?? '')))
        .filter((t) => t.includes('–'))
        .map((t) => share(t.split('–')[1]!)),
    );
    const axisTop = Math.max(...(await figure.locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value').allTextContents()).map(share));
    expect(bandHigh).toBeGreaterThan(0.05);
    expect(axisTop).toBeGreaterThanOrEqual(bandHigh);

    await page.goto('/');
    await waitForCharts(page);
    const trend = page.locator('[data-chart="overview-trend"]');
    const hollow = await trend.locator('.recharts-line-dots circle[fill="#fff"]').count();
    await expect(trend.locator('.chart-legend li[data-legend="hollow"]')).toHaveCount(hollow > 0 ? 1 : 0);
    // The legend's own markers are filled: a hollow one would say "too little data".
    for (const fill of await trend.locator('.chart-legend li[data-legend="line"] circle').evaluateAll((c) => c.map((n) => n.getAttribute('fill'))))
      expect(fill).not.toBe('#fff');
    expect(problems).toEqual([]);
  });

  test('draws the target on a ranking, colours bars by status, and keeps the pooled line clear of the value labels', async ({ page, problems }) => {
    // 2019: before the target year, so entities differ in status (in 2020 most have missed it).
    await page.goto('/compare?year=2019');
    await waitForCharts(page);
    const figure = page.locator('[data-chart="compare-ranking"]');
    await expect(figure.locator('.chart-target line')).toBeAttached();
    const fills = new Set(await figure.locator('.recharts-bar-rectangle path').evaluateAll((bars) => bars.map((b) => b.getAttribute('fill'))));
    expect(fills.size, 'more than one status colour').toBeGreaterThan(1);
    await expect(figure.locator('.chart-legend li[data-legend="bar"]')).toHaveCount(fills.size);
    const overlaps = await figure.evaluate((root) => {
      const line = root.querySelector('.chart-reference line')!.getBoundingClientRect();
      return [...root.querySelectorAll('.rchart__value')].filter((label) => {
        const r = label.getBoundingClientRect();
        return r.left < line.right && r.right > line.left && r.top < line.bottom && r.bottom > line.top;
      }).length;
    });
    expect(overlaps).toBe(0);

    // One's own entity, chosen on the page itself.
    await page.locator('select[name="highlight"]').selectOption('AWV');
    await expect(page).toHaveURL((url) => url.searchParams.get('entity') === 'AWV');
    await expect(figure.locator('.recharts-bar-rectangle path[fill="url(#koers-hatch-highlight)"]')).toHaveCount(1);
    await screenshot(page, 'compare-ranking');
    expect(problems).toEqual([]);
  });
});
