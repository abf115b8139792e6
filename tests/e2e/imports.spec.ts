/**
 * Data stewards' journeys on the import page, on the worker's demo database. Every record these
 * journeys write (AWV, 2019, dossier ids starting E2E-IMP-) is undone before the file ends, so
 * the other journeys see the demo data as seeded.
 */
import type { Page } from '@playwright/test';
import { apiWith, createToken, signIn, templateCsv, unexpected } from './support/admin-session.ts';
import { navLink, screenshot } from './support/browser.ts';
import { expect, test } from './support/fixtures.ts';

const RUN = Date.now().toString(36).toUpperCase();
const FILE = `e2e-imports-${RUN}.csv`;
/** A 422 for an import rejected whole is what these journeys expect to see. */
const EXPECTED = [/HTTP 422 .*\/api\/v1\/imports/, /status of 422/];

let baseUrl: string;
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
  await expect(page).toHaveURL((url) => url.href !== before && /\/imports\/\d+$/.test(url.pathname));
  await expect(page.getByTestId('import-outcome')).toBeVisible();
  // …and the stored entry (who, when, checksum) has arrived, so nothing moves under the mouse.
  await expect(page.getByTestId('import-report').getByTestId('import-checksum')).toBeVisible();
}

test.beforeAll(async ({ koers }) => {
  baseUrl = koers.baseUrl;
  [admin, editor] = await Promise.all([
    createToken(koers.databaseUrl, ['--role', 'admin', '--label', 'e2e imports admin']),
    createToken(koers.databaseUrl, ['--role', 'editor', '--entity', 'AWV', '--label', 'e2e editor AWV']),
  ]);
});

test.afterAll(async () => {
  // Whatever a failed journey left applied is undone, newest first, so the demo data stays as seeded.
  if (admin) {
    for (const entry of await history()) {
      if (entry.fileName.includes(RUN) && entry.applied && !entry.dryRun && !entry.undoneAt && entry.status === 'done') {
        await apiWith(baseUrl, admin, 'POST', `/imports/${entry.id}/undo`);
      }
    }
  }
});

