/**
 * A steward who pasted a national-register number or an IBAN into the wrong column must not
 * publish it: an import report read by anyone but an administrator or whoever made the import
 * quotes no rejected cell, while still naming the row, the column and what was wrong.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '@koers/services';
import { ENGINES, createTestDatabase, type TestDatabase } from '../support/databases.ts';
import { call, upload } from '../support/http.ts';
import { startServer, type RunningServerLike } from '../support/server.ts';
import { makeRecords, templateCsv } from '../support/template-files.ts';

const IBAN = 'BE68539007547034';
const NATIONAL_NUMBER = '85.07.30-033.28';

describe.each(ENGINES)('%s: personal data in import reports', (engine) => {
  let db: TestDatabase;
  let server: RunningServerLike;
  const tokens: Record<string, string> = {};
  let importId: number;

  beforeAll(async () => {
    db = await createTestDatabase(engine);
    server = await startServer(db);
    tokens.admin = (await createToken(db, { role: 'admin', label: 'Beheerder', actor: 'setup' })).token;
    tokens.viewer = (await createToken(db, { role: 'viewer', label: 'Lezer', actor: 'setup' })).token;
    const records = makeRecords(3, 61).map((r) => ({ ...r, entity: 'AWV' }));
    tokens.editor = (await createToken(db, { role: 'editor', label: 'Steward AWV', entities: ['AWV'], actor: 'setup' })).token;
    tokens.otherEditor = (await createToken(db, { role: 'editor', label: 'Steward MOW', entities: ['AWV'], actor: 'setup' })).token;
    // The IBAN pasted into the date column, the national-register number into the amount column.
    const csv = templateCsv(records).replace(records[0]!.awardDate, IBAN).replace(String(records[1]!.valueEur), NATIONAL_NUMBER);
    const res = await upload<{ importId: number; errors: { message: string }[] }>(server.url, 'wrong-columns.csv', csv, { token: tokens.editor });
    expect(res.status).toBe(422);
    // The steward who imported it sees what was wrong at once.
    expect(JSON.stringify(res.body)).toContain(IBAN);
    importId = res.body.importId;
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  const read = (token?: string) =>
    call<{ report: { errors: { row: number; column: string; message: string; code?: string }[] } }>(
      server.url,
      'GET',
      `/api/v1/imports/${importId}`,
      token ? { token } : {},
    );

  it('quotes no rejected cell to anonymous readers, viewers or other editors, yet names row, column and problem', async () => {
    for (const who of [undefined, tokens.viewer, tokens.otherEditor]) {
      const res = await read(who);
      expect(res.status).toBe(200);
      const text = JSON.stringify(res.body);
      expect(text).not.toContain(IBAN);
      expect(text).not.toContain(NATIONAL_NUMBER);
      expect(res.body.report.errors).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ row: 2, column: 'gunningsdatum', code: 'not_a_date' }),
          expect.objectContaining({ row: 3, column: 'bedrag_excl_btw', code: 'not_an_amount' }),
        ]),
      );
      expect(res.headers.get('vary')).toMatch(/authorization/i);
    }
  });

  it('quotes them to whoever made the import and to administrators', async () => {
    for (const who of [tokens.editor, tokens.admin]) {
      const text = JSON.stringify((await read(who)).body);
      expect(text).toContain(IBAN);
      expect(text).toContain(NATIONAL_NUMBER);
    }
  });
});
