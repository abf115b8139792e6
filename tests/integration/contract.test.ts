/**
 * The API answers what its contract (@koers/contract) says, on both engines: every answer the
 * dashboard reads or gets from a write, parsed with the contract's schema, comes back unchanged. A
 * field the API gives that the contract leaves out (parsing drops it), or one of another type
 * (parsing throws), fails here, so the types the dashboard and the services take from the
 * contract are the answers' own.
 */
import {
  AuditPage,
  CorrectionResultSchema,
  ErrorBody,
  HealthResponse,
  ImportPage,
  ImportWithReportSchema,
  IndicatorResponse,
  MetaResponse,
  PolicyEventList,
  PolicyEventOutcomeSchema,
  RecordPageResponse,
  SessionSchema,
  StatusThresholdsOutcomeSchema,
  StatusThresholdsSchema,
  TargetChangeOutcomeSchema,
  TargetChangePage,
  TargetList,
  UndoResultSchema,
} from '@koers/contract';
import { createApp } from '@koers/api';
import { createToken, importFile } from '@koers/services';
import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, createTestDatabase, type TestDatabase } from '../support/databases.ts';
import { makeRecords, templateCsv } from '../support/template-files.ts';

describe.each(ENGINES)('%s: answers as the contract says', (engine) => {
  let db: TestDatabase;
  let app: ReturnType<typeof createApp>;
  let admin: string;

  beforeAll(async () => {
    db = await createTestDatabase(engine);
    const csv = templateCsv(makeRecords(300, 7));
    await importFile(
      db,
      {
        name: 'records.csv',
        open: async function* () {
          yield new TextEncoder().encode(csv);
        },
      },
      { actor: 'steward' },
    );
    admin = (await createToken(db, { role: 'admin', label: 'Beleidsteam', actor: 'setup' })).token;
    app = createApp({ db, importMemoryMb: 0 });
  });
  afterAll(async () => {
    await db?.drop();
  });

  /** Asks the API; the answer's JSON must be what the schema parses it to, field for field. */
  async function answers(schema: z.ZodType, method: string, path: string, options: { json?: unknown; status?: number } = {}): Promise<Record<string, unknown>> {
    const headers: Record<string, string> = { Authorization: `Bearer ${admin}` };
    if (options.json !== undefined) headers['Content-Type'] = 'application/json';
    const res = await app.request(`/api/v1${path}`, { method, headers, ...(options.json !== undefined ? { body: JSON.stringify(options.json) } : {}) });
    const body = (await res.json()) as Record<string, unknown>;
    expect(res.status, `${method} ${path}: ${JSON.stringify(body).slice(0, 300)}`).toBe(options.status ?? 200);
    expect(schema.parse(body), `${method} ${path}`).toEqual(body);
    return body;
  }

  it('reads: the registry, indicators, records, history, targets, events, thresholds, the audit trail, the caller', async () => {
    await answers(HealthResponse, 'GET', '/health');
    await answers(MetaResponse, 'GET', '/meta');
    await answers(SessionSchema, 'GET', '/session');
    const byYear = await answers(IndicatorResponse, 'GET', '/indicators/sustainable_value_share?groupBy=year');
    expect((byYear.rows as { progress?: unknown }[]).some((row) => row.progress)).toBe(true);
    await answers(IndicatorResponse, 'GET', '/indicators/single_bid_share?groupBy=year,entity,productGroup&from=2017');
    const page = await answers(RecordPageResponse, 'GET', '/records?indicator=sustainable_value_share&part=numerator&limit=20');
    expect((page.items as unknown[]).length).toBe(20);
    const history = await answers(ImportPage, 'GET', '/imports');
    const [first] = history.items as { id: number }[];
    await answers(ImportWithReportSchema, 'GET', `/imports/${first!.id}?messages=5`);
    await answers(TargetList, 'GET', '/targets');
    await answers(PolicyEventList, 'GET', '/events');
    await answers(StatusThresholdsSchema, 'GET', '/status-thresholds');
    await answers(ErrorBody, 'GET', '/records?limit=0', { status: 400 });
  });

  it('writes: a target, the thresholds, an event, a correction and its undo, then the logs that record them', async () => {
    await answers(TargetChangeOutcomeSchema, 'PUT', '/targets', {
      json: { indicator: 'circular_share', scope: 'all', year: 2020, value: 0.4, source: 'contract test' },
    });
    await answers(TargetChangeOutcomeSchema, 'DELETE', '/targets?indicator=circular_share&scope=all&year=2020');
    await answers(StatusThresholdsOutcomeSchema, 'PUT', '/status-thresholds', { json: { minN: 6, minCoverage: 0.8, onTrack: 0.95, needsAcceleration: 0.6 } });
    const added = await answers(PolicyEventOutcomeSchema, 'POST', '/events', {
      json: { date: '2018-06-01', label: { nl: 'Wet', fr: 'Loi', en: 'Law' } },
      status: 201,
    });
    await answers(PolicyEventOutcomeSchema, 'DELETE', `/events/${(added.event as { id: number }).id}`);
    const records = await answers(RecordPageResponse, 'GET', '/records?limit=1');
    const [record] = records.items as { id: number }[];
    const corrected = await answers(CorrectionResultSchema, 'PATCH', `/records/${record!.id}`, {
      json: { changes: { title: 'Corrected', procedure: 'open' }, reason: 'contract test' },
    });
    await answers(UndoResultSchema, 'POST', `/imports/${corrected.importId as number}/undo`);
    await answers(TargetChangePage, 'GET', '/targets/changes');
    await answers(AuditPage, 'GET', '/audit');
    await answers(ErrorBody, 'PUT', '/targets', { json: { indicator: 'circular_share', scope: 'all', year: 1999, value: 0.4 }, status: 400 });
  });
});
