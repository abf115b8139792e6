/**
 * Signing in with a token, what each role is offered, and an administrator editing a target, on
 * the shared demo database. The plan-wide 2020 target this file edits is put back as it was.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiWith, createToken, signIn, unexpected } from './support/admin-session.ts';
import { launchBrowser, openPage, screenshot, waitForCharts } from './support/browser.ts';

const baseUrl = inject('baseUrl');
const databaseUrl = inject('databaseUrl');

interface Target {
  indicator: string;
  scope: string;
  scopeCode: string | null;
  year: number;
  value: number;
  source: string;
}

const KEY = { indicator: 'sustainable_value_share', scope: 'all', scopeCode: null, year: 2020 };
const ROW = `${KEY.indicator}|${KEY.scope}||${KEY.year}`;

let browser: Browser;
let admin: string;
let viewer: string;
let original: Target | undefined;

async function storedTarget(): Promise<Target | undefined> {
  const { body } = await apiWith<{ items: Target[] }>(baseUrl, null, 'GET', `/targets?indicator=${KEY.indicator}&scope=all`);
  return body.items.find((t) => t.year === KEY.year);
}

beforeAll(async () => {
  browser = await launchBrowser();
  [admin, viewer] = await Promise.all([createToken(databaseUrl, ['--role', 'admin', '--label', 'e2e targets admin']), createToken(databaseUrl, ['--role', 'viewer', '--label', 'e2e viewer'])]);
  original = await storedTarget();
});

afterAll(async () => {
  // Put the plan's target back exactly (value and source), whatever a journey did to it.
  if (admin && original) {
    const now = await storedTarget();
    if (!now || now.value !== original.value || now.source !== original.source) {
      await apiWith(baseUrl, admin, 'PUT', '/targets', { ...KEY, value: original.value, source: original.source });
    }
  }
  await browser?.close();
});

describe('signing in and what a role may do', () => {
  it('refuses a wrong token with a message, is usable with the keyboard, and keeps nothing', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${baseUrl}/targets`);
    await page.getByTestId('targets-list').locator('tbody tr').first().waitFor();
    const signInButton = page.getByTestId('sign-in');
    await signInButton.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByTestId('sign-in-dialog');
    await dialog.waitFor();
    // Focus starts in the token field; the rest of the page is inert behind the modal.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('token');
    await page.keyboard.type('koers_not-a-real-token');
    await page.keyboard.press('Enter');
    const error = page.getByTestId('sign-in-error');
    await error.filter({ hasText: 'niet aanvaard' }).waitFor();
    expect(await error.getAttribute('role')).toBe('alert');
    expect(await page.evaluate(() => sessionStorage.getItem('koers:token'))).toBeNull();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('sign-in');
    expect(unexpected(problems, [/HTTP 401 .*\/api\/v1\/session/, /status of 401/])).toEqual([]);
    await context.close();
  });

  it('shows targets and their change log to everyone, and editing to nobody but an administrator', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${baseUrl}/targets`);
    await page.getByTestId('targets-list').locator(`tr[data-target="${ROW}"]`).waitFor();
    await page.getByTestId('target-changes').waitFor();
    expect(await page.getByTestId('target-form').count()).toBe(0);
    expect(await page.locator('[data-action="edit"], [data-action="remove"]').count()).toBe(0);
    expect(await page.getByTestId('targets-admin-only').isVisible()).toBe(true);

    // A viewer reads, like anyone: still no editing and no import page.
    await signIn(page, viewer);
    expect(await page.getByTestId('session-role').textContent()).toBe('Lezer');
    expect(await page.locator('[data-nav="imports"]').count()).toBe(0);
    expect(await page.getByTestId('target-form').count()).toBe(0);
    await page.getByTestId('sign-out').click();
    await page.getByTestId('sign-in').waitFor();

    // An administrator gets the form, edit and remove.
    await signIn(page, admin);
    expect(await page.getByTestId('session-role').textContent()).toBe('Beheerder');
    await page.getByTestId('target-form').waitFor();
    expect(await page.locator('[data-nav="imports"]').count()).toBe(1);
    expect(await page.locator(`tr[data-target="${ROW}"] [data-action="edit"]`).count()).toBe(1);

    // Signing out takes it all away again and forgets the token.
    await page.getByTestId('sign-out').click();
    await page.getByTestId('sign-in').waitFor();
    expect(await page.getByTestId('target-form').count()).toBe(0);
    expect(await page.locator('[data-nav="imports"]').count()).toBe(0);
    expect(await page.evaluate(() => sessionStorage.getItem('koers:token'))).toBeNull();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('sign-in');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('says which fields are wrong and saves nothing: a target above 100 %, a domain not chosen', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${baseUrl}/targets?lang=en`);
    await signIn(page, admin);
    expect(await page.getByTestId('session-role').textContent()).toBe('Administrator');
    const form = page.getByTestId('target-form');
    await form.waitFor();
    const { body: before } = await apiWith<{ items: unknown[] }>(baseUrl, null, 'GET', '/targets/changes?limit=1000');

    await form.getByLabel('Indicator').selectOption('innovation_value_share');
    await form.getByLabel('Scope').selectOption('policy_domain');
    await form.getByLabel('Target (%)').fill('150');
    await page.getByTestId('target-save').click();
    await page.getByTestId('target-form-error').filter({ hasText: 'not saved' }).waitFor();
    expect(await form.getByLabel('Target (%)').getAttribute('aria-invalid')).toBe('true');
    expect(await form.getByText('A target lies between 0 and 100 %.').isVisible()).toBe(true);
    expect(await form.getByLabel('Policy domain').getAttribute('aria-invalid')).toBe('true');
    // The first field that is wrong takes focus.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('scopeCode');
    const { body: after } = await apiWith<{ items: unknown[] }>(baseUrl, null, 'GET', '/targets/changes?limit=1000');
    expect(after.items.length).toBe(before.items.length);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('an administrator edits a target', () => {
  it('changes the plan-wide 2020 target; the change log shows old → new, and the overview and theme charts show the target in force', async () => {
    expect(original?.value).toBe(1);
    const { page, problems, context } = await openPage(browser);
    // Start on the overview so its answers are in the dashboard's cache before the change.
    await page.goto(baseUrl);
    await waitForCharts(page);
    expect(await page.locator('.headline--primary .headline__target').textContent()).toBe('doel 100% in 2020');
    await signIn(page, admin);

    await page.locator('[data-nav="targets"]').click();
    const row = page.locator(`tr[data-target="${ROW}"]`);
    await row.waitFor();
    await row.locator('[data-action="edit"]').click();
    const percent = page.getByTestId('target-form').getByLabel('Doel (%)');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('percent');
    expect(await percent.inputValue()).toBe('100');
    await percent.fill('95');
    await page.getByTestId('target-save').click();

    const status = page.getByTestId('target-form-status');
    await status.filter({ hasText: 'Opgeslagen' }).waitFor();
    expect(await status.textContent()).toContain('100% → 95%');
    await expect.poll(() => row.getAttribute('data-value')).toBe('0.95');
    const latest = page.getByTestId('target-changes').locator('tbody tr').first();
    await expect.poll(() => latest.getAttribute('data-new')).toBe('0.95');
    expect(await latest.getAttribute('data-old')).toBe('1');
    expect(await latest.getByTestId('change-values').textContent()).toBe('100% → 95%');
    expect(await latest.textContent()).toContain('e2e targets admin');
    await screenshot(page, 'targets-edited');

    // Back on the overview (in the same tab, so from the dashboard's own cache): the new target.
    await page.locator('[data-nav="overview"]').click();
    await expect.poll(() => page.locator('.headline--primary .headline__target').textContent()).toBe('doel 95% in 2020');
    await waitForCharts(page);
    expect(await page.locator('[data-chart="overview-trend"] .chart-legend').textContent()).toContain('95%');

    // The sustainable-procurement theme (the default theme page) measures against it too.
    await page.locator('[data-nav="themes"]').click();
    await page.waitForURL(/\/themes/);
    await waitForCharts(page);
    await expect.poll(() => page.locator('[data-chart="theme-sustainable_value_share"] .chart-legend').textContent()).toContain('95%');

    expect(problems).toEqual([]);
    await context.close();
  });
});
