/**
 * The command line's output arrives whole through a pipe, however large, and the exit code still
 * says whether the file was rejected.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, createTestDatabase, type TestDatabase } from '../support/databases.ts';
import { REPO_ROOT } from '../support/koers-process.ts';

const run = promisify(execFile);
const CLI = ['--import', 'tsx', 'apps/cli/src/main.ts'];

async function koers(env: Record<string, string>, ...args: string[]) {
  try {
    const { stdout } = await run(process.execPath, [...CLI, ...args], { cwd: REPO_ROOT, env: { ...process.env, ...env }, maxBuffer: 256 * 1024 * 1024 });
    return { code: 0, stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string };
    return { code: e.code, stdout: e.stdout };
  }
}

/** A file whose every row is wrong: its report runs to megabytes. */
function badRows(dir: string, count: number): string {
  const file = join(dir, 'bad.csv');
  const lines = ['dossier_id,entiteit,gunningsdatum,bedrag_excl_btw'];
  for (let i = 0; i < count; i++) lines.push(`D-${i},AWV,2018-13-45,100`);
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

describe.each(ENGINES)('%s: command-line output through a pipe', (engine) => {
  let db: TestDatabase;
  const dir = mkdtempSync(join(tmpdir(), 'koers-cli-output-'));
  beforeAll(async () => {
    db = await createTestDatabase(engine);
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('a JSON report of megabytes arrives whole and the exit code says the file was rejected', async () => {
    const result = await koers(db.env, 'import', '--json', badRows(dir, 20_000));
    expect(result.code).toBe(1);
    expect(result.stdout.length).toBeGreaterThan(1024 * 1024);
    const report = JSON.parse(result.stdout);
    expect(report.errors).toHaveLength(20_000);
    expect(report.errors.at(-1)).toMatchObject({ row: 20_001, column: 'gunningsdatum' });
  }, 120_000);

  it('the text report with --all arrives whole, to its last line, through a slow reader', async () => {
    const child = spawn(process.execPath, [...CLI, 'import', '--all', badRows(dir, 5_000)], { cwd: REPO_ROOT, env: { ...process.env, ...db.env } });
    let text = '';
    child.stdout.setEncoding('utf8');
    // A reader that takes its time: the process must wait for it rather than exit early.
    child.stdout.on('data', (chunk: string) => {
      text += chunk;
      child.stdout.pause();
      setTimeout(() => child.stdout.resume(), 2);
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(1);
    expect(text).toContain('row 5001');
  }, 120_000);

  it('a reader that stops early ends the command without a crash', async () => {
    const child = spawn(process.execPath, [...CLI, 'import', '--json', badRows(dir, 20_000)], { cwd: REPO_ROOT, env: { ...process.env, ...db.env } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(1);
    expect(stderr).not.toMatch(/EPIPE|Error:/);
  }, 120_000);
});
