/**
 * The status rules of SPEC §4 through the HTTP API on both engines: a year is judged on its own data,
 * the base year counts for the pace with enough records even at low coverage, and a year that is not
 * usable carries no figure from another year.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTITIES, type CriteriaAnswer, type ProcurementRecord } from '@koers/domain';
import { createToken, importFile } from '@koers/services';
import { call } from '../support/http.ts';
import { ENGINES, createTestDatabase, type TestDatabase } from '../support/databases.ts';
import { startServer, type RunningServerLike } from '../support/server.ts';
import { templateCsv } from '../support/template-files.ts';

const ENTITY = ENTITIES[0]!.code;

/** Per year: records answered `full`, `none_or_partial` and left unknown (count-based share). */
const PLAN: Record<number, [full: number, none: number, unknown: number]> = {
  2016: [4, 4, 4], // value 50 %, n = 8, coverage 67 %: the baseline by n only, not judged itself
  2017: [3, 0, 0], // n = 3: too thin
  2018: [7, 3, 0], // 70 %, usable
  2019: [8, 2, 0], // 80 %, usable
  2020: [9, 1, 10], // 90 % but coverage 50 %: not usable
};

function records(): ProcurementRecord[] {
  const out: ProcurementRecord[] = [];
  for (const [year, counts] of Object.entries(PLAN)) {
    const answers: Array<CriteriaAnswer | null> = [
      ...Array<CriteriaAnswer>(counts[0]).fill('full'),
      ...Array<CriteriaAnswer>(counts[1]).fill('none_or_partial'),
      ...Array<null>(counts[2]).fill(null),
    ];
    answers.forEach((criteria, i) =>
      out.push({
        entity: ENTITY,
        dossierId: `S-${year}-${i}`,
        awardDate: `${year}-05-01`,
        title: null,
        cpv: null,
        productGroup: null,
        valueEur: 50_000,
        amount: 50_000,
        currency: 'EUR',
        criteria,
        innovative: null,
        socialClause: null,
        circular: null,
        smeWinner: null,
        framework: null,
        eSubmission: null,
        procedure: null,
        tendersReceived: null,
        supplier: null,
      }),
    );
  }
  return out;
}

interface Row {
  year?: number;
  status?: string;
  value: number | null;
  progress?: Record<string, number | boolean | null>;
}

