/**
 * Files whose JSON holds `__proto__`, `constructor` or `prototype` keys, at any depth and in every
 * OCDS shape (release package, record package with a compiled or with embedded releases, JSON
 * lines), uploaded through the API in dry-run and in normal mode on both engines: the process's
 * `Object.prototype` is untouched and every public answer stays what it was.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken, importFile } from '@koers/services';
import { ENGINES, createTestDatabase, type TestDatabase } from '../support/databases.ts';
import { call, upload } from '../support/http.ts';
import { startServer, type RunningServerLike } from '../support/server.ts';
import { makeRecords, templateCsv } from '../support/template-files.ts';

const FIXTURES = new URL('../fixtures/real/ocds-sample-data/', import.meta.url);
const releasePackage = JSON.parse(readFileSync(new URL('ocds-213czf-000-00001.release-package.json', FIXTURES), 'utf8')) as {
  releases: Record<string, unknown>[];
} & Record<string, unknown>;
const recordPackage = JSON.parse(readFileSync(new URL('ocds-213czf-000-00001.record-package.json', FIXTURES), 'utf8')) as {
  records: Record<string, unknown>[];
} & Record<string, unknown>;

/** What the original attack set: a filter every unfiltered query would then inherit. */
const PAYLOAD = { entity: 'AWV', polluted: 'yes', awardDate: '2016-01-01', valueEur: 1 };

type Obj = Record<string, unknown>;
/** The objects in a value: itself, or the objects of a list. */
const objs = (value: unknown): Obj[] =>
  (Array.isArray(value) ? value : [value]).filter((v): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v));

/** A deep copy of `document` with `key` set as an own property on every object `select` picks. */
function withKey<T>(document: T, key: string, select: (root: Obj) => Obj[]): T {
  const copy = JSON.parse(JSON.stringify(document)) as T;
  const value = key === 'constructor' ? { prototype: PAYLOAD } : PAYLOAD;
  // defineProperty makes `__proto__` a plain own key, which JSON.stringify then writes as a file would.
  for (const target of select(copy as Obj)) Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

const releasesOf = (root: Obj): Obj[] =>
  root.releases ? objs(root.releases) : objs(root.records).flatMap((r) => (r.compiledRelease ? objs(r.compiledRelease) : objs(r.releases)));

const PLACES: Record<string, (root: Obj) => Obj[]> = {
  'the package': (root) => [root, ...objs(root.records)],
  'each release': (root) => releasesOf(root),
  'tenders, awards and parties': (root) => releasesOf(root).flatMap((r) => [...objs(r.tender), ...objs(r.awards), ...objs(r.parties)]),
  'values, items and addresses': (root) =>
    releasesOf(root).flatMap((r) => [
      ...objs(r.awards).flatMap((a) => [...objs(a.value), ...objs(a.items), ...objs(a.suppliers)]),
      ...objs(r.parties).flatMap((p) => objs(p.address)),
    ]),
};

function hostileFiles(): { name: string; text: string }[] {
  const embedded = { ...recordPackage, records: recordPackage.records.map((r) => ({ ocid: r.ocid, releases: releasePackage.releases })) };
  const files: { name: string; text: string }[] = [];
  for (const key of ['__proto__', 'constructor', 'prototype']) {
    for (const [place, select] of Object.entries(PLACES)) {
      files.push({ name: `release package, ${key} in ${place}.json`, text: JSON.stringify(withKey(releasePackage, key, select)) });
      files.push({ name: `record package, ${key} in ${place}.json`, text: JSON.stringify(withKey(recordPackage, key, select)) });
      files.push({ name: `embedded releases, ${key} in ${place}.json`, text: JSON.stringify(withKey(embedded, key, select)) });
      if (place === 'the package') continue; // JSON lines have no package around the releases
      const lines = withKey(releasePackage, key, select)
        .releases.map((r) => JSON.stringify(r))
        .join('\n');
      files.push({ name: `JSON lines, ${key} in ${place}.jsonl`, text: lines });
    }
  }
  return files;
}

describe.each(ENGINES)('%s: prototype keys in uploaded files', (engine) => {
  let db: TestDatabase;
  let server: RunningServerLike;
  let admin: string;

  /** Public answers that a polluted prototype changed: records, indicators, meta. */
  const answers = async () => {
    const paths = [
      '/api/v1/records?limit=50',
      '/api/v1/indicators/sustainable_value_share?groupBy=year',
      '/api/v1/indicators/sustainable_value_share?groupBy=entity,year',
      '/api/v1/indicators/sme_count_share?groupBy=year',
      '/api/v1/meta',
    ];
    return Promise.all(
      paths.map(async (path) => {
        const { status, body } = await call(server.url, 'GET', path);
        return { path, status, body };
      }),
    );
  };

  beforeAll(async () => {
    db = await createTestDatabase(engine);
    await importFile(db, {
      name: 'base.csv',
      open: async function* () {
        yield new TextEncoder().encode(templateCsv(makeRecords(400, 31)));
      },
    });
    admin = (await createToken(db, { role: 'admin', label: 'Beheerder', actor: 'setup' })).token;
    // Well over a hundred uploads: above the default write rate limit.
    server = await startServer(db, { writeRateLimit: { limit: 10_000, windowMs: 60_000 } });
    // The clean file first, so a hostile copy of it finds its record unchanged.
    const clean = await upload<{ accepted: number }>(server.url, 'clean.json', JSON.stringify(releasePackage), { token: admin, query: 'addEntities=true' });
    expect(clean.status).toBe(200);
    expect(clean.body.accepted).toBe(1);
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  it('changes neither Object.prototype nor any public answer, in dry-run and in normal mode', async () => {
    const before = await answers();
    const files = hostileFiles();
    expect(files.length).toBeGreaterThanOrEqual(30);
    for (const file of files) expect(/"(__proto__|constructor|prototype)":/.test(file.text), file.name).toBe(true);
    for (const dryRun of [true, false]) {
      for (const file of files) {
        const res = await upload<{ accepted: number; updated: number; unchanged: number; rejected: number }>(server.url, file.name, file.text, {
          token: admin,
          query: `addEntities=true${dryRun ? '&dryRun=true' : ''}`,
        });
        expect(res.status, file.name).toBe(200);
        // The keys are dropped: the file holds the same award as the clean one.
        expect([res.body.accepted, res.body.updated, res.body.unchanged, res.body.rejected], file.name).toEqual([0, 0, 1, 0]);
        expect(Object.keys(Object.prototype), file.name).toEqual([]);
        expect(({} as Record<string, unknown>).polluted, file.name).toBeUndefined();
      }
      expect(await answers()).toEqual(before);
    }
  });
});
