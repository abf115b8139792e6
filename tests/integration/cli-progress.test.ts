/**
 * `pnpm koers import` on a terminal shows a progress bar, redrawn in place on stderr; with --json
 * (or piped) the output is the report alone. The terminal is a real pseudo-terminal (`script`
 * from util-linux), as a data steward's shell gives one.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, createTestDatabase, type TestDatabase } from '../support/databases.ts';
import { REPO_ROOT } from '../support/koers-process.ts';
import { makeRecords, templateCsv } from '../support/template-files.ts';

const run = promisify(execFile);

/** Runs the command line inside a pseudo-terminal; answers everything the terminal showed. */
async function onTerminal(env: Record<string, string>, args: string[]): Promise<{ code: number; screen: string }> {
  const command = [process.execPath, '--disable-proto=throw', '--import', 'tsx', 'apps/cli/src/main.ts', ...args]
    .map((a) => `'${a.replace(/'/g, `'\\''`)}'`)
    .join(' ');
  try {
    const { stdout } = await run('script', ['-qfec', command, '/dev/null'], { cwd: REPO_ROOT, env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, screen: stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string };
    return { code: e.code, screen: e.stdout };
  }
}

/** Erase line: the bar redraws itself with a carriage return and this. */
const ERASE = '\x1b[2K';
const BAR = /\[[#-]{24}\] \d+%\s+[\d.]+ MB of [\d.]+ MB\s+[\d,]+ rows\s+[\d,]+ rows\/s/;

describe.each(ENGINES)('%s: import progress on a terminal', (engine) => {
  let db: TestDatabase;
  const dir = mkdtempSync(join(tmpdir(), 'koers-cli-progress-'));
  const file = join(dir, 'records.csv');
  beforeAll(async () => {
    db = await createTestDatabase(engine);
    writeFileSync(file, templateCsv(makeRecords(40_000, 1201)));
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('draws a progress bar in place, then the report', async () => {
    const { code, screen } = await onTerminal(db.env, ['import', '--dry-run', file]);
    expect(code).toBe(0);
    expect(screen).toMatch(BAR);
    // Redrawn in place (carriage return, erase line) and cleared before the report.
    expect(screen).toContain(`\r${ERASE}`);
    expect(screen).toMatch(/\[#{24}\] 100%/);
    expect(screen).toContain(`\r${ERASE}records.csv: dry run, nothing written`);
  }, 120_000);

  it('shows no bar with --json: the terminal shows the JSON report alone', async () => {
    const { code, screen } = await onTerminal(db.env, ['import', '--dry-run', '--json', file]);
    expect(code).toBe(0);
    expect(screen).not.toMatch(/rows\/s/);
    expect(screen).not.toContain(ERASE);
    expect(JSON.parse(screen.replace(/\r\n/g, '\n'))).toMatchObject({ dryRun: true, accepted: 40_000 });
  }, 120_000);

  it('shows no bar when the output is piped', async () => {
    const { stdout, stderr } = await run(process.execPath, ['--disable-proto=throw', '--import', 'tsx', 'apps/cli/src/main.ts', 'import', '--dry-run', file], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...db.env },
    });
    expect(stdout + stderr).not.toMatch(/rows\/s|\r/);
    expect(stdout + stderr).not.toContain(ERASE);
    expect(stdout).toMatch(/^records\.csv: dry run, nothing written/);
  }, 120_000);
});
