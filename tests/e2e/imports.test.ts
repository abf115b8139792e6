/**
 * Data stewards' journeys on the import page, on the shared demo database. Every record these
 * journeys write (AWV, 2019, dossier ids starting E2E-IMP-) is undone before the file ends, so
 * the other journeys see the demo data as seeded.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiWith, createToken, signIn, templateCsv, unexpected } from './support/admin-session.ts';
import { launchBrowser, openPage, screenshot } from './support/browser.ts';

const baseUrl = inject('baseUrl');
const databaseUrl = inject('databaseUrl');
const RUN = Date.now().toString(36).toUpperCase();
const FILE = `e2e-imports-${RUN}.csv`;
/** A 422 for an import rejected whole is what these journeys expect to see. */
const EXPECTED = [/HTTP 422 .*\/api\/v1\/imports/, /status of 422/];

let browser: Browser;
let admin: string;
let editor: string;

interface Entry {
  id: number;
  fileName: string;
  applied: boolean;
  dryRun: boolean;
  undoneAt: string | null;
  accepted: number;
  updated: number;
  rejected: number;
  status: string;
}

/** AWV's records of 2019, the ones the journeys' files would add to. */
async function awv2019(): Promise<number> {
  const { body } = await apiWith<{ total: number }>(baseUrl, null, 'GET', '/records?entity=AWV&from=2019&to=2019&limit=1');
  return body.total;
}

async function history(): Promise<Entry[]> {
  return (await apiWith<{ items: Entry[] }>(baseUrl, null, 'GET', '/imports?limit=50')).body.items;
}

/** Two good rows (spreadsheet rows 2 and 4) and one with a negative amount (row 3). */
const oneBadRow = templateCsv([
  [`E2E-IMP-${RUN}-1`, 'AWV', '2019-03-01', '1000'],
  [`E2E-IMP-${RUN}-2`, 'AWV', '2019-03-02', '-5'],
  [`E2E-IMP-${RUN}-3`, 'AWV', '31/03/2019', '"1.234,50"'],
]);

async function upload(page: Page, name: string, content: Buffer, options: { partial?: boolean } = {}): Promise<void> {
  const form = page.getByTestId('upload-form');
  await form.locator('input[type="file"]').setInputFiles({ name, mimeType: 'text/csv', buffer: content });
  if (options.partial) await form.getByLabel(/Gedeeltelijk/).check();
  else await form.getByLabel(/Alles of niets/).check();
  const before = page.url();
  await page.getByTestId('upload-submit').click();
  // The page opens the new import's report at its own address.
  await page.waitForURL((url) => url.href !== before && /\/imports\/\d+$/.test(url.pathname));
  await page.getByTestId('import-outcome').waitFor();
  // …and the stored entry (who, when, checksum) has arrived, so nothing moves under the mouse.
  await page.getByTestId('import-report').getByTestId('import-checksum').waitFor();
}

beforeAll(async () => {
  browser = await launchBrowser();
  [admin, editor] = await Promise.all([createToken(databaseUrl, ['--role', 'admin', '--label', 'e2e imports admin']), createToken(databaseUrl, ['--role', 'editor', '--entity', 'AWV', '--label', 'e2e editor AWV'])]);
});

afterAll(async () => {
  // Whatever a failed journey left applied is undone, newest first, so the demo data stays as seeded.
  if (admin) {
    for (const entry of await history()) {
      if (entry.fileName.includes(RUN) && entry.applied && !entry.dryRun && !entry.undoneAt && entry.status === 'done') {
        await apiWith(baseUrl, admin, 'POST', `/imports/${entry.id}/undo`);
      }
    }
  }
  await browser?.close();
});

