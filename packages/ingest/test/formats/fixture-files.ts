/**
 * The real fixture files are unmodified copies of public data files, kept in
 * `<repo>/tests/fixtures/real` with their provenance in its SOURCES.md; the repository root is
 * found by walking up to pnpm-workspace.yaml.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DraftRecord, ImportItem, ReadResult } from '../../src/types.ts';

function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('repository root (pnpm-workspace.yaml) not found above the tests');
    dir = parent;
  }
}

const FIXTURES = resolve(repoRoot(), 'tests', 'fixtures', 'real');

export function fixture(path: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, path)));
}

export function fixtureText(path: string): string {
  return readFileSync(join(FIXTURES, path), 'utf8');
}

/** A buffer as a stream of small chunks, the way an upload arrives. */
export async function* chunked(bytes: Uint8Array, size = 1000): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

export async function collect(result: ReadResult | Promise<ReadResult>): Promise<ImportItem[]> {
  const items: ImportItem[] = [];
  for await (const item of (await result).items) items.push(item);
  return items;
}

export function records(items: readonly ImportItem[]): DraftRecord[] {
  return items.flatMap((item) => (item.kind === 'record' ? [item.draft] : []));
}

export function skips(items: readonly ImportItem[]): string[] {
  return items.flatMap((item) => (item.kind === 'skip' ? [item.reason] : []));
}

export function recordWarnings(items: readonly ImportItem[]): string[][] {
  return items.flatMap((item) => (item.kind === 'record' ? [(item.warnings ?? []).map((w) => w.message)] : []));
}

/** Sum of amounts per currency, rounded to cents. */
export function totalsByCurrency(drafts: readonly DraftRecord[]): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const draft of drafts) {
    if (draft.amount === null) continue;
    const key = draft.currency ?? '?';
    totals[key] = Math.round(((totals[key] ?? 0) + draft.amount) * 100) / 100;
  }
  return totals;
}
