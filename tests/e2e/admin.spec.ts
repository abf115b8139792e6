/**
 * Signing in with a token, what each role is offered, and an administrator editing a target, on
 * the worker's demo database. The plan-wide 2020 target this file edits is put back as it was.
 */
import { apiWith, createToken, signIn, unexpected } from './support/admin-session.ts';
import { navLink, screenshot, waitForCharts } from './support/browser.ts';
import { expect, test } from './support/fixtures.ts';

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

let admin: string;
let viewer: string;
let original: Target | undefined;

async function storedTarget(baseUrl: string): Promise<Target | undefined> {
  const { body } = await apiWith<{ items: Target[] }>(baseUrl, null, 'GET', `/targets?indicator=${KEY.indicator}&scope=all`);
  return body.items.find((t) => t.year === KEY.year);
}

test.beforeAll(async ({ koers }) => {
  [admin, viewer] = await Promise.all([
    createToken(koers.databaseUrl, ['--role', 'admin', '--label', 'e2e targets admin']),
    createToken(koers.databaseUrl, ['--role', 'viewer', '--label', 'e2e viewer']),
  ]);
  original = await storedTarget(koers.baseUrl);
});

test.afterAll(async ({ koers }) => {
  // Put the plan's target back exactly (value and source), whatever a journey did to it.
  if (admin && original) {
    const now = await storedTarget(koers.baseUrl);
    if (!now || now.value !== original.value || now.source !== original.source) {
      await apiWith(koers.baseUrl, admin, 'PUT', '/targets', { ...KEY, value: original.value, source: original.source });
    }
  }
});

test.describe('signing in and what a role may do', () => {
  test('refuses a wrong token with a message, is usable with the keyboard, and keeps nothing', async ({ page, problems }) => {
    await page.goto('/targets');
    await expect(page.getByTestId('targets-list').locator('tbody tr').first()).toBeVisible();
    const signInButton = page.getByTestId('sign-in');
    await signInButton.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    // Focus starts in the token field; the rest of the page is inert behind the modal.
    await expect(dialog.getByLabel('Token')).toBeFocused();
    await expect(dialog.getByLabel('Token')).toHaveAttribute('name', 'token');
    await page.keyboard.type('koers_not-a-real-token');
    await page.keyboard.press('Enter');
    const error = dialog.getByRole('alert');
    await expect(error).toContainText('niet aanvaard');
    await expect(error).toHaveAttribute('data-testid', 'sign-in-error');
    expect(await page.evaluate(() => sessionStorage.getItem('koers:token'))).toBeNull();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(signInButton).toBeFocused();
    expect(unexpected(problems, [/HTTP 401 .*\/api\/v1\/session/, /status of 401/])).toEqual([]);
  });

  test('shows targets and their change log to everyone, and editing to nobody but an administrator', async ({ page, problems }) => {
    await page.goto('/targets');
    await expect(page.getByTestId('targets-list').locator(`tr[data-target="${ROW}"]`)).toBeVisible();
    await expect(page.getByTestId('target-changes')).toBeVisible();
    await expect(page.getByTestId('target-form')).toHaveCount(0);
    await expect(page.locator('[data-action="edit"], [data-action="remove"]')).toHaveCount(0);
    await expect(page.getByTestId('targets-admin-only')).toBeVisible();

    // A viewer reads, like anyone: still no editing and no import page.
    await signIn(page, viewer);
    await expect(page.getByTestId('session-role')).toHaveText('Lezer');
    await expect(navLink(page, 'Imports')).toHaveCount(0);
    await expect(page.getByTestId('target-form')).toHaveCount(0);
    await page.getByTestId('sign-out').click();
    await expect(page.getByTestId('sign-in')).toBeVisible();

    // An administrator gets the form, edit and remove.
    await signIn(page, admin);
    await expect(page.getByTestId('session-role')).toHaveText('Beheerder');
    await expect(page.getByTestId('target-form')).toBeVisible();
    await expect(navLink(page, 'Imports')).toHaveCount(1);
    await expect(page.locator(`tr[data-target="${ROW}"] [data-action="edit"]`)).toHaveCount(1);

    // Signing out takes it all away again and forgets the token.
    await page.getByTestId('sign-out').click();
    await expect(page.getByTestId('sign-in')).toBeVisible();
    await expect(page.getByTestId('target-form')).toHaveCount(0);
    await expect(navLink(page, 'Imports')).toHaveCount(0);
    expect(await page.evaluate(() => sessionStorage.getItem('koers:token'))).toBeNull();
    await expect(page.getByTestId('sign-in')).toBeFocused();
    expect(problems).toEqual([]);
  });

  test('says which fields are wrong and saves nothing: a target above 100 %, a domain not chosen', async ({ page, problems, koers }) => {
    await page.goto('/targets?lang=en');
    await signIn(page, admin);
    await expect(page.getByTestId('session-role')).toHaveText('Administrator');
    const form = page.getByTestId('target-form');
    await expect(form).toBeVisible();
    const { body: before } = await apiWith<{ items: unknown[] }>(koers.baseUrl, null, 'GET', '/targets/changes?limit=1000');

    await form.getByLabel('Indicator').selectOption('innovation_value_share');
    await form.getByLabel('Scope').selectOption('policy_domain');
    await form.getByLabel('Target (%)').fill('150');
    await page.getByTestId('target-save').click();
    await expect(page.getByTestId('target-form-error')).toContainText('not saved');
    await expect(form.getByLabel('Target (%)')).toHaveAttribute('aria-invalid', 'true');
    await expect(form.getByText('A target lies between 0 and 100 %.')).toBeVisible();
    await expect(form.getByLabel('Policy domain')).toHaveAttribute('aria-invalid', 'true');
    // The first field that is wrong takes focus.
    await expect(form.getByLabel('Policy domain')).toBeFocused();
    await expect(form.getByLabel('Policy domain')).toHaveAttribute('name', 'scopeCode');
    const { body: after } = await apiWith<{ items: unknown[] }>(koers.baseUrl, null, 'GET', '/targets/changes?limit=1000');
    expect(after.items.length).toBe(before.items.length);
    expect(problems).toEqual([]);
  });
});

