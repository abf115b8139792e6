/**
 * Policy events administered as a person would: everyone reads them on /events; an administrator
 * adds one for an entity, and that entity's trends (not the overview's) draw it; removing it takes
 * it off again. The event this file adds is removed at the end whatever happened.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiWith, createToken, signIn } from './support/admin-session.ts';
import { launchBrowser, openPage, screenshot, waitForCharts } from './support/browser.ts';

const baseUrl = inject('baseUrl');
const databaseUrl = inject('databaseUrl');
const DATE = '2019-05-26';

interface PolicyEvent {
  id: number;
  date: string;
}

let browser: Browser;
let admin: string;

beforeAll(async () => {
  browser = await launchBrowser();
  admin = await createToken(databaseUrl, ['--role', 'admin', '--label', 'e2e events admin']);
});

afterAll(async () => {
  const { body } = await apiWith<{ items: PolicyEvent[] }>(baseUrl, null, 'GET', '/events');
  for (const e of body.items.filter((x) => x.date === DATE)) await apiWith(baseUrl, admin, 'DELETE', `/events/${e.id}`);
  await browser?.close();
});

describe('policy events page', () => {
  it('lists the plan’s milestones to everyone, without a form', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${baseUrl}/events`);
    await page.locator('[data-events-table]').waitFor();
    expect(await page.locator('[data-event-row]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-event-row')))).toEqual(['2016-01-29', '2017-06-30', '2018-01-01']);
    expect(await page.locator('[data-event-form]').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('lets an administrator add an event for one entity, drawn on its trends only, and remove it again', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${baseUrl}/events`);
    await signIn(page, admin);
    const form = page.locator('[data-event-form]');
    await form.waitFor();
    await form.getByLabel('Datum').fill(DATE);
    await form.getByLabel('Omschrijving (NL)').fill('Nieuw aankoopbeleid AWV');
    await form.getByLabel('Omschrijving (FR)').fill('Nouvelle politique d’achat AWV');
    await form.getByLabel('Omschrijving (EN)').fill('New purchasing policy AWV');
    await form.getByLabel('Bereik').selectOption('entity');
    await form.getByLabel('Voor').selectOption('AWV');
    await form.locator('[data-event-save]').click();
    await expect.poll(() => page.locator('[data-event-status]').textContent()).toMatch(/\S/);
    expect(await page.locator('[data-event-status]').textContent()).toContain('auditlogboek');
    await page.locator(`[data-event-row="${DATE}"]`).waitFor();
    expect(await page.locator('[data-event-status]').textContent()).toContain('auditlogboek');
    await screenshot(page, 'events-admin');

    await page.goto(`${baseUrl}/entities/AWV`);
    await waitForCharts(page);
    await page.locator(`[data-event-badge="${DATE}"]`).first().waitFor({ state: 'attached' });
    expect(await page.locator('.chart-legend li[data-legend="event"] > span', { hasText: 'Nieuw aankoopbeleid AWV' }).count()).toBeGreaterThan(0);
    await page.goto(baseUrl);
    await waitForCharts(page);
    await page.locator('[data-event-badge="2016-01-29"]').first().waitFor({ state: 'attached' });
    expect(await page.locator(`[data-event-badge="${DATE}"]`).count(), 'not on the government-wide trend').toBe(0);

    await page.goto(`${baseUrl}/events`);
    page.once('dialog', (dialog) => void dialog.accept());
    await page.locator(`[data-event-row="${DATE}"] button`, { hasText: 'Verwijderen' }).click();
    await expect.poll(() => page.locator(`[data-event-row="${DATE}"]`).count()).toBe(0);
    const audit = await apiWith<{ items: { action: string }[] }>(baseUrl, admin, 'GET', '/audit?action=event_create,event_remove&limit=2');
    expect(audit.body.items.map((i) => i.action)).toEqual(['event_remove', 'event_create']);
    expect(problems).toEqual([]);
    await context.close();
  });
});
