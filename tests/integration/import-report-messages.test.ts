/**
 * A report's messages a page at a time, over real HTTP on both engines: `messages=N` answers the
 * first N errors, warnings and skips with their totals, from the upload and from the history; the
 * stored report and the default answer keep every one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProcurementRecord } from '@koers/domain';
import { createToken } from '@koers/services';
import { ENGINES, createTestDatabase, type TestDatabase } from '../support/databases.ts';
import { call, upload } from '../support/http.ts';
import { startServer, type RunningServerLike } from '../support/server.ts';
import { makeRecords, templateCsv } from '../support/template-files.ts';

interface Report {
  errors: { row: number; code?: string }[];
  warnings: unknown[];
  skips: unknown[];
  rejected: number;
  importId: number;
  messageTotals?: { errors: number; warnings: number; skips: number };
}

describe.each(ENGINES)('%s: report messages a page at a time', (engine) => {
  let db: TestDatabase;
  let server: RunningServerLike;
  let admin: string;
  /** 20 rows, 7 of them with an amount below zero (rows 3, 5, …, 15). */
  const records: ProcurementRecord[] = makeRecords(20, 811).map((r, i) => (i % 2 === 1 && i < 14 ? { ...r, valueEur: -5, amount: -5 } : r));
  const csv = templateCsv(records);

  beforeAll(async () => {
    db = await createTestDatabase(engine);
    admin = (await createToken(db, { role: 'admin', label: 'Beheerder', actor: 'setup' })).token;
    server = await startServer(db);
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  it('answers the first messages of an upload with their totals, and keeps every one in the history', async () => {
    const res = await upload<Report>(server.url, 'negatief.csv', csv, { token: admin, query: 'messages=3' });
    expect(res.status).toBe(422);
    expect(res.body.rejected).toBe(7);
    expect(res.body.errors.map((e) => e.row)).toEqual([3, 5, 7]);
    expect(res.body.errors.every((e) => e.code === 'negative_amount')).toBe(true);
    expect(res.body.messageTotals).toEqual({ errors: 7, warnings: 0, skips: 0 });

    const cut = await call<{ report: Report }>(server.url, 'GET', `/api/v1/imports/${res.body.importId}?messages=3`);
    expect(cut.status).toBe(200);
    expect(cut.body.report.errors.map((e) => e.row)).toEqual([3, 5, 7]);
    expect(cut.body.report.messageTotals).toEqual({ errors: 7, warnings: 0, skips: 0 });

    const whole = await call<{ report: Report }>(server.url, 'GET', `/api/v1/imports/${res.body.importId}`);
    expect(whole.body.report.errors.map((e) => e.row)).toEqual([3, 5, 7, 9, 11, 13, 15]);
    expect(whole.body.report).not.toHaveProperty('messageTotals');

    // A limit the lists fit in changes nothing.
    const roomy = await call<{ report: Report }>(server.url, 'GET', `/api/v1/imports/${res.body.importId}?messages=50`);
    expect(roomy.body.report).toEqual(whole.body.report);
  });

  it('refuses a limit that is not a whole number of zero or more', async () => {
    for (const bad of ['-1', 'all', '1.5']) {
      const res = await call<{ error: string }>(server.url, 'GET', `/api/v1/imports/1?messages=${bad}`);
      expect(res.status, bad).toBe(400);
    }
  });
});
