/**
 * Policy events as administered data on both engines (SPEC §7): seeded with the plan's own
 * milestones, read by anyone, written by an admin only, every change in the audit trail, bad input
 * refused with the field named and nothing changed, and the routes in the OpenAPI document.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '@koers/services';
import { ENGINES, createTestDatabase, type TestDatabase } from '../support/databases.ts';
import { call } from '../support/http.ts';
import { startServer, type RunningServerLike } from '../support/server.ts';

interface PolicyEvent {
  id: number;
  date: string;
  label: { nl: string; fr: string; en: string };
  scope: string;
  scopeCode: string | null;
  source: string | null;
}
interface Outcome {
  event: PolicyEvent | null;
  auditId: number | null;
}

const LAW = { nl: 'Nieuwe wet', fr: 'Nouvelle loi', en: 'New law' };

describe.each(ENGINES)('%s: policy events', (engine) => {
  let db: TestDatabase;
  let server: RunningServerLike;
  let admin: string;
  let editor: string;

  beforeAll(async () => {
    db = await createTestDatabase(engine);
    admin = (await createToken(db, { role: 'admin', label: 'Beleidsteam', actor: 'setup' })).token;
    editor = (await createToken(db, { role: 'editor', label: 'Steward', entities: ['AWV'], actor: 'setup' })).token;
    server = await startServer(db);
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
  });

  const list = async () => (await call<{ items: PolicyEvent[] }>(server.url, 'GET', '/api/v1/events')).body.items;

  it('starts with the plan’s milestones, in date order, in three languages', async () => {
    const items = await list();
    expect(items.map((e) => [e.date, e.scope, e.scopeCode])).toEqual([
      ['2016-01-29', 'all', null],
      ['2017-06-30', 'all', null],
      ['2018-01-01', 'all', null],
    ]);
    for (const e of items) for (const words of Object.values(e.label)) expect(words.length).toBeGreaterThan(10);
    expect(items[0]!.label.nl).toContain('keurt het plan');
  });

  it('lets an admin add, change and remove an event, each written to the audit trail', async () => {
    const created = await call<Outcome>(server.url, 'POST', '/api/v1/events', {
      token: admin,
      json: { date: '2019-05-26', label: LAW, scope: 'entity', scopeCode: 'awv', source: 'BS' },
    });
    expect(created.status).toBe(201);
    expect(created.body.event).toMatchObject({ date: '2019-05-26', scope: 'entity', scopeCode: 'AWV', label: LAW, source: 'BS' });
    const id = created.body.event!.id;
    // Reads answer from a cache kept per data version: the change must show at once.
    expect((await list()).find((e) => e.id === id)).toMatchObject({ date: '2019-05-26', scopeCode: 'AWV' });

    const same = await call<Outcome>(server.url, 'PUT', `/api/v1/events/${id}`, {
      token: admin,
      json: { date: '2019-05-26', label: LAW, scope: 'entity', scopeCode: 'AWV', source: 'BS' },
    });
    expect(same.status).toBe(200);
    expect(same.body.auditId).toBeNull();

    const changed = await call<Outcome>(server.url, 'PUT', `/api/v1/events/${id}`, {
      token: admin,
      json: { date: '2019-06-01', label: { ...LAW, en: 'The new law' } },
    });
    expect(changed.status).toBe(200);
    expect(changed.body.event).toMatchObject({ date: '2019-06-01', scope: 'all', scopeCode: null, source: null });
    expect((await list()).find((e) => e.id === id)).toMatchObject({ date: '2019-06-01', scope: 'all' });

    const removed = await call<Outcome>(server.url, 'DELETE', `/api/v1/events/${id}`, { token: admin });
    expect(removed.status).toBe(200);
    expect((await list()).some((e) => e.id === id)).toBe(false);
    expect((await call(server.url, 'DELETE', `/api/v1/events/${id}`, { token: admin })).status).toBe(404);

    const audit = await call<{ items: { action: string; actor: string; details: Record<string, unknown> }[] }>(
      server.url,
      'GET',
      '/api/v1/audit?action=event_create,event_change,event_remove',
      { token: admin },
    );
    expect(audit.status).toBe(200);
    expect(audit.body.items.map((i) => i.action)).toEqual(['event_remove', 'event_change', 'event_create']);
    for (const item of audit.body.items) expect(item.actor).toMatch(/^Beleidsteam \(token \d+\)$/);
    expect(audit.body.items[1]!.details).toMatchObject({ eventId: id, before: { date: '2019-05-26' }, after: { date: '2019-06-01' } });
  });

  it('refuses writes without an admin token, and changes nothing', async () => {
    const before = await list();
    const body = { date: '2019-05-26', label: LAW };
    expect((await call(server.url, 'POST', '/api/v1/events', { json: body })).status).toBe(401);
    expect((await call(server.url, 'POST', '/api/v1/events', { token: editor, json: body })).status).toBe(403);
    expect((await call(server.url, 'PUT', `/api/v1/events/${before[0]!.id}`, { token: editor, json: body })).status).toBe(403);
    expect((await call(server.url, 'DELETE', `/api/v1/events/${before[0]!.id}`, { token: editor })).status).toBe(403);
    expect(await list()).toEqual(before);
  });

  it.each([
    ['a date that is not in the calendar', { date: '2019-02-30', label: LAW }, 'date'],
    ['a date in another format', { date: '30/06/2017', label: LAW }, 'date'],
    ['a missing language', { date: '2019-05-26', label: { nl: 'x', fr: 'y' } }, 'label'],
    ['empty words', { date: '2019-05-26', label: { ...LAW, fr: '   ' } }, 'label.fr'],
    ['a line break in the words', { date: '2019-05-26', label: { ...LAW, nl: 'een\nregel' } }, 'label.nl'],
    ['words over 300 characters', { date: '2019-05-26', label: { ...LAW, en: 'x'.repeat(301) } }, 'label'],
    ['an unknown entity', { date: '2019-05-26', label: LAW, scope: 'entity', scopeCode: 'NOPE' }, 'scopeCode'],
    ['a scope events do not have', { date: '2019-05-26', label: LAW, scope: 'province', scopeCode: 'VAN' }, 'scope'],
    ['a scope code for scope all', { date: '2019-05-26', label: LAW, scope: 'all', scopeCode: 'AWV' }, 'scopeCode'],
    ['an unknown field', { date: '2019-05-26', label: LAW, __proto__: { admin: true }, colour: 'red' }, 'colour'],
  ])('refuses %s, naming the field, and changes nothing', async (_name, json, field) => {
    const before = await list();
    const res = await call<{ error: string; message: string; issues?: { parameter: string }[] }>(server.url, 'POST', '/api/v1/events', { token: admin, json });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain(field);
    expect(await list()).toEqual(before);
  });

  it('documents the routes in the OpenAPI document', async () => {
    const doc = (await call<{ paths: Record<string, Record<string, unknown>> }>(server.url, 'GET', '/api/v1/openapi.json')).body;
    expect(Object.keys(doc.paths['/api/v1/events'] ?? doc.paths['/events'] ?? {})).toEqual(expect.arrayContaining(['get', 'post']));
    expect(Object.keys(doc.paths['/api/v1/events/{id}'] ?? doc.paths['/events/{id}'] ?? {})).toEqual(expect.arrayContaining(['put', 'delete']));
  });
});