describe('imports', () => {
  it('offers anonymous readers no import page, no upload and no undo, but lets them read the history', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(baseUrl);
    await page.getByTestId('headline-value').waitFor();
    expect(await page.locator('[data-nav="imports"]').count()).toBe(0);
    expect(await page.getByTestId('sign-in').textContent()).toBe('Aanmelden');

    await page.goto(`${baseUrl}/imports`);
    await page.getByTestId('import-history').locator('tbody tr').first().waitFor();
    expect(await page.getByTestId('import-sign-in-hint').isVisible()).toBe(true);
    expect(await page.getByTestId('upload-form').count()).toBe(0);
    expect(await page.locator('[data-action="undo"]').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('says at once that a file is over the server’s upload limit, and sends nothing', async () => {
    const entries = (await history()).length;
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${baseUrl}/imports?lang=en`);
    await signIn(page, editor);
    const form = page.getByTestId('upload-form');
    await form.waitFor();
    // The server of these journeys accepts 2 MB (KOERS_MAX_UPLOAD_MB=2).
    const big = Buffer.concat([oneBadRow, Buffer.alloc(3 * 1024 * 1024, 0x20)]);
    await form.locator('input[type="file"]').setInputFiles({ name: `too-big-${RUN}.csv`, mimeType: 'text/csv', buffer: big });
    const problem = page.getByTestId('upload-error');
    await expect.poll(() => problem.textContent()).toMatch(/This file is 3 MB; this server accepts files up to 2 MB/);
    let posted = false;
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().includes('/api/v1/imports')) posted = true;
    });
    await page.getByTestId('upload-submit').click();
    expect(await problem.textContent()).toMatch(/up to 2 MB/);
    expect(posted).toBe(false);
    expect((await history()).length).toBe(entries);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('rejects a file with one bad row whole, names its row and column, and writes nothing; partial mode then writes the rest, the history lists it, and undo restores', async () => {
    const before = await awv2019();
    const { page, problems, context } = await openPage(browser);
    await page.goto(baseUrl);
    await signIn(page, admin);
    expect(await page.getByTestId('session-role').textContent()).toBe('Beheerder');
    // The token lives in this tab's sessionStorage only, never in the address or localStorage.
    expect(await page.evaluate(() => sessionStorage.getItem('koers:token'))).toBe(admin);
    expect(await page.evaluate((token) => Object.values(localStorage).some((v) => v.includes(token)), admin)).toBe(false);
    expect(page.url()).not.toContain('koers_');

    await page.locator('[data-nav="imports"]').click();
    await page.getByTestId('upload-form').waitFor();
    // An admin may add unknown buyers; the option is there.
    expect(await page.getByLabel(/Onbekende aankopers/).count()).toBe(1);

    // All or nothing: rejected whole.
    await upload(page, FILE, oneBadRow);
    const report = page.getByTestId('import-report');
    expect(await report.locator('[data-outcome]').getAttribute('data-outcome')).toBe('rejected');
    expect(await page.getByTestId('import-outcome').textContent()).toContain('Niets geschreven');
    const errors = report.locator('[data-messages="errors"] tbody tr');
    expect(await errors.count()).toBe(1);
    expect(await errors.first().getAttribute('data-row')).toBe('3');
    expect(await errors.first().getAttribute('data-column')).toBe('bedrag_excl_btw');
    // Said in the reader's language, from the code the API sends with the English sentence.
    expect(await errors.first().locator('td').last().getAttribute('data-code')).toBe('negative_amount');
    expect(await errors.first().locator('td').last().textContent()).toBe('"-5" is negatief; een gegund bedrag kan niet onder nul liggen');
    expect(await report.locator('[data-count="rejected"]').getAttribute('data-value')).toBe('1');
    expect(await report.getByTestId('import-checksum').textContent()).toMatch(/^[0-9a-f]{64}$/);
    expect(await awv2019()).toBe(before);
    const rejectedId = Number(new URL(page.url()).pathname.split('/').pop());
    await screenshot(page, 'imports-rejected');

    // Partial: the two valid rows are written, the bad one reported.
    await upload(page, FILE, oneBadRow, { partial: true });
    const partialId = Number(new URL(page.url()).pathname.split('/').pop());
    expect(partialId).toBeGreaterThan(rejectedId);
    expect(await page.getByTestId('import-report').locator('[data-outcome]').getAttribute('data-outcome')).toBe('partial');
    expect(await page.getByTestId('import-report').locator('[data-count="accepted"]').getAttribute('data-value')).toBe('2');
    expect(await awv2019()).toBe(before + 2);

    // The history lists it first, newest first, with who, file, counts and status.
    const rows = page.getByTestId('import-history').locator('tbody tr');
    await expect.poll(() => rows.first().getAttribute('data-import-id')).toBe(String(partialId));
    const row = page.locator(`tr[data-import-id="${partialId}"]`);
    expect(await row.getAttribute('data-status')).toBe('partial');
    expect(await row.locator('[data-count="accepted"]').textContent()).toBe('2');
    expect(await row.locator('[data-count="rejected"]').textContent()).toBe('1');
    expect(await row.textContent()).toContain(FILE);
    expect(await row.textContent()).toContain('e2e imports admin');
    // Rejected imports wrote nothing, so they offer no undo.
    expect(await page.locator(`tr[data-import-id="${rejectedId}"] [data-action="undo"]`).count()).toBe(0);

    // An older entry opens to its full report.
    await page.locator(`tr[data-import-id="${rejectedId}"] [data-action="open-report"]`).click();
    await page.waitForURL((url) => url.pathname === `/imports/${rejectedId}`);
    await page.getByTestId('import-report').locator(`[data-messages="errors"] tr[data-row="3"]`).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('import-detail-title');

    // Undo: a confirm dialog; Escape backs out, the keyboard lands where it was.
    const undoButton = page.locator(`tr[data-import-id="${partialId}"] [data-action="undo"]`);
    await undoButton.click();
    await page.getByTestId('undo-dialog').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('undo-dialog').waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('undo');
    expect(await awv2019()).toBe(before + 2);

    await undoButton.click();
    await page.getByTestId('undo-confirm').click();
    const result = page.getByTestId('undo-result');
    await result.filter({ hasText: 'Ongedaan gemaakt' }).waitFor();
    expect(await result.textContent()).toContain('2 verwijderd');
    await screenshot(page, 'imports-undone');
    await page.getByTestId('undo-dialog').getByRole('button', { name: 'Sluiten' }).click();
    await expect.poll(() => page.locator(`tr[data-import-id="${partialId}"]`).getAttribute('data-status')).toBe('undone');
    expect(await page.locator(`tr[data-import-id="${partialId}"] [data-action="undo"]`).count()).toBe(0);
    expect(await awv2019()).toBe(before);

    expect(unexpected(problems, EXPECTED)).toEqual([]);
    await context.close();
  });

  it('shows a file going up, then the server reading it, then its report', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${baseUrl}/imports`);
    await signIn(page, admin);
    await page.getByTestId('upload-form').waitFor();
    // Every progress line the page shows, as it shows it.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { progressSeen: string[] }).progressSeen = seen;
      new MutationObserver(() => {
        const bar = document.querySelector('[data-testid="upload-progress"]');
        const line = bar ? `${bar.getAttribute('data-phase')}|${bar.textContent}` : null;
        if (line && seen.at(-1) !== line) seen.push(line);
      }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    // Just under the e2e server's 2 MB upload limit, so the server imports it in its own process.
    const rows = Array.from({ length: 44_000 }, (_, i) => [`E2E-IMP-${RUN}-L${i}`, 'AWV', '2019-06-01', '100']);
    const form = page.getByTestId('upload-form');
    await form.locator('input[type="file"]').setInputFiles({ name: `e2e-large-${RUN}.csv`, mimeType: 'text/csv', buffer: templateCsv(rows) });
    // A dry run: the shared demo data stays as it is.
    await form.getByLabel(/Proefimport/).check();
    await page.getByTestId('upload-submit').click();
    await page.getByTestId('import-outcome').waitFor({ timeout: 120_000 });
    expect(await page.getByTestId('upload-progress').count()).toBe(0);
    expect(await page.getByTestId('import-report').locator('[data-count="accepted"]').getAttribute('data-value')).toBe('44000');
    const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
    expect(seen.some((line) => /^importing\|Importeren: \d+\s?% gelezen, [\d.]+ rijen$/.test(line)), seen.join('\n')).toBe(true);
    expect(unexpected(problems, EXPECTED)).toEqual([]);
    await context.close();
  }, 180_000);

  it('refuses an editor’s file holding another entity’s row, naming that row, and writes nothing', async () => {
    const before = await awv2019();
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${baseUrl}/imports`);
    await signIn(page, editor);
    expect(await page.getByTestId('session-role').textContent()).toBe('Redacteur voor AWV');
    await page.getByTestId('upload-form').waitFor();
    expect(await page.getByTestId('editor-scope').textContent()).toContain('AWV');
    // Adding entities and undoing are for administrators.
    expect(await page.getByLabel(/Onbekende aankopers/).count()).toBe(0);
    await page.getByTestId('import-history').locator('tbody tr').first().waitFor();
    expect(await page.locator('[data-action="undo"]').count()).toBe(0);

    const file = templateCsv([
      [`E2E-IMP-${RUN}-E1`, 'AWV', '2019-05-01', '500'],
      [`E2E-IMP-${RUN}-E2`, 'ABB', '2019-05-02', '700'],
    ]);
    await upload(page, `e2e-editor-${RUN}.csv`, file, { partial: true });
    const report = page.getByTestId('import-report');
    expect(await report.locator('[data-outcome]').getAttribute('data-outcome')).toBe('rejected');
    const error = report.locator('[data-messages="errors"] tbody tr');
    expect(await error.count()).toBe(1);
    expect(await error.getAttribute('data-row')).toBe('3');
    expect(await error.getAttribute('data-column')).toBe('entiteit');
    expect(await error.locator('td').last().textContent()).toBe('voor entiteit ABB mag je niet importeren (wel voor AWV)');
    expect(await awv2019()).toBe(before);
    await screenshot(page, 'imports-editor-refused');
    expect(unexpected(problems, EXPECTED)).toEqual([]);
    await context.close();
  });

  it('never leaves the demo seed one click from removal: its undo waits for the number of records to be typed', async () => {
    const seed = (await history()).find((e) => e.status === 'done' && e.applied && !e.dryRun && !e.undoneAt && e.accepted + e.updated >= 1000);
    expect(seed, 'the seeded demo import').toBeDefined();
    const touched = seed!.accepted + seed!.updated;
    const { page, problems, context } = await openPage(browser);
    await page.goto(baseUrl);
    await signIn(page, admin);
    await page.locator('[data-nav="imports"]').click();
    await page.locator(`tr[data-import-id="${seed!.id}"] [data-action="undo"]`).click();
    await page.getByTestId('undo-dialog').waitFor();
    const confirm = page.getByTestId('undo-confirm');
    expect(await confirm.isDisabled()).toBe(true);
    await page.getByTestId('undo-type-count').fill(String(touched - 1));
    expect(await confirm.isDisabled()).toBe(true);
    await page.getByTestId('undo-type-count').fill(new Intl.NumberFormat('nl-BE').format(touched));
    expect(await confirm.isDisabled()).toBe(false);
    // Backed out: nothing undone.
    await page.keyboard.press('Escape');
    await page.getByTestId('undo-dialog').waitFor({ state: 'detached' });
    expect((await history()).find((e) => e.id === seed!.id)!.undoneAt).toBeNull();
    expect(problems).toEqual([]);
    await context.close();
  });
});
