/**
 * For the data stewards' journeys: tokens made the way an operator makes them (the command line
 * against the server's database), a sign-in through the masthead as a person would do it, and
 * the API read or written with a token to check what the page did.
 */
import { spawn } from 'node:child_process';
import { expect, type Page } from '@playwright/test';
import { REPO_ROOT } from './koers-server.ts';

/** `koers token create … --json` against the e2e database; answers the token. */
export function createToken(databaseUrl: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'apps/cli/src/main.ts', 'token', 'create', ...args, '--json'], {
      cwd: REPO_ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl, KOERS_DEMO: 'off' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`token create ${args.join(' ')} exited with ${code}: ${err}${out}`));
      try {
        const line = out.trim().split('\n').pop() ?? '';
        resolve((JSON.parse(line) as { token: string }).token);
      } catch (error) {
        reject(new Error(`token create printed no JSON: ${out}\n${err}\n${String(error)}`));
      }
    });
  });
}

/** Signs in through the masthead's dialog, as a person pasting a token would. */
export async function signIn(page: Page, token: string): Promise<void> {
  await page.getByTestId('sign-in').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Token').fill(token);
  await dialog.locator('button[type="submit"]').click();
  await expect(page.getByTestId('session-role')).toBeVisible();
}

/** A call to the API with a token (to set up, check or clean up what a journey did). */
export async function apiWith<T>(baseUrl: string, token: string | null, method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
  const response = await fetch(`${baseUrl}/api/v1${path}`, {
    method,
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return { status: response.status, body: (await response.json()) as T };
}

/**
 * The problems a page recorded, without the ones a journey causes on purpose: an import rejected
 * whole answers 422 (and Chromium logs every 4xx answer as a console error), a wrong token 401.
 */
export function unexpected(problems: readonly string[], expected: readonly RegExp[]): string[] {
  return problems.filter((p) => !expected.some((re) => re.test(p)));
}

/** A template CSV as a data steward's spreadsheet would save it. */
export function templateCsv(rows: readonly (readonly string[])[]): Buffer {
  const lines = [['dossier_id', 'entiteit', 'gunningsdatum', 'bedrag_excl_btw'], ...rows].map((r) => r.join(','));
  return Buffer.from(lines.join('\r\n') + '\r\n', 'utf8');
}
