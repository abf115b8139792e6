/**
 * Real notices and OCDS files through the whole import pipeline and into the database, on both
 * engines: records per awarded lot, buyers matched or added, idempotent re-imports, and whole
 * rejection of broken files.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRecords, listEntities } from '@koers/db';
import { importFile, queryIndicator } from '@koers/services';
import { ENGINES, createTestDatabase, type TestDatabase } from '../support/databases.ts';

const FIXTURES = new URL('../fixtures/real/', import.meta.url);
const bytes = (path: string) => new Uint8Array(readFileSync(new URL(path, FIXTURES)));
const source = (path: string, data: Uint8Array = bytes(path)) => ({
  name: path.split('/').pop()!,
  open: async function* () {
    for (let at = 0; at < data.length; at += 4096) yield data.subarray(at, at + 4096);
  },
});

describe.each(ENGINES)('%s: importing notices and OCDS', (engine) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(engine);
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('rejects the records of a buyer outside the registry, saying how to add it', async () => {
    const report = await importFile(db, source('ted-xml-legacy/21-000934-001-EXP.ted-r209.xml'));
    expect(report.format).toBe('ted-xml');
    expect(report.applied).toBe(false);
    expect(report.rejected).toBe(1);
    expect(report.errors[0]).toMatchObject({ column: 'buyer', message: expect.stringMatching(/unknown entity .*addEntities/) });
    expect(await countRecords(db.kysely)).toBe(0);
  });

  it('adds an unknown buyer as an entity outside the Flemish government and imports its award', async () => {
    const report = await importFile(db, source('ted-xml-legacy/21-000934-001-EXP.ted-r209.xml'), { addEntities: true });
    expect(report).toMatchObject({ applied: true, accepted: 1, rejected: 0 });
    expect(report.addedEntities).toHaveLength(1);
    const added = (await listEntities(db.kysely)).find((e) => e.code === report.addedEntities[0]);
    expect(added).toMatchObject({ flemishGovernment: false, policyDomain: null });
    const row = await db.kysely.selectFrom('records').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      value_cents: 149_000_000,
      currency: 'EUR',
      sme_winner: 1,
      tenders_received: 1,
      cpv: '90700000',
      criteria: null,
      innovative: null,
    });
  });

  it('changes nothing when the same notice comes again', async () => {
    const report = await importFile(db, source('ted-xml-legacy/21-000934-001-EXP.ted-r209.xml'), { addEntities: true });
    expect([report.accepted, report.updated, report.unchanged]).toEqual([0, 0, 1]);
    expect(report.addedEntities).toEqual([]);
  });

  it('imports the awards of each legacy notice and its eForms conversion with the same values per currency', async () => {
    for (const id of ['20-157543-001-EXP', '21-000061-001-EXP', '22-086633-001-EXP']) {
      const legacy = await importFile(db, source(`ted-xml-legacy/${id}.ted-r209.xml`), { addEntities: true, dryRun: true });
      const eforms = await importFile(db, source(`ted-xml-legacy/${id}.eforms.xml`), { addEntities: true, dryRun: true });
      expect(legacy.accepted, id).toBe(eforms.accepted);
      expect(legacy.rejected + eforms.rejected, id).toBe(0);
    }
  });

  it('keeps a foreign-currency award out of euro sums and says so', async () => {
    const report = await importFile(db, source('ted-xml-legacy/21-000061-001-EXP.ted-r209.xml'), { addEntities: true });
    expect(report).toMatchObject({ applied: true, accepted: 12 });
    expect(report.warnings.some((w) => /GBP/.test(w.message))).toBe(true);
    const rows = await db.kysely.selectFrom('records').select(['value_cents', 'amount', 'currency']).where('currency', '=', 'GBP').execute();
    expect(rows).toHaveLength(12);
    expect(rows.every((r) => r.value_cents === null)).toBe(true);
    expect(rows.reduce((sum, r) => sum + r.amount!, 0)).toBe(1_800_000_000);
    // They count in count shares (SME by count) but not in value shares.
    const sme = await queryIndicator(db, 'sme_value_share', { groupBy: [], filters: { entity: [report.addedEntities[0] ?? ''] } });
    expect(sme.rows[0]?.n ?? 0).toBe(0);
  });

  it('writes nothing for a contract notice or a voluntary ex-ante transparency notice, and says why', async () => {
    for (const path of [
      'ted-xml-legacy/20-343258-001-EXP.ted-r209.xml',
      'ted-xml-legacy/21-139343-001-EXP.eforms.xml',
      'eforms-sdk/notices/cn_24_maximal.xml',
    ]) {
      const before = await countRecords(db.kysely);
      const report = await importFile(db, source(path), { addEntities: true });
      expect(report.accepted + report.updated, path).toBe(0);
      expect(report.skipped, path).toBeGreaterThan(0);
      expect(report.skips[0]!.reason.length, path).toBeGreaterThan(10);
      expect(await countRecords(db.kysely)).toBe(before);
    }
  });

  it('imports the eForms examples and the OCDS packages with their flags', async () => {
    const minimal = await importFile(db, source('eforms-sdk/notices/can_24_minimal.xml'), { addEntities: true });
    expect(minimal).toMatchObject({ applied: true, accepted: 1 });
    const maximal = await importFile(db, source('eforms-sdk/notices/can_24_maximal.xml'), { addEntities: true });
    expect(maximal).toMatchObject({ applied: true, accepted: 2, skipped: 1 });
    const flags = await db.kysely
      .selectFrom('records')
      .select(['innovative', 'social_clause', 'circular', 'criteria', 'framework'])
      .where('import_id', '=', maximal.importId!)
      .execute();
    expect(flags.every((f) => f.innovative === 1 && f.social_clause === 1 && f.circular === 0 && f.criteria === null && f.framework === 1)).toBe(true);
    const release = await importFile(db, source('ocds-sample-data/ocds-213czf-000-00001.release-package.json'), { addEntities: true });
    expect(release).toMatchObject({ format: 'ocds', applied: true, accepted: 1 });
    const record = await importFile(db, source('ocds-sample-data/ocds-213czf-000-00001.record-package.json'), { addEntities: true });
    expect(record).toMatchObject({ format: 'ocds', accepted: 0, unchanged: 1 });
  });

  it('rejects a truncated notice whole and leaves the database untouched', async () => {
    const before = await countRecords(db.kysely);
    const whole = bytes('ted-xml-legacy/21-000061-001-EXP.eforms.xml');
    const report = await importFile(db, source('truncated.xml', whole.subarray(0, Math.floor(whole.length * 0.7))), { addEntities: true, mode: 'partial' });
    expect(report.applied).toBe(false);
    expect(report.errors[0]).toMatchObject({ row: null, column: null });
    expect(await countRecords(db.kysely)).toBe(before);
  });

  it('rejects a file of another kind, saying what it looks like and what is accepted', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj\n');
    const report = await importFile(db, source('scan.pdf', pdf));
    expect(report.format).toBeNull();
    expect(report.errors[0]!.message).toMatch(/PDF.*accepts/);
  });
});
