/**
 * Policy events administered as a person would: everyone reads them on /events; an administrator
 * adds one for an entity, and that entity's trends (not the overview's) draw it; removing it takes
 * it off again. The event this file adds is removed at the end whatever happened.
 */
import { apiWith, createToken, signIn } from './support/admin-session.ts';
import { screenshot, waitForCharts } from './support/browser.ts';
import { expect, test } from './support/fixtures.ts';

const DATE = '2019-05-26';

interface PolicyEvent {
  id: number;
  date: string;
}

let admin: string;

test.beforeAll(async ({ koers }) => {
  admin = await createToken(koers.databaseUrl, ['--role', 'admin', '--label', 'e2e events admin']);
});

test.afterAll(async ({ koers }) => {
  const { body } = await apiWith<{ items: PolicyEvent[] }>(koers.baseUrl, null, 'GET', '/events');
  for (const e of body.items.filter((x) => x.date === DATE)) await apiWith(koers.baseUrl, admin, 'DELETE', `/events/${e.id}`);
});

test.describe('policy events page', () => {
  test('lists the plan’s milestones to everyone, without a form', async ({ page, problems }) => {
    await page.goto('/events');
    await expect(page.locator('[data-events-table]')).toBeVisible();
    expect(await page.locator('[data-event-row]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-event-row')))).toEqual([
      '2016-01-29',
      '2017-06-30',
      '2018-01-01',
    ]);
    await expect(page.locator('[data-event-form]')).toHaveCount(0);
    expect(problems).toEqual([]);
  });

  test('lets an administrator add an event for one entity, drawn on its trends only, and remove it again', async ({ page, problems, koers }) => {
    await page.goto('/events');
    await signIn(page, admin);
    const form = page.locator('[data-event-form]');
    await form.getByLabel('Datum').fill(DATE);
    await form.getByLabel('Omschrijving (NL)').fill('Nieuw aankoopbeleid AWV');
    await form.getByLabel('Omschrijving (FR)').fill('Nouvelle politique d’achat AWV');
    await form.getByLabel('Omschrijving (EN)').fill('New purchasing policy AWV');
    await form.getByLabel('Bereik').selectOption('entity');
    await form.getByLabel('Voor').selectOption('AWV');
    await form.locator('[data-event-save]').click();
    // The first thing the status line says is that the change is in the audit log.
    await expect(page.locator('[data-event-status]')).toHaveText(/\S/);
    expect(await page.locator('[data-event-status]').textContent()).toContain('auditlogboek');
    await expect(page.locator(`[data-event-row="${DATE}"]`)).toBeVisible();
    await expect(page.locator('[data-event-status]')).toContainText('auditlogboek');
    await screenshot(page, 'events-admin');

    await page.goto('/entities/AWV');
    await waitForCharts(page);
    await expect(page.locator(`[data-event-badge="${DATE}"]`).first()).toBeAttached();
    await expect(page.locator('.chart-legend li[data-legend="event"] > span', { hasText: 'Nieuw aankoopbeleid AWV' }).first()).toBeAttached();
    await page.goto('/');
    await waitForCharts(page);
    await expect(page.locator('[data-event-badge="2016-01-29"]').first()).toBeAttached();
    await expect(page.locator(`[data-event-badge="${DATE}"]`), 'not on the government-wide trend').toHaveCount(0);

    await page.goto('/events');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.locator(`[data-event-row="${DATE}"]`).getByRole('button', { name: 'Gebeurtenis van 26 mei 2019 verwijderen', exact: true }).click();
    await expect(page.locator(`[data-event-row="${DATE}"]`)).toHaveCount(0);
    const audit = await apiWith<{ items: { action: string }[] }>(koers.baseUrl, admin, 'GET', '/audit?action=event_create,event_remove&limit=2');
    expect(audit.body.items.map((i) => i.action)).toEqual(['event_remove', 'event_create']);
    expect(problems).toEqual([]);
  });
});
