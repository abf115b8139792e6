/**
 * The local tier in the browser: the map of Flanders draws the 300 municipalities with the values
 * the API gives, keyboard focus reaches a municipality and shows its figures, a click opens it, and
 * Lievegem's page shows 2017 in today's boundaries (the records of Lovendegem, Waarschoot and Zomergem).
 */
import { download, normalizeSpace, openExportMenu, svgTexts } from './support/board-kit-files.ts';
import { api, percent, screenshot, type ApiIndicator } from './support/browser.ts';
import { expect, test } from './support/fixtures.ts';

interface Meta {
  entities: { code: string; kind: string; tier: string; validTo: string | null }[];
  statusThresholds: { minN: number; minCoverage: number };
}

test.describe('local governments', () => {
  test('draws the map of Flanders with every municipality coloured by the value the API gives, or hatched', async ({ page, problems, koers }) => {
    const meta = await api<Meta>(koers.baseUrl, '/meta');
    const municipalities = new Set(meta.entities.filter((e) => e.tier === 'local' && e.kind === 'gemeente' && !e.validTo).map((e) => e.code));
    expect(municipalities.size).toBe(300);
    const answer = await api<ApiIndicator>(koers.baseUrl, '/indicators/sustainable_value_share?groupBy=entity&tier=local&from=2019&to=2019');

    await page.goto('/?tier=local&year=2019&lang=en');
    await expect(page.locator('[data-map="flanders"] a[data-nis]').first()).toBeVisible();
    const drawn = await page.locator('[data-map="flanders"] a[data-nis]').evaluateAll((links) =>
      links.map((a) => ({
        nis: a.getAttribute('data-nis')!,
        value: a.getAttribute('data-value'),
        insufficient: a.getAttribute('data-insufficient') === 'true',
        fill: a.querySelector('path')!.getAttribute('fill'),
      })),
    );
    expect(drawn).toHaveLength(300);
    expect(new Set(drawn.map((d) => d.nis))).toEqual(municipalities);
    const { minN, minCoverage } = meta.statusThresholds;
    let coloured = 0;
    for (const area of drawn) {
      const row = answer.rows.find((r) => r.entity === area.nis)!;
      expect(row, area.nis).toBeDefined();
      const enough = row.value !== null && row.n >= minN && row.coverage !== null && row.coverage >= minCoverage;
      expect(area.insufficient, area.nis).toBe(!enough);
      if (enough) {
        coloured++;
        expect(Number(area.value)).toBe(row.value);
        expect(area.fill).toMatch(/^#/);
      } else expect(area.fill).toBe('url(#koers-map-hatch)');
    }
    expect(coloured).toBeGreaterThan(200);
    expect(drawn.some((d) => d.insufficient)).toBe(true);
    await expect(page.locator('[data-chart="flanders-map"] [data-summary]')).toHaveText(/^\d+ municipalities coloured/);
    await expect(page.locator('[data-chart="flanders-map"] .map-legend li')).toHaveCount(6);
    await screenshot(page, 'local-map');
    expect(problems).toEqual([]);
  });

  test('lets the keyboard reach a municipality, shows its value, and opens it', async ({ page, problems, koers }) => {
    const answer = await api<ApiIndicator>(koers.baseUrl, '/indicators/sustainable_value_share?groupBy=entity&tier=local&from=2020&to=2020');
    const gent = answer.rows.find((r) => r.entity === '44021')!;
    await page.goto('/?tier=local&year=2020&lang=en');
    const first = page.locator('[data-map="flanders"] a[data-nis]').first();
    await expect(first).toBeVisible();
    // Tab through the page until a municipality of the map has focus.
    let reached = false;
    for (let i = 0; i < 80 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(
        () => document.activeElement?.closest('[data-map="flanders"]') !== null && document.activeElement?.hasAttribute('data-nis') === true,
      );
    }
    expect(reached).toBe(true);
    const tip = page.locator('.flanders-map__tip');
    await expect(tip).toBeVisible();
    const focused = await page.evaluate(() => document.activeElement!.getAttribute('data-nis'));
    const row = answer.rows.find((r) => r.entity === focused)!;
    if (row.value !== null) await expect(tip).toContainText(percent(row.value, 'en'));
    await expect(tip).toContainText(`n = ${row.n}`);

    // Gent by focus: its name, value, n and coverage; Enter opens its page.
    await page.locator('[data-map="flanders"] a[data-nis="44021"]').focus();
    await expect(tip).toContainText('Gent');
    await expect(tip).toContainText(percent(gent.value!, 'en'));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/municipalities\/44021/);
    await expect(page.getByRole('heading', { level: 1, name: 'Gent' })).toBeVisible();
    expect(problems).toEqual([]);
  });

  test('shows Lievegem’s 2017 in today’s boundaries: the records of the municipalities merged into it', async ({ page, problems, koers }) => {
    const lievegem = await api<ApiIndicator>(koers.baseUrl, '/indicators/sustainable_value_share?groupBy=year&entity=44085');
    const row2017 = lievegem.rows.find((r) => r.year === 2017)!;
    expect(row2017.n).toBeGreaterThan(0);
    const historical = await api<ApiIndicator>(koers.baseUrl, '/indicators/sustainable_value_share?groupBy=year&entity=44085&boundaries=historical');
    expect(historical.rows.find((r) => r.year === 2017)).toBeUndefined();

    await page.goto('/municipalities/44085?lang=en&year=2020');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lievegem');
    await expect(page.locator('.page-header')).toContainText('Lovendegem');
    const trend = page.locator('[data-chart="municipality-trend"] [data-chart-table] table');
    await expect(trend).toBeAttached();
    const text = (await trend.textContent()) ?? '';
    expect(text).toContain('2017');
    expect(text).toContain(percent(row2017.value!, 'en'));
    // The scorecard compares with the province and population class.
    await expect(page.locator('#municipality-scorecard')).toContainText('2020');
    await screenshot(page, 'municipality-lievegem');
    expect(problems).toEqual([]);
  });

  test('ranks the municipalities of a province with insufficient data flagged, and switches tier in the URL', async ({ page, problems }) => {
    await page.goto('/compare?lang=en&year=2020');
    await page.locator('[data-control="tier"] button[data-value="local"]').click();
    await expect(page).toHaveURL(/tier=local/);
    await page.locator('select[name="province"]').selectOption('40000');
    await expect(page).toHaveURL(/province=40000/);
    await expect(page.locator('[data-chart="compare-ranking"] .chart-figure__title')).toContainText('Provincie Oost-Vlaanderen');
    expect(problems).toEqual([]);
  });

  test('shows the map as a slide in presentation mode', async ({ page, problems }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto('/present?slides=overview,map&slide=2&lang=en&year=2020');
    await expect(page.locator('[data-map="flanders"] a[data-nis]')).toHaveCount(300);
    await expect(page.getByRole('heading', { level: 1 }).first()).toContainText('Local governments');
    await screenshot(page, 'local-map-slide');
    expect(problems).toEqual([]);
  });

  test('exports the map as SVG and PNG with its title, filters, data date and the demo label drawn on it', async ({ page, problems }) => {
    await page.goto('/?tier=local&year=2019');
    const figure = page.locator('[data-chart="flanders-map"]');
    await expect(figure.locator('a[data-nis]').first()).toBeVisible();
    await openExportMenu(figure);
    const svg = (await download(page, figure.locator('[data-export="svg"]'))).bytes.toString('utf8');
    expect(svg).toMatch(/^<\?xml[^>]*>\s*<svg /);
    expect((svg.match(/<path[ >]/g) ?? []).length).toBeGreaterThanOrEqual(300);
    const all = svgTexts(svg).map(normalizeSpace).join('\n');
    expect(all).toContain('per gemeente, 2019');
    expect(all).toContain('Bestuurslaag: Lokale besturen');
    expect(all).toContain('DEMODATA');
    expect(all).toContain('Onvoldoende gegevens');
    await openExportMenu(figure);
    const png = await download(page, figure.locator('[data-export="png"]'));
    expect(png.fileName).toMatch(/^koers-flanders-map-.*\.png$/);
    expect(problems).toEqual([]);
  });
});
