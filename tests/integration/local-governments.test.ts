/**
 * The local tier on both engines: municipalities named by NIS code, Dutch or French name and with
 * prefixes; merged municipalities by their old name or code in the years they existed; records of
 * merged municipalities under their successor in current boundaries and apart in historical ones,
 * with equal totals; province and population-class roll-ups pooled; local targets only in their
 * scope; editors bound to a municipality.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProcurementRecord } from '@koers/domain';
import { createToken, importFile } from '@koers/services';
import { ENGINES, createTestDatabase, type TestDatabase } from '../support/databases.ts';
import { call, upload } from '../support/http.ts';
import { startServer, type RunningServerLike } from '../support/server.ts';
import { templateCsv } from '../support/template-files.ts';

interface Row {
  year?: number;
  entity?: string;
  tier?: string | null;
  province?: string | null;
  populationClass?: string | null;
  numerator: number;
  denominator: number;
  value: number | null;
  n: number;
  target?: { value: number; scope: string; scopeCode: string | null };
  status?: string;
}
interface Answer {
  rows: Row[];
  monitoringOnly: boolean;
}
interface Report {
  accepted: number;
  rejected: number;
  errors: { row: number | null; column: string | null; message: string; code?: string; params?: Record<string, string | number> }[];
}
interface EntityMeta {
  code: string;
  tier: string;
  kind: string;
  nisCode: string | null;
  province: string | null;
  inhabitants: number | null;
  populationClass: string | null;
  validFrom: string | null;
  validTo: string | null;
  succeededBy: string | null;
  nameFr: string | null;
}

let serial = 0;
/** A record of a buyer as the file writes it; criteria alternate so that shares are not trivial. */
function record(buyer: string, awardDate: string, full: boolean, valueEur = 50_000): ProcurementRecord {
  serial++;
  return {
    entity: buyer,
    dossierId: `L-${serial}`,
    awardDate,
    title: null,
    cpv: null,
    productGroup: null,
    valueEur,
    amount: valueEur,
    currency: 'EUR',
    criteria: full ? 'full' : 'none_or_partial',
    innovative: null,
    socialClause: null,
    circular: null,
    smeWinner: null,
    framework: null,
    eSubmission: null,
    procedure: null,
    tendersReceived: null,
    supplier: null,
  };
}

/** Rows naming each municipality in every way a steward might, with the code they must resolve to. */
const NAMED: readonly [buyer: string, date: string, code: string][] = [
  ['11002', '2018-03-01', '11002'],
  ['Antwerpen', '2018-04-01', '11002'],
  ['Anvers', '2019-05-01', '11002'],
  ['Stad Antwerpen', '2020-02-01', '11002'],
  ['Ville d’Anvers', '2020-03-01', '11002'],
  ['gemeente aartselaar', '2017-01-10', '11001'],
  ['Provincie Antwerpen', '2017-06-01', '10000'],
  ['Province de Limbourg', '2019-06-01', '70000'],
  ['Provincie Vlaams Brabant', '2018-06-01', '20001'],
  ['Gemeente De Panne', '2018-06-01', '38008'],
  ['Commune de La Panne', '2019-06-01', '38008'],
  ['Sint Niklaas', '2016-06-01', '46021'],
  ['Lovendegem', '2017-03-01', '44036'],
  ['44036', '2018-03-01', '44036'],
  ['Waarschoot', '2016-05-01', '44072'],
  ['Gemeente Zomergem', '2017-09-01', '44080'],
  ['Lievegem', '2020-01-15', '44085'],
  ['Deinze', '2017-02-01', '44011'],
  ['Deinze', '2020-02-01', '44083'],
  ['Nevele', '2016-02-01', '44049'],
  ['44049', '2018-12-31', '44049'],
];

