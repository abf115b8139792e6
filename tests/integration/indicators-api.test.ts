import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INDICATOR_IDS, type ProcurementRecord } from '@koers/domain';
import { startServer, type RunningServerLike } from '../support/server.ts';
import { importFile } from '@koers/services';
import { ENGINES, createTestDatabase, type TestDatabase } from '../support/databases.ts';
import { makeRecords, templateCsv } from '../support/template-files.ts';
import { keyOf, referenceRows } from '../support/reference-indicators.ts';

const GROUPINGS = [['year'], ['entity'], ['policyDomain'], ['entity', 'year']] as const;

interface ApiRow {
  year?: number;
  entity?: string;
  policyDomain?: string | null;
  numerator: number;
  denominator: number;
  value: number | null;
  n: number;
  coverage: number | null;
  status?: string;
  target?: { value: number; year: number };
  expected?: number | null;
}

describe.each(ENGINES)('%s: indicator API', (engine) => {
  let db: TestDatabase;
  let server: RunningServerLike;
  let records: ProcurementRecord[];

  beforeAll(async () => {
    db = await createTestDatabase(engine);
    records = makeRecords(4_000, 3);
    const report = await importFile(db, {
      name: 'records.csv',
      open: async function* () {
        yield new TextEncoder().encode(templateCsv(records));
      },
    });
    expect(report.accepted).toBe(records.length);
    server = await startServer(db);
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  const get = async (path: string) => {
    const res = await fetch(server.url + path);
    return { status: res.status, body: (await res.json()) as Record<string, unknown>, headers: res.headers };
  };

  for (const id of INDICATOR_IDS) {
    for (const groupBy of GROUPINGS) {
      it(`${id} by ${groupBy.join('+')} equals the values computed from the file`, async () => {
        const { status, body } = await get(`/api/v1/indicators/${id}?groupBy=${groupBy.join(',')}`);
        expect(status).toBe(200);
        const rows = body.rows as ApiRow[];
        const expected = referenceRows(id, records, groupBy);
        expect(rows).toHaveLength(expected.size);
        for (const row of rows) {
          const ref = expected.get(keyOf(groupBy, row));
          expect(ref, `row ${keyOf(groupBy, row)}`).toBeDefined();
          expect(row.n).toBe(ref!.n);
          expect(Math.abs(row.numerator - ref!.numerator)).toBeLessThan(1e-6);
          expect(Math.abs(row.denominator - ref!.denominator)).toBeLessThan(1e-6);
          if (ref!.value === null) expect(row.value).toBeNull();
          else expect(Math.abs(row.value! - ref!.value)).toBeLessThan(1e-9);
          if (ref!.coverage === null) expect(row.coverage).toBeNull();
          else expect(Math.abs(row.coverage! - ref!.coverage)).toBeLessThan(1e-9);
        }
      });
    }
  }

  it('gives the sustainable share its 100 % target for 2020, a glide path and a status per year', async () => {
    const { body } = await get('/api/v1/indicators/sustainable_value_share?groupBy=year');
    const rows = body.rows as ApiRow[];
    expect(rows.map((r) => r.year)).toEqual([2016, 2017, 2018, 2019, 2020]);
    for (const row of rows) {
      expect(row.target).toMatchObject({ value: 1, year: 2020 });
      expect(row.status).toBeTypeOf('string');
    }
    // The glide path starts at the 2016 value and ends at the target.
    expect(rows[0]!.expected).toBeCloseTo(rows[0]!.value!, 12);
    expect(rows[4]!.expected).toBe(1);
    // The target year has passed and the random data is far from 100 %.
    expect(rows[4]!.status).toBe('missed');
  });

  it('shows a theme without target as monitoring only, with no target or status on its rows', async () => {
    const { body } = await get('/api/v1/indicators/single_bid_share?groupBy=year,theme');
    expect(body.monitoringOnly).toBe(true);
    const rows = body.rows as (ApiRow & { theme: number })[];
    expect(rows.every((r) => r.theme === 4 && r.target === undefined && r.status === undefined)).toBe(true);
  });

  it('filters by entity, policy domain and years', async () => {
    const { body } = await get('/api/v1/indicators/sme_count_share?groupBy=entity&policyDomain=KB&from=2017&to=2018');
    const ref = referenceRows(
      'sme_count_share',
      records.filter((r) => ['DKB', 'HFB', 'AIV', 'ABB', 'AGO'].includes(r.entity) && r.awardDate >= '2017' && r.awardDate < '2019'),
      ['entity'],
    );
    const rows = body.rows as ApiRow[];
    expect(rows.map((r) => r.entity).sort()).toEqual([...ref.keys()].sort());
    for (const row of rows) expect(row.value).toBeCloseTo(ref.get(row.entity!)!.value!, 12);
  });

  it('answers 400 naming the parameter for a bad groupBy, year or list, and 404 for an unknown indicator', async () => {
    const bad = await get('/api/v1/indicators/sustainable_value_share?groupBy=year,colour');
    expect(bad.status).toBe(400);
    expect((bad.body.issues as { parameter: string }[])[0]!.parameter).toBe('groupBy');
    const year = await get('/api/v1/indicators/sustainable_value_share?from=twenty');
    expect(year.status).toBe(400);
    expect((year.body.issues as { parameter: string }[])[0]!.parameter).toBe('from');
    const order = await get('/api/v1/indicators/sustainable_value_share?from=2019&to=2017');
    expect(order.status).toBe(400);
    const injection = await get(`/api/v1/records?entity=${encodeURIComponent("AWV' or 1=1 --")}`);
    expect(injection.status).toBe(400);
    const missing = await get('/api/v1/indicators/happiness');
    expect(missing.status).toBe(404);
    expect(missing.body.message).toMatch(/unknown indicator "happiness"/);
  });

  it('pages through the records behind a numerator by cursor, without gaps or repeats', async () => {
    const seen = new Set<number>();
    let cursor: string | null = null;
    let total: number;
    do {
      const { body } = await get(
        `/api/v1/records?indicator=sustainable_value_share&part=numerator&sort=value_eur&direction=desc&limit=100${cursor ? `&cursor=${cursor}` : ''}`,
      );
      const items = body.items as { id: number; criteria: string; valueEur: number }[];
      for (const item of items) {
        expect(item.criteria).toBe('full');
        expect(seen.has(item.id)).toBe(false);
        seen.add(item.id);
      }
      total = body.total as number;
      cursor = body.nextCursor as string | null;
    } while (cursor);
    const ref = referenceRows('sustainable_value_share', records, []);
    expect(total).toBe(records.filter((r) => r.criteria === 'full').length);
    expect(seen.size).toBe(total);
    expect(ref.size).toBe(1);
  });

  it('lists the records with an unknown answer behind a share', async () => {
    const { body } = await get('/api/v1/records?indicator=sme_count_share&part=unknown&limit=500');
    const unknown = records.filter((r) => r.smeWinner === null);
    expect(body.total).toBe(unknown.length);
    expect((body.items as { smeWinner: boolean | null }[]).every((r) => r.smeWinner === null)).toBe(true);
    expect((body.items as unknown[]).length).toBe(Math.min(500, unknown.length));
  });

  it('answers an unchanged request with 304 Not Modified until the data changes', async () => {
    const first = await get('/api/v1/indicators/sustainable_value_share?groupBy=year');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"v\d+"$/);
    const again = await fetch(`${server.url}/api/v1/indicators/sustainable_value_share?groupBy=year`, { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    await importFile(db, {
      name: 'more.csv',
      open: async function* () {
        yield new TextEncoder().encode(templateCsv(makeRecords(3, 77)));
      },
    });
    const changed = await fetch(`${server.url}/api/v1/indicators/sustainable_value_share?groupBy=year`, { headers: { 'If-None-Match': etag } });
    expect(changed.status).toBe(200);
  });

  it('publishes an OpenAPI document describing the indicator endpoint', async () => {
    const { status, body } = await get('/api/v1/openapi.json');
    expect(status).toBe(200);
    const paths = body.paths as Record<string, unknown>;
    expect(Object.keys(paths)).toEqual(
      expect.arrayContaining(['/api/v1/health', '/api/v1/meta', '/api/v1/indicators/{id}', '/api/v1/records', '/api/v1/imports']),
    );
  });
});