describe.each(ENGINES)('%s: status rules through the API', (engine) => {
  let db: TestDatabase;
  let server: RunningServerLike;

  beforeAll(async () => {
    db = await createTestDatabase(engine);
    const csv = templateCsv(records());
    const report = await importFile(db, {
      name: 'status.csv',
      open: async function* () {
        yield new TextEncoder().encode(csv);
      },
    });
    expect(report.rejected).toBe(0);
    server = await startServer(db);
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  async function rows(query: string): Promise<Row[]> {
    const res = await fetch(`${server.url}/api/v1/indicators/sustainable_count_share?${query}`);
    expect(res.status).toBe(200);
    return ((await res.json()) as { rows: Row[] }).rows;
  }

  it('counts the base year for the pace, so the first usable year after it gets a real status', async () => {
    const byYear = await rows(`groupBy=year&entity=${ENTITY}`);
    const y2018 = byYear.find((r) => r.year === 2018)!;
    // (2016, 50 %) and (2018, 70 %): 10 pp/year against (100 − 70) / 2 = 15 needed → ratio 0.67.
    expect(y2018.status).toBe('needs_acceleration');
    expect(y2018.progress).toMatchObject({ baselineYear: 2016, latestYear: 2018, usable: true });
    expect(y2018.progress!.observedPace).toBeCloseTo(10, 9);
    // The base year itself is not judged: its coverage is too low.
    expect(byYear.find((r) => r.year === 2016)!.status).toBe('insufficient_data');
    expect(byYear.find((r) => r.year === 2017)!.progress).toMatchObject({ status: 'insufficient_data', usable: false, lastUsableYear: null });
  });

  it('gives an unusable year insufficient data, naming the last usable year and nothing else', async () => {
    const y2020 = (await rows(`groupBy=year&entity=${ENTITY}`)).find((r) => r.year === 2020)!;
    expect(y2020.value).toBeCloseTo(0.9, 12);
    expect(y2020.status).toBe('insufficient_data');
    expect(y2020.progress).toMatchObject({
      year: 2020,
      usable: false,
      latestYear: null,
      latestValue: null,
      lastUsableYear: 2019,
      gap: null,
      deviation: null,
      requiredPace: null,
      observedPace: null,
      projectedYear: null,
      missedBy: null,
    });
    expect(y2020.progress!.lastUsableValue).toBeCloseTo(0.8, 12);
  });

  it('judges a pooled row on the last year asked for, not on an earlier usable year', async () => {
    const [all] = await rows(`groupBy=entity&entity=${ENTITY}`);
    expect(all!.progress).toMatchObject({ status: 'insufficient_data', year: 2020, lastUsableYear: 2019, latestYear: null });
    const [to2019] = await rows(`groupBy=entity&entity=${ENTITY}&to=2019`);
    expect(to2019!.progress).toMatchObject({ year: 2019, latestYear: 2019, usable: true });
    expect(to2019!.status).not.toBe('insufficient_data');
  });

  describe('thresholds administered through the API', () => {
    const DEFAULTS = { minN: 5, minCoverage: 0.8, onTrack: 0.95, needsAcceleration: 0.6 };
    let admin: string;
    let editor: string;
    beforeAll(async () => {
      admin = (await createToken(db, { role: 'admin', label: 'Beleidsteam', actor: 'setup' })).token;
      editor = (await createToken(db, { role: 'editor', entities: [ENTITY], label: 'Steward', actor: 'setup' })).token;
    });
    const put = (json: unknown, token = admin) =>
      call<{ thresholds: typeof DEFAULTS; change: { actor: string; old: typeof DEFAULTS; new: typeof DEFAULTS } | null }>(
        server.url,
        'PUT',
        '/api/v1/status-thresholds',
        { token, json },
      );
    const meta = async () => (await call<{ statusThresholds: typeof DEFAULTS }>(server.url, 'GET', '/api/v1/meta')).body.statusThresholds;

    it('serves the defaults of SPEC §4 in /meta until an administrator changes them', async () => {
      expect(await meta()).toEqual(DEFAULTS);
      expect((await call(server.url, 'GET', '/api/v1/status-thresholds')).body).toEqual(DEFAULTS);
    });

    it('lets only an administrator change them', async () => {
      expect((await call(server.url, 'PUT', '/api/v1/status-thresholds', { json: DEFAULTS })).status).toBe(401);
      expect((await put({ ...DEFAULTS, minCoverage: 0.5 }, editor)).status).toBe(403);
      expect(await meta()).toEqual(DEFAULTS);
    });

    it('refuses thresholds that make no sense, naming the field, and changes nothing', async () => {
      for (const bad of [
        { ...DEFAULTS, minN: 0 },
        { ...DEFAULTS, minN: 2.5 },
        { ...DEFAULTS, minCoverage: 1.2 },
        { ...DEFAULTS, needsAcceleration: 0.95 },
        { ...DEFAULTS, onTrack: -1 },
        // Bounds: beyond them no year could ever be usable, or no pace could be on track.
        { ...DEFAULTS, minN: 100_001 },
        { ...DEFAULTS, onTrack: 10.5 },
        { minN: 5 },
        { ...DEFAULTS, __proto__: { minN: 1 }, extra: 1 },
        { ...DEFAULTS, minCoverage: '0.5' },
      ]) {
        const res = await put(bad);
        expect(res.status, JSON.stringify(bad)).toBe(400);
      }
      const res = await put({ ...DEFAULTS, needsAcceleration: 0.95 });
      expect(JSON.stringify(res.body)).toContain('needsAcceleration');
      expect(await meta()).toEqual(DEFAULTS);
    });

    it('applies a change to every status at once, and audits who changed what', async () => {
      // At 50 % coverage 2020 becomes usable: 90 % in the target year → missed by 10 points.
      const res = await put({ ...DEFAULTS, minCoverage: 0.5 });
      expect(res.status).toBe(200);
      expect(res.body.change).toMatchObject({ actor: expect.stringContaining('Beleidsteam'), old: DEFAULTS, new: { ...DEFAULTS, minCoverage: 0.5 } });
      expect(await meta()).toEqual({ ...DEFAULTS, minCoverage: 0.5 });
      const y2020 = (await rows(`groupBy=year&entity=${ENTITY}`)).find((r) => r.year === 2020)!;
      expect(y2020.status).toBe('missed');
      expect(y2020.progress!.missedBy).toBeCloseTo(10, 9);
      // The same values again change nothing and log nothing.
      expect((await put({ ...DEFAULTS, minCoverage: 0.5 })).body.change).toBeNull();
      const audit = await call<{ items: { action: string; actor: string; details: { old: unknown; new: unknown } }[] }>(
        server.url,
        'GET',
        '/api/v1/audit?action=status_thresholds_set',
        { token: admin },
      );
      expect(audit.status).toBe(200);
      expect(audit.body.items).toHaveLength(1);
      expect(audit.body.items[0]!.details).toEqual({ old: DEFAULTS, new: { ...DEFAULTS, minCoverage: 0.5 } });
      // Back to the defaults: 2020 is not usable again.
      await put(DEFAULTS);
      expect((await rows(`groupBy=year&entity=${ENTITY}`)).find((r) => r.year === 2020)!.status).toBe('insufficient_data');
    });
  });
});
