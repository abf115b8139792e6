/**
 * Debian's Chromium with the flags a sandboxed CI machine needs (the journeys' config and the web
 * benchmark both launch it so), and helpers the journeys share: a page's problems recorded,
 * screenshots kept as artifacts, and the API read directly to compare against what the page shows.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { REPO_ROOT } from './koers-server.ts';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

const ARTIFACTS = join(REPO_ROOT, 'tests/artifacts');

/** For scripts outside the test runner (the web benchmark); journeys get their browser from the config. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** The size and language every journey's page starts with (a laptop, Dutch). */
export const LAPTOP = { width: 1366, height: 900 };
export const LOCALE = 'nl-BE';

/**
 * Records every script error, console error and failed request of a page from now on; a journey
 * ends by checking the list holds nothing it did not cause on purpose.
 */
export function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} ${response.url()}`);
  });
  return problems;
}

/** A link of the main navigation, by its Dutch name (the pages' default language). */
export function navLink(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name, exact: true });
}

/** Saves a full-page screenshot under tests/artifacts/. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

export async function api<T>(baseUrl: string, path: string): Promise<T> {
  const response = await fetch(`${baseUrl}/api/v1${path}`);
  if (!response.ok) throw new Error(`GET ${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** The minimal shape of the API answers the journeys compare against. */
interface ApiRow {
  year?: number;
  entity?: string;
  value: number | null;
  n: number;
  coverage: number | null;
  status?: string;
}
export interface ApiIndicator {
  dataset: string | null;
  rows: ApiRow[];
}

/** What the dashboard should print for a share, in a locale (one decimal, Intl). */
export function percent(share: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(share);
}

/** A chart has drawn its data (Recharts): a trend line with points, or a ranking bar. */
export const CHART_DRAWN = '[data-chart] .chart-line path.recharts-line-curve[d^="M"], [data-chart] .chart-bar .recharts-bar-rectangle path';

/** Waits until the page's charts have drawn their data. */
export async function waitForCharts(page: Page): Promise<void> {
  await page.waitForSelector(CHART_DRAWN, { timeout: 20_000 });
}
