/**
 * Printing gives a handout without waste: no blank page, no page holding only the print header,
 * cards and ranking rows never split, on A4 landscape.
 */
import { normalizeSpace, pdfPages } from './support/board-kit-files.ts';
import { waitForCharts } from './support/browser.ts';
import { expect, test } from './support/fixtures.ts';

test.describe('printing a page', () => {
  for (const path of ['/compare?year=2020', '/?year=2019', '/entities/AWV?year=2020']) {
    test(`prints ${path} on A4 landscape without blank or header-only pages`, async ({ page, problems }) => {
      await page.goto(path);
      await waitForCharts(page);
      await page.emulateMedia({ media: 'print' });
      const header = normalizeSpace((await page.locator('[data-print-header]').textContent()) ?? '');
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      const pages = await pdfPages(pdf);
      expect(Math.round(pages[0]!.width)).toBe(842);
      pages.forEach((p, i) => {
        expect(p.text.length, `page ${i + 1} of ${path} is blank`).toBeGreaterThan(0);
        expect(p.text.replace(header, '').trim().length, `page ${i + 1} of ${path} holds only the header`).toBeGreaterThan(20);
      });
      expect(problems).toEqual([]);
    });
  }
});