test.describe('imports', () => {
  test('offers anonymous readers no import page, no upload and no undo, but lets them read the history', async ({ page, problems }) => {
    await page.goto('/');
    await expect(page.getByTestId('headline-value')).toBeVisible();
    await expect(navLink(page, 'Imports')).toHaveCount(0);
    await expect(page.getByTestId('sign-in')).toHaveText('Aanmelden');

    await page.goto('/imports');
    await expect(page.getByTestId('import-history').locator('tbody tr').first()).toBeVisible();
    await expect(page.getByTestId('import-sign-in-hint')).toBeVisible();
    await expect(page.getByTestId('upload-form')).toHaveCount(0);
    await expect(page.locator('[data-action="undo"]')).toHaveCount(0);
    expect(problems).toEqual([]);
  });

  test('says at once that a file is over the server’s upload limit, and sends nothing', async ({ page, problems }) => {
    const entries = (await history()).length;
    await page.goto('/imports?lang=en');
    await signIn(page, editor);
    const form = page.getByTestId('upload-form');
    await expect(form).toBeVisible();
    // The server of these journeys accepts 2 MB (KOERS_MAX_UPLOAD_MB=2).
    const big = Buffer.concat([oneBadRow, Buffer.alloc(3 * 1024 * 1024, 0x20)]);
    await form.locator('input[type="file"]').setInputFiles({ name: `too-big-${RUN}.csv`, mimeType: 'text/csv', buffer: big });
    const problem = page.getByTestId('upload-error');
    await expect(problem).toHaveText(/This file is 3 MB; this server accepts files up to 2 MB/);
    let posted = false;
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().includes('/api/v1/imports')) posted = true;
    });
    await page.getByTestId('upload-submit').click();
    await expect(problem).toHaveText(/up to 2 MB/);
    expect(posted).toBe(false);
    expect((await history()).length).toBe(entries);
    expect(problems).toEqual([]);
  });

  test('rejects a file with one bad row whole, names its row and column, and writes nothing; partial mode then writes the rest, the history lists it, and undo restores', async ({
    page,
    problems,
  }) => {
    const before = await awv2019();
    await page.goto('/');
    await signIn(page, admin);
    await expect(page.getByTestId('session-role')).toHaveText('Beheerder');
    // The token lives in this tab's sessionStorage only, never in the address or localStorage.
    expect(await page.evaluate(() => sessionStorage.getItem('koers:token'))).toBe(admin);
    expect(await page.evaluate((token) => Object.values(localStorage).some((v) => v.includes(token)), admin)).toBe(false);
    expect(page.url()).not.toContain('koers_');

    await navLink(page, 'Imports').click();
    await expect(page.getByTestId('upload-form')).toBeVisible();
    // An admin may add unknown buyers; the option is there.
    await expect(page.getByLabel(/Onbekende aankopers/)).toHaveCount(1);

    // All or nothing: rejected whole.
    await upload(page, FILE, oneBadRow);
    const report = page.getByTestId('import-report');
    await expect(report.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'rejected');
    await expect(page.getByTestId('import-outcome')).toContainText('Niets geschreven');
    const errors = report.locator('[data-messages="errors"] tbody tr');
    await expect(errors).toHaveCount(1);
    await expect(errors.first()).toHaveAttribute('data-row', '3');
    await expect(errors.first()).toHaveAttribute('data-column', 'bedrag_excl_btw');
    // Said in the reader's language, from the code the API sends with the English sentence.
    await expect(errors.first().locator('td').last()).toHaveAttribute('data-code', 'negative_amount');
    await expect(errors.first().locator('td').last()).toHaveText('"-5" is negatief; een gegund bedrag kan niet onder nul liggen');
    await expect(report.locator('[data-count="rejected"]')).toHaveAttribute('data-value', '1');
    await expect(report.getByTestId('import-checksum')).toHaveText(/^[0-9a-f]{64}$/);
    expect(await awv2019()).toBe(before);
    const rejectedId = Number(new URL(page.url()).pathname.split('/').pop());
    await screenshot(page, 'imports-rejected');

    // Partial: the two valid rows are written, the bad one reported.
    await upload(page, FILE, oneBadRow, { partial: true });
    const partialId = Number(new URL(page.url()).pathname.split('/').pop());
    expect(partialId).toBeGreaterThan(rejectedId);
    await expect(page.getByTestId('import-report').locator('[data-outcome]')).toHaveAttribute('data-outcome', 'partial');
    await expect(page.getByTestId('import-report').locator('[data-count="accepted"]')).toHaveAttribute('data-value', '2');
    expect(await awv2019()).toBe(before + 2);

    // The history lists it first, newest first, with who, file, counts and status.
    const rows = page.getByTestId('import-history').locator('tbody tr');
    await expect(rows.first()).toHaveAttribute('data-import-id', String(partialId));
    const row = page.locator(`tr[data-import-id="${partialId}"]`);
    await expect(row).toHaveAttribute('data-status', 'partial');
    await expect(row.locator('[data-count="accepted"]')).toHaveText('2');
    await expect(row.locator('[data-count="rejected"]')).toHaveText('1');
    await expect(row).toContainText(FILE);
    await expect(row).toContainText('e2e imports admin');
    // Rejected imports wrote nothing, so they offer no undo.
    await expect(page.locator(`tr[data-import-id="${rejectedId}"] [data-action="undo"]`)).toHaveCount(0);

    // An older entry opens to its full report.
    await page.locator(`tr[data-import-id="${rejectedId}"] [data-action="open-report"]`).click();
    await expect(page).toHaveURL((url) => url.pathname === `/imports/${rejectedId}`);
    await expect(page.getByTestId('import-report').locator(`[data-messages="errors"] tr[data-row="3"]`)).toBeVisible();
    await expect(page.locator('#import-detail-title')).toBeFocused();

    // Undo: a confirm dialog; Escape backs out, the keyboard lands where it was.
    const undoButton = page.locator(`tr[data-import-id="${partialId}"] [data-action="undo"]`);
    await undoButton.click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(undoButton).toBeFocused();
    expect(await awv2019()).toBe(before + 2);

    await undoButton.click();
    await page.getByTestId('undo-confirm').click();
    const result = page.getByTestId('undo-result');
    await expect(result).toContainText('Ongedaan gemaakt');
    await expect(result).toContainText('2 verwijderd');
    await screenshot(page, 'imports-undone');
    await page.getByRole('dialog').getByRole('button', { name: 'Sluiten' }).click();
    await expect(page.locator(`tr[data-import-id="${partialId}"]`)).toHaveAttribute('data-status', 'undone');
    await expect(page.locator(`tr[data-import-id="${partialId}"] [data-action="undo"]`)).toHaveCount(0);
    expect(await awv2019()).toBe(before);

    expect(unexpected(problems, EXPECTED)).toEqual([]);
  });

  test('shows a file going up, then the server reading it, then its report', async ({ page, problems }) => {
    test.setTimeout(180_000);
    await page.goto('/imports');
    await signIn(page, admin);
    await expect(page.getByTestId('upload-form')).toBeVisible();
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
    await expect(page.getByTestId('import-outcome')).toBeVisible({ timeout: 120_000 });
    await expect(page.getByTestId('upload-progress')).toHaveCount(0);
    await expect(page.getByTestId('import-report').locator('[data-count="accepted"]')).toHaveAttribute('data-value', '44000');
    const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
    expect(
      seen.some((line) => /^importing\|Importeren: \d+\s?% gelezen, [\d.]+ rijen$/.test(line)),
      seen.join('\n'),
    ).toBe(true);
    expect(unexpected(problems, EXPECTED)).toEqual([]);
  });

  test('refuses an editor’s file holding another entity’s row, naming that row, and writes nothing', async ({ page, problems }) => {
    const before = await awv2019();
    await page.goto('/imports');
    await signIn(page, editor);
    await expect(page.getByTestId('session-role')).toHaveText('Redacteur voor AWV');
    await expect(page.getByTestId('upload-form')).toBeVisible();
    await expect(page.getByTestId('editor-scope')).toContainText('AWV');
    // Adding entities and undoing are for administrators.
    await expect(page.getByLabel(/Onbekende aankopers/)).toHaveCount(0);
    await expect(page.getByTestId('import-history').locator('tbody tr').first()).toBeVisible();
    await expect(page.locator('[data-action="undo"]')).toHaveCount(0);

    const file = templateCsv([
      [`E2E-IMP-${RUN}-E1`, 'AWV', '2019-05-01', '500'],
      [`E2E-IMP-${RUN}-E2`, 'ABB', '2019-05-02', '700'],
    ]);
    await upload(page, `e2e-editor-${RUN}.csv`, file, { partial: true });
    const report = page.getByTestId('import-report');
    await expect(report.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'rejected');
    const error = report.locator('[data-messages="errors"] tbody tr');
    await expect(error).toHaveCount(1);
    await expect(error).toHaveAttribute('data-row', '3');
    await expect(error).toHaveAttribute('data-column', 'entiteit');
    await expect(error.locator('td').last()).toHaveText('voor entiteit ABB mag je niet importeren (wel voor AWV)');
    expect(await awv2019()).toBe(before);
    await screenshot(page, 'imports-editor-refused');
    expect(unexpected(problems, EXPECTED)).toEqual([]);
  });

  test('never leaves the demo seed one click from removal: its undo waits for the number of records to be typed', async ({ page, problems }) => {
    const seed = (await history()).find((e) => e.status === 'done' && e.applied && !e.dryRun && !e.undoneAt && e.accepted + e.updated >= 1000);
    expect(seed, 'the seeded demo import').toBeDefined();
    const touched = seed!.accepted + seed!.updated;
    await page.goto('/');
    await signIn(page, admin);
    await navLink(page, 'Imports').click();
    await page.locator(`tr[data-import-id="${seed!.id}"] [data-action="undo"]`).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    const confirm = page.getByTestId('undo-confirm');
    await expect(confirm).toBeDisabled();
    await page.getByTestId('undo-type-count').fill(String(touched - 1));
    await expect(confirm).toBeDisabled();
    await page.getByTestId('undo-type-count').fill(new Intl.NumberFormat('nl-BE').format(touched));
    await expect(confirm).toBeEnabled();
    // Backed out: nothing undone.
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    expect((await history()).find((e) => e.id === seed!.id)!.undoneAt).toBeNull();
    expect(problems).toEqual([]);
  });

  test('opens the demo seed’s report from its link: its counts, and no messages', async ({ page, problems }) => {
    const seed = (await history()).find((e) => e.status === 'done' && e.applied && !e.dryRun && e.accepted >= 1000);
    expect(seed, 'the seeded demo import').toBeDefined();
    await page.goto('/');
    await signIn(page, admin);
    await page.goto(`/imports/${seed!.id}`);
    const report = page.getByTestId('import-report');
    await expect(report.getByRole('heading', { level: 2 })).toContainText(String(seed!.id));
    await expect(report.locator('[data-count="accepted"]')).toHaveAttribute('data-value', String(seed!.accepted));
    await expect(report.locator('[data-messages="errors"]')).toHaveCount(0);
    expect(problems).toEqual([]);
  });
});
