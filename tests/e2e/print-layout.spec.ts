/**
 * Printing gives a handout without waste: no blank page, no page holding only the print header,
 * cards and ranking rows never split, on A4 landscape. A browser prints in two ways, and both are
 * checked: at once, with the charts as they were drawn for the screen (scaled by the print style
 * sheet), or after the page has redrawn them for the page's width.
 */
import type { Page } from '@playwright/test';
import { normalizeSpace, pdfPages } from './support/board-kit-files.ts';
import { waitForCharts } from './support/browser.ts';
import { expect, test } from './support/fixtures.ts';

async function printPages(page: Page) {
  const header = normalizeSpace((await page.locator('[data-print-header]').textContent()) ?? '');
  const pages = await pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  return { header, pages };
}

function expectNoWaste({ header, pages }: Awaited<ReturnType<typeof printPages>>, what: string) {
  expect(Math.round(pages[0]!.width)).toBe(842);
  pages.forEach((p, i) => {
    expect(p.text.length, `page ${i + 1} of ${what} is blank`).toBeGreaterThan(0);
    expect(p.text.replace(header, '').trim().length, `page ${i + 1} of ${what} holds only the header`).toBeGreaterThan(20);
  });
}

/** Switches to print media and waits until every chart has been redrawn at its printed width. */
async function redrawForPrint(page: Page) {
  await page.emulateMedia({ media: 'print' });
  await page.waitForFunction(() =>
    [...document.querySelectorAll<HTMLElement>('.rchart[data-drawn]')].every(
      (box) => Number(box.querySelector('svg.recharts-surface')?.getAttribute('width')) === Math.floor(box.getBoundingClientRect().width),
    ),
  );
}

test.describe('printing a page', () => {
  for (const path of ['/compare?year=2020', '/?year=2019', '/entities/AWV?year=2020']) {
    test(`prints ${path} on A4 landscape without blank or header-only pages, at once and after redrawing for print`, async ({ page, problems }) => {
      await page.goto(path);
      await waitForCharts(page);
      expectNoWaste(await printPages(page), `${path} printed at once`);
      await redrawForPrint(page);
      expectNoWaste(await printPages(page), `${path} redrawn for print`);
      expect(problems).toEqual([]);
    });
  }

  // Trailing space that does not fit starts a page of its own: wherever the last table row ends
  // on its page (moved down a few pixels at a time), nothing blank follows it.
  test('starts no blank page wherever the last row of a long table ends', async ({ page, problems }) => {
    await page.goto('/compare?year=2020');
    await waitForCharts(page);
    for (let shift = 0; shift <= 96; shift += 6) {
      await page.evaluate((height) => {
        const tables = document.querySelectorAll('main table');
        const last = tables[tables.length - 1]!;
        let spacer = document.getElementById('print-test-spacer');
        if (!spacer) {
          spacer = document.createElement('div');
          spacer.id = 'print-test-spacer';
          (last.closest('.table-scroll') ?? last).before(spacer);
        }
        spacer.style.height = `${height}px`;
      }, shift);
      expectNoWaste(await printPages(page), `/compare?year=2020 with the table ${shift} px lower`);
    }
    expect(problems).toEqual([]);
  });
});
