import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '@koers/services';
import { ENGINES, createTestDatabase, type TestDatabase } from '../support/databases.ts';
import { startServer, type RunningServerLike } from '../support/server.ts';
import { makeRecords, templateCsv } from '../support/template-files.ts';

describe.each(ENGINES)('%s: data exports of a chart', (engine) => {
  let db: TestDatabase;
  let server: RunningServerLike;
  beforeAll(async () => {
    db = await createTestDatabase(engine);
    const csv = templateCsv(makeRecords(1_000, 8));
    await importFile(db, {
      name: 'r.csv',
      open: async function* () {
        yield new TextEncoder().encode(csv);
      },
    });
    server = await startServer(db);
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  const query = 'groupBy=year,entity&policyDomain=KB';
  const api = async () =>
    (await (await fetch(`${server.url}/api/v1/indicators/sustainable_value_share?${query}`)).json()) as {
      rows: { year: number; entity: string; value: number | null; n: number }[];
    };

  it('gives the rows as CSV with the same numbers the API returns', async () => {
    const res = await fetch(`${server.url}/api/v1/indicators/sustainable_value_share/export?format=csv&lang=en&${query}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/koers-sustainable_value_share-\d{4}-\d{2}-\d{2}\.csv/);
    const lines = (await res.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('year,entity,numerator,denominator,value,n,coverage,target,target year,expected (glide path),status');
    const { rows } = await api();
    expect(lines).toHaveLength(rows.length + 1);
    const first = lines[1]!.split(',');
    expect([Number(first[0]), first[1], first[4] === '' ? null : Number(first[4]), Number(first[5])]).toEqual([
      rows[0]!.year,
      rows[0]!.entity,
      rows[0]!.value,
      rows[0]!.n,
    ]);
  });

  it('gives an XLSX with the rows and a second sheet holding the definition, filters and data date', async () => {
    const res = await fetch(`${server.url}/api/v1/indicators/sustainable_value_share/export?format=xlsx&lang=nl&${query}`);
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Gegevens', 'Definities']);
    const { rows } = await api();
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(rows.length + 1);
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const valueCol = header.indexOf('waarde') + 1;
    rows.forEach((row, i) => expect(sheet.getRow(i + 2).getCell(valueCol).value).toBe(row.value));
    const about = workbook.worksheets[1]!;
    const text = about.getSheetValues().flat().join(' ');
    expect(text).toMatch(/Aandeel duurzaam \(waarde\)/);
    // Dutch words, never codes: the filter, the grouping, the data date and every status.
    expect(text).toMatch(/beleidsdomein: KB/);
    expect(text).toMatch(/Gegroepeerd per jaar, entiteit/);
    expect(text).toMatch(/Datum gegevens \d{1,2} [a-z]+ \d{4}/);
    const line = (key: string) => about.getSheetValues().find((r) => Array.isArray(r) && r[1] === key) as unknown[];
    expect(String(line('Filters')[2])).not.toMatch(/policyDomain=/);
    expect(String(line('Datum gegevens')[2])).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    // The policy events a trend of these rows draws travel with them (SPEC §7): the plan's own,
    // in words and dated, and none that belongs to another entity.
    expect(text).toMatch(/Beleidsgebeurtenis 29 januari 2016: /);
    expect(about.getSheetValues().filter((r) => Array.isArray(r) && r[1] === 'Beleidsgebeurtenis')).toHaveLength(3);
    const statusCol = header.indexOf('status') + 1;
    const statuses = new Set(rows.map((_, i) => String(sheet.getRow(i + 2).getCell(statusCol).value)));
    for (const status of statuses)
      expect(['doel bereikt', 'op koers', 'versnelling nodig', 'beperkte vooruitgang', 'achteruitgang', 'doel gemist', 'onvoldoende gegevens']).toContain(
        status,
      );
  });

  it('writes French labels with the French colon in the XLSX, and statuses in French in the CSV', async () => {
    const csv = await (await fetch(`${server.url}/api/v1/indicators/sustainable_value_share/export?format=csv&lang=fr&${query}`)).text();
    expect(csv).not.toMatch(/insufficient_data|needs_acceleration|limited_progress|on_track|\bmissed\b/);
    const res = await fetch(`${server.url}/api/v1/indicators/sustainable_value_share/export?format=xlsx&lang=fr&${query}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const text = workbook.worksheets[1]!.getSheetValues().flat().join(' ');
    expect(text).toContain('domaine politique\u00a0: KB');
    expect(text).toMatch(/Groupé par année, entité/);
    expect(text).toMatch(/Événement politique 29 janvier 2016\u00a0?: /);
  });

  it('lists only the events of the years asked for', async () => {
    const sheetText = async (q: string) => {
      const res = await fetch(`${server.url}/api/v1/indicators/sustainable_value_share/export?format=xlsx&lang=en&${q}`);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await res.arrayBuffer());
      return workbook.worksheets[1]!.getSheetValues().flat().join(' ');
    };
    expect(await sheetText('groupBy=year&from=2018&to=2020')).not.toMatch(/29 January 2016/);
    expect(await sheetText('groupBy=year&from=2016&to=2016')).toMatch(/Policy event 29 January 2016: /);
  });
});
