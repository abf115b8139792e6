import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INDICATOR_IDS } from '@koers/domain';
import { queryIndicator } from '@koers/services';
import { ENGINES, createTestDatabase, type TestDatabase } from '../support/databases.ts';
import { makeRecords, templateCsv, windows1252 } from '../support/template-files.ts';

const run = promisify(execFile);
const ROOT = new URL('../../', import.meta.url).pathname;

async function koers(env: Record<string, string>, ...args: string[]) {
  try {
    const { stdout, stderr } = await run('node', ['--disable-proto=throw', '--import', 'tsx', 'apps/cli/src/main.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe.each(ENGINES)('%s: the koers command line', (engine) => {
  let db: TestDatabase;
  let target: TestDatabase;
  const dir = mkdtempSync(join(tmpdir(), 'koers-cli-'));
  beforeAll(async () => {
    db = await createTestDatabase(engine);
    target = await createTestDatabase(engine);
  });
  afterAll(async () => {
    await db?.drop();
    await target?.drop();
  });

  it('rejects a file with an invalid row, prints the report as JSON and exits 1', async () => {
    const records = makeRecords(50, 21);
    const file = join(dir, 'bad.csv');
    records[9]!.awardDate = '2018-13-45';
    writeFileSync(file, windows1252(templateCsv(records, { delimiter: ';' })));
    const result = await koers(db.env, 'import', '--json', file);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ accepted: 50 - 1, updated: 0, unchanged: 0, rejected: 1, applied: false });
    expect(report.errors).toEqual([
      { row: 11, column: 'gunningsdatum', message: '"2018-13-45" is not a date that exists', code: 'date_does_not_exist', params: { value: '2018-13-45' } },
    ]);
    expect(report.warnings).toEqual(expect.any(Array));
  });

  it('imports with --partial, then reports every row unchanged on a second run', async () => {
    const file = join(dir, 'good.csv');
    writeFileSync(file, templateCsv(makeRecords(300, 22)));
    const first = await koers(db.env, 'import', file);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/300 new, 0 updated, 0 unchanged, 0 rejected/);
    const second = await koers(db.env, 'import', '--partial', '--json', file);
    expect(JSON.parse(second.stdout)).toMatchObject({ accepted: 0, updated: 0, unchanged: 300, rejected: 0 });
  });

  it('validates only with --dry-run', async () => {
    const file = join(dir, 'dry.csv');
    writeFileSync(file, templateCsv(makeRecords(10, 23)));
    const result = await koers(db.env, 'import', '--dry-run', '--json', file);
    expect(JSON.parse(result.stdout)).toMatchObject({ accepted: 10, applied: false, dryRun: true });
  });

  it('exports every record so that importing the export into an empty database gives identical indicators', async () => {
    const out = join(dir, 'export.csv');
    const exported = await koers(db.env, 'export', '--out', out);
    expect(exported.code).toBe(0);
    expect(readFileSync(out, 'utf8').split('\n')[0]).toBe(
      'dossier_id,entiteit,gunningsdatum,omschrijving,cpv,productgroep,bedrag_excl_btw,duurzaamheidscriteria,innovatief,sociale_clausule,circulair,kmo_winnaar,raamcontract,elektronisch,procedure,aantal_offertes,leverancier',
    );
    const imported = await koers(target.env, 'import', '--json', out);
    expect(JSON.parse(imported.stdout)).toMatchObject({ accepted: 300, rejected: 0 });
    for (const id of INDICATOR_IDS) {
      const query = { groupBy: ['year', 'entity'] as const, filters: {} };
      const [a, b] = await Promise.all([
        queryIndicator(db, id, { ...query, groupBy: [...query.groupBy] }),
        queryIndicator(target, id, { ...query, groupBy: [...query.groupBy] }),
      ]);
      expect(b.rows).toEqual(a.rows);
    }
  });

  it('explains a missing file and an unknown command', async () => {
    expect((await koers(db.env, 'import', join(dir, 'nope.csv'))).stderr).toMatch(/no such file/);
    const unknown = await koers(db.env, 'frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command "frobnicate"/);
    // A database that cannot be reached is named (without its password), with what to check.
    const away = await koers({ DATABASE_URL: 'postgres://steward:geheim@127.0.0.1:1/koers' }, 'migrate');
    expect(away.code).toBe(1);
    expect(away.stderr).toContain(
      'cannot reach the database postgres://127.0.0.1:1/koers (connect ECONNREFUSED 127.0.0.1:1): is it running, and is DATABASE_URL right?',
    );
    expect(away.stderr).not.toContain('geheim');
  });
});