test.describe('an administrator edits a target', () => {
  test('changes the plan-wide 2020 target; the change log shows old → new, and the overview and theme charts show the target in force', async ({
    page,
    problems,
  }) => {
    expect(original?.value).toBe(1);
    // Start on the overview so its answers are in the dashboard's cache before the change.
    await page.goto('/');
    await waitForCharts(page);
    await expect(page.locator('.headline--primary .headline__target')).toHaveText('doel 100% in 2020');
    await signIn(page, admin);

    await navLink(page, 'Doelen').click();
    const row = page.locator(`tr[data-target="${ROW}"]`);
    await row.locator('[data-action="edit"]').click();
    const percent = page.getByTestId('target-form').getByLabel('Doel (%)');
    await expect(percent).toBeFocused();
    await expect(percent).toHaveAttribute('name', 'percent');
    await expect(percent).toHaveValue('100');
    await percent.fill('95');
    await page.getByTestId('target-save').click();

    const status = page.getByTestId('target-form-status');
    await expect(status).toContainText('Opgeslagen');
    await expect(status).toContainText('100% → 95%');
    await expect(row).toHaveAttribute('data-value', '0.95');
    const latest = page.getByTestId('target-changes').locator('tbody tr').first();
    await expect(latest).toHaveAttribute('data-new', '0.95');
    await expect(latest).toHaveAttribute('data-old', '1');
    await expect(latest.getByTestId('change-values')).toHaveText('100% → 95%');
    await expect(latest).toContainText('e2e targets admin');
    await screenshot(page, 'targets-edited');

    // Back on the overview (in the same tab, so from the dashboard's own cache): the new target.
    await navLink(page, 'Overzicht').click();
    await expect(page.locator('.headline--primary .headline__target')).toHaveText('doel 95% in 2020');
    await waitForCharts(page);
    await expect(page.locator('[data-chart="overview-trend"] .chart-legend')).toContainText('95%');

    // The sustainable-procurement theme (the default theme page) measures against it too.
    await navLink(page, 'Thema’s').click();
    await expect(page).toHaveURL(/\/themes/);
    await waitForCharts(page);
    await expect(page.locator('[data-chart="theme-sustainable_value_share"] .chart-legend')).toContainText('95%');

    expect(problems).toEqual([]);
  });
});
