/**
 * Accessible names contain what is shown: axe-core (with `label-content-name-mismatch` switched on,
 * an experimental rule it leaves off by default) finds no serious or critical violation on the
 * pages a board member reads.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { waitForCharts } from './support/browser.ts';
import { expect, test } from './support/fixtures.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string; html: string }[];
}

async function seriousViolations(page: Page): Promise<Violation[]> {
  // Injected through the devtools protocol: the page's Content-Security-Policy rightly refuses inline scripts.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document, { rules: { 'label-content-name-mismatch': { enabled: true } } });
    return result.violations;
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

const describeViolations = (violations: Violation[]) =>
  violations.map((v) => `${v.id} (${v.impact}, ${v.nodes.length} nodes): ${v.help}\n  e.g. ${v.nodes[0]?.html.slice(0, 160)}`).join('\n');

test.describe('accessible names', () => {
  for (const path of [
    '/?year=2020',
    '/themes/5?year=2020',
    '/entities/AWV?year=2020',
    '/compare?year=2020',
    '/evidence?indicator=sustainable_value_share&year=2020',
    '/methodology',
  ]) {
    test(`has no serious or critical axe violation on ${path}`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
      if (!path.startsWith('/evidence') && !path.startsWith('/methodology')) await waitForCharts(page);
      await page.waitForLoadState('networkidle');
      const violations = await seriousViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
    });
  }
});