describe.each(ENGINES)('%s: local governments', (engine) => {
  let db: TestDatabase;
  let server: RunningServerLike;
  let admin: string;
  let report: Report;
  const files: ProcurementRecord[] = [];

  beforeAll(async () => {
    db = await createTestDatabase(engine);
    NAMED.forEach(([buyer, date], i) => files.push(record(buyer, date, i % 3 !== 0, 40_000 + i * 1_000)));
    // More records for the merged municipalities and their successors, every year, unequal sizes.
    const extra: [string, number][] = [
      ['44036', 4],
      ['44072', 2],
      ['44080', 6],
      ['44011', 5],
      ['44049', 3],
      ['44085', 7],
      ['44083', 4],
      ['11002', 9],
      ['44021', 5],
      ['71011', 3],
      ['AWV', 6],
    ];
    for (const [code, count] of extra) {
      for (let i = 0; i < count; i++) {
        const merged = ['44036', '44072', '44080', '44011', '44049'].includes(code);
        const successor = ['44085', '44083'].includes(code);
        const year = merged ? 2016 + (i % 3) : successor ? 2019 + (i % 2) : 2016 + (i % 5);
        files.push(record(code, `${year}-0${1 + (i % 9)}-1${i % 9}`, (i * 7 + code.length) % 3 !== 0, 30_000 + i * 7_919));
      }
    }
    // Rows that must be rejected: a merged municipality after it ended, a new one before it began, an unknown one.
    files.push(record('Nevele', '2020-03-01', true), record('Lievegem', '2017-03-01', true), record('Gemeente Nergensland', '2018-01-01', true));
    report = await importFile(
      db,
      {
        name: 'lokaal.csv',
        open: async function* () {
          yield new TextEncoder().encode(templateCsv(files));
        },
      },
      { mode: 'partial' },
    );
    admin = (await createToken(db, { role: 'admin', label: 'Beleidsteam', actor: 'setup' })).token;
    server = await startServer(db);
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  const get = async <T>(path: string) => {
    const res = await call<T>(server.url, 'GET', path);
    expect(res.status, path).toBe(200);
    return res.body;
  };
  const indicator = (query: string) => get<Answer>(`/api/v1/indicators/sustainable_value_share?${query}`);

  it('serves the registry of the local tier with its fields', async () => {
    const meta = await get<{ entities: EntityMeta[] }>('/api/v1/meta');
    const local = meta.entities.filter((e) => e.tier === 'local');
    expect(local.filter((e) => e.kind === 'provincie')).toHaveLength(5);
    const municipalities = local.filter((e) => e.kind === 'gemeente');
    expect(municipalities.filter((e) => !e.validTo)).toHaveLength(300);
    expect(municipalities.filter((e) => !e.validFrom || e.validFrom <= '2018-12-31')).toHaveLength(308);
    expect(meta.entities.find((e) => e.code === '44049')).toMatchObject({
      tier: 'local',
      kind: 'gemeente',
      nisCode: '44049',
      province: '40000',
      validTo: '2018-12-31',
      succeededBy: '44083',
      populationClass: '10k-25k',
    });
    expect(meta.entities.find((e) => e.code === '11002')).toMatchObject({ nameFr: 'Anvers', populationClass: 'ge100k', inhabitants: 529247 });
    expect(meta.entities.find((e) => e.code === 'AWV')).toMatchObject({ tier: 'flemish_government', kind: 'IVA', nisCode: null, populationClass: null });
  });

  it('matches municipalities by code, Dutch and French name, with prefixes, and merged ones in the years they existed', async () => {
    const stored = await db.kysely.selectFrom('records').select(['entity', 'dossier_id']).execute();
    const entityOf = new Map(stored.map((r) => [r.dossier_id, r.entity]));
    NAMED.forEach(([buyer, date, code], i) => expect(entityOf.get(files[i]!.dossierId), `${buyer} on ${date}`).toBe(code));
  });

  it('rejects a municipality named outside the years it existed, saying where its records belong', () => {
    expect(report.rejected).toBe(3);
    const [nevele, lievegem, unknown] = report.errors;
    expect(nevele).toMatchObject({ column: 'entiteit', code: 'entity_not_in_year', params: { date: '2020-03-01', belongsTo: '44083 Deinze' } });
    expect(nevele!.message).toMatch(/44049 Nevele existed until 2018-12-31/);
    expect(lievegem).toMatchObject({ code: 'entity_not_in_year' });
    expect(lievegem!.params!.belongsTo).toBe('44036 Lovendegem, 44072 Waarschoot, 44080 Zomergem');
    expect(unknown).toMatchObject({ code: 'unknown_entity' });
    expect(report.accepted).toBe(files.length - 3);
  });

  it('counts merged municipalities under their successor in current boundaries and apart in historical ones, with equal totals', async () => {
    const current = (await indicator('tier=local&groupBy=entity,year')).rows;
    const historical = (await indicator('tier=local&groupBy=entity,year&boundaries=historical')).rows;
    const merged = ['44036', '44072', '44080', '44011', '44049'];
    expect(current.filter((r) => merged.includes(r.entity!))).toEqual([]);
    expect(historical.filter((r) => merged.includes(r.entity!)).length).toBeGreaterThan(0);

    // Lievegem's 2017 in today's boundaries is the sum of Lovendegem, Waarschoot and Zomergem in 2017.
    const lievegem2017 = current.find((r) => r.entity === '44085' && r.year === 2017)!;
    const parts = historical.filter((r) => ['44036', '44072', '44080'].includes(r.entity!) && r.year === 2017);
    expect(lievegem2017.n).toBe(parts.reduce((s, r) => s + r.n, 0));
    expect(lievegem2017.numerator).toBeCloseTo(
      parts.reduce((s, r) => s + r.numerator, 0),
      6,
    );
    expect(historical.find((r) => r.entity === '44085' && r.year === 2017)).toBeUndefined();
    // Deinze (44083) takes old Deinze and Nevele.
    const deinze = current.filter((r) => r.entity === '44083').reduce((s, r) => s + r.n, 0);
    const deinzeParts = historical.filter((r) => ['44011', '44049', '44083'].includes(r.entity!)).reduce((s, r) => s + r.n, 0);
    expect(deinze).toBe(deinzeParts);

    const total = (rows: Row[]) => [rows.reduce((s, r) => s + r.n, 0), rows.reduce((s, r) => s + r.numerator, 0), rows.reduce((s, r) => s + r.denominator, 0)];
    expect(total(current)).toEqual(total(historical));
    const [pooledNow, pooledThen] = [(await indicator('tier=local')).rows, (await indicator('tier=local&boundaries=historical')).rows];
    expect(pooledNow[0]).toEqual(pooledThen[0]);

    // An entity filter in current boundaries includes the predecessors' records; the records list agrees.
    const byFilter = (await indicator('entity=44085&groupBy=year')).rows;
    expect(byFilter.find((r) => r.year === 2017)?.n).toBe(lievegem2017.n);
    const list = await get<{ total: number }>('/api/v1/records?entity=44085&limit=1');
    const listThen = await get<{ total: number }>('/api/v1/records?entity=44085&limit=1&boundaries=historical');
    expect(list.total).toBe(current.filter((r) => r.entity === '44085').reduce((s, r) => s + r.n, 0));
    expect(listThen.total).toBeLessThan(list.total);
  });

  it('pools province and population-class roll-ups (never averages)', async () => {
    for (const boundaries of ['current', 'historical']) {
      const byEntity = (await indicator(`tier=local&groupBy=entity&boundaries=${boundaries}`)).rows;
      const meta = await get<{ entities: EntityMeta[] }>('/api/v1/meta');
      const org = new Map(meta.entities.map((e) => [e.code, e]));
      for (const key of ['province', 'populationClass'] as const) {
        const rolled = (await indicator(`tier=local&groupBy=${key}&boundaries=${boundaries}`)).rows;
        expect(rolled.length).toBeGreaterThan(1);
        for (const row of rolled) {
          const members = byEntity.filter((r) => org.get(r.entity!)![key] === row[key]);
          const num = members.reduce((s, r) => s + r.numerator, 0);
          const den = members.reduce((s, r) => s + r.denominator, 0);
          expect(row.numerator, `${key} ${row[key]}`).toBeCloseTo(num, 6);
          expect(row.denominator).toBeCloseTo(den, 6);
          expect(row.value).toBeCloseTo(num / den, 12);
        }
      }
    }
    // Population class by today's boundaries: Lievegem (26,310 inhabitants) is 25k-50k, Lovendegem (9,574) lt10k.
    const classNow = (await indicator('populationClass=lt10k&groupBy=entity')).rows.map((r) => r.entity);
    const classThen = (await indicator('populationClass=lt10k&groupBy=entity&boundaries=historical')).rows.map((r) => r.entity);
    expect(classNow).not.toContain('44085');
    expect(classThen).toEqual(expect.arrayContaining(['44036', '44072', '44080']));
    const province = (await indicator('province=70000&groupBy=entity')).rows.map((r) => r.entity);
    expect(province.sort()).toEqual(['70000', '71011']);
  });

  it('keeps local indicators monitoring only until a local target is set, and applies it only to its scope', async () => {
    const flemish = await indicator('entity=AWV');
    expect(flemish.rows[0]!.target).toMatchObject({ scope: 'all', value: 1 });
    for (const query of ['tier=local', 'entity=11002', 'tier=local&groupBy=province', 'province=40000', 'populationClass=ge100k']) {
      const answer = await indicator(query);
      expect(answer.monitoringOnly, query).toBe(true);
      expect(
        answer.rows.every((r) => r.target === undefined && r.status === undefined),
        query,
      ).toBe(true);
    }

    const put = (json: unknown) => call(server.url, 'PUT', '/api/v1/targets', { token: admin, json });
    expect((await put({ indicator: 'sustainable_value_share', scope: 'entity', scopeCode: '44085', year: 2024, value: 0.5 })).status).toBe(200);
    expect((await indicator('entity=44085')).rows[0]!.target).toMatchObject({ scope: 'entity', scopeCode: '44085', value: 0.5 });
    expect((await indicator('entity=11002')).rows[0]!.target).toBeUndefined();
    expect((await indicator('entity=44021')).rows[0]!.target).toBeUndefined();
    expect((await indicator('tier=local')).monitoringOnly).toBe(true);
    const perEntity = (await indicator('tier=local&groupBy=entity')).rows;
    expect(perEntity.filter((r) => r.target).map((r) => r.entity)).toEqual(['44085']);

    expect((await put({ indicator: 'sustainable_value_share', scope: 'province', scopeCode: '40000', year: 2024, value: 0.6 })).status).toBe(200);
    expect((await indicator('entity=44021')).rows[0]!.target).toMatchObject({ scope: 'province', scopeCode: '40000', value: 0.6 });
    expect((await indicator('entity=44085')).rows[0]!.target).toMatchObject({ scope: 'entity', value: 0.5 });
    expect((await indicator('entity=11002')).rows[0]!.target).toBeUndefined();

    expect((await put({ indicator: 'sustainable_value_share', scope: 'tier', scopeCode: 'local', year: 2024, value: 0.7 })).status).toBe(200);
    expect((await indicator('entity=11002')).rows[0]!.target).toMatchObject({ scope: 'tier', scopeCode: 'local', value: 0.7 });
    expect((await indicator('tier=local')).rows[0]!.target).toMatchObject({ scope: 'tier', value: 0.7 });
    // The Flemish government keeps the plan's 100 %.
    expect((await indicator('entity=AWV')).rows[0]!.target).toMatchObject({ scope: 'all', value: 1 });
    expect((await indicator('tier=flemish_government')).rows[0]!.target).toMatchObject({ scope: 'all', value: 1 });

    const bad = await put({ indicator: 'sustainable_value_share', scope: 'province', scopeCode: '11002', year: 2024, value: 0.6 });
    expect(bad.status).toBe(400);
    expect((await put({ indicator: 'sustainable_value_share', scope: 'tier', scopeCode: 'gemeenten', year: 2024, value: 0.6 })).status).toBe(400);
  });

  it('binds an editor to a municipality, including the records of the municipalities merged into it', async () => {
    const editor = (await createToken(db, { role: 'editor', entities: ['44083'], actor: 'setup' })).token;
    const own = templateCsv([record('Nevele', '2017-05-05', true), record('Deinze', '2021-05-05', false)]);
    const ok = await upload<Report>(server.url, 'deinze.csv', own, { token: editor });
    expect(ok.status).toBe(200);
    expect(ok.body.accepted).toBe(2);
    const other = await upload<Report>(server.url, 'antwerpen.csv', templateCsv([record('Anvers', '2021-05-05', true)]), { token: editor });
    expect(other.body.errors[0]).toMatchObject({ code: 'entity_not_allowed' });
  });

  it('refuses unknown tiers and population classes with a clear error', async () => {
    for (const query of ['tier=gemeenten', 'populationClass=huge', 'boundaries=then']) {
      const res = await call<{ issues: { parameter: string }[] }>(server.url, 'GET', `/api/v1/indicators/sustainable_value_share?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.body.issues[0]!.parameter).toBe(query.split('=')[0]);
    }
  });
});
