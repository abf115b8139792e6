/**
 * OCDS: the official fictional example (release package and record package) and hand-made
 * releases for merging, JSON lines, statuses, SME scale and sustainability.
 */
import { describe, expect, it } from 'vitest';
import { readOcds } from '../../src/formats/ocds.ts';
import { FileRejectedError } from '../../src/types.ts';
import { chunked, collect, fixture, fixtureText, recordWarnings, records, skips } from './fixture-files.ts';

const encode = (value: unknown) => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));

const EXPECTED_RECORD = {
  dossierId: 'ocds-213czf-000-00001:ocds-213czf-000-00001-award-01',
  awardDate: '2010-06-10', // the contract's dateSigned, not the award date (2010-05-10)
  title: 'Award of contract to build new cycle lanes in the centre of town.',
  cpv: '45233130', // published as "45233130.0"
  productGroup: null,
  valueEur: null,
  amount: 11000000,
  currency: 'GBP',
  criteria: null,
  innovative: null,
  socialClause: null,
  circular: null,
  smeWinner: null,
  framework: null,
  eSubmission: true, // submissionMethod: ["electronicSubmission"] only
  procedure: 'open',
  tendersReceived: 2,
  supplier: 'AnyCorp Cycle Provision',
  buyer: { name: 'London Borough of Barnet' }, // GB-LAC identifier: no Belgian enterprise number
};

function release(date: string, extra: Record<string, unknown>): Record<string, unknown> {
  return { ocid: 'ocds-test-1', id: `r-${date}`, date, tag: ['award'], ...extra };
}

describe('OCDS reader', () => {
  it('reads the release package: 6 releases of one process merge into 1 award of 11,000,000 GBP', async () => {
    const result = await readOcds(fixture('ocds-sample-data/ocds-213czf-000-00001.release-package.json'));
    expect(result.format).toBe('ocds');
    const items = await collect(result);
    expect(records(items)).toEqual([EXPECTED_RECORD]);
    expect(recordWarnings(items)[0]).toEqual(['amount in GBP kept, left out of euro sums: no exchange rate configured']);
  });

  it('reads the record package’s compiled release to the same record', async () => {
    const items = await collect(readOcds(fixture('ocds-sample-data/ocds-213czf-000-00001.record-package.json')));
    expect(records(items)).toEqual([EXPECTED_RECORD]);
  });

  it('reads JSON lines of releases, in any order, merged by date', async () => {
    const releases = JSON.parse(fixtureText('ocds-sample-data/ocds-213czf-000-00001.release-package.json')).releases as unknown[];
    const lines =
      [...releases]
        .reverse()
        .map((r) => JSON.stringify(r))
        .join('\n') + '\n';
    const items = await collect(readOcds(chunked(encode(lines), 512)));
    expect(records(items)).toEqual([EXPECTED_RECORD]);
  });

  it('converts the GBP award with a configured rate', async () => {
    const [draft] = records(await collect(readOcds(fixture('ocds-sample-data/ocds-213czf-000-00001.record-package.json'), { eurRates: { GBP: 0.88 } })));
    expect(draft).toMatchObject({ amount: 11000000, currency: 'GBP', valueEur: 12500000 });
  });

  it('lets later releases win and skips cancelled or unsuccessful awards', async () => {
    const pkg = {
      releases: [
        release('2020-05-01T10:00:00Z', {
          awards: [
            { id: 'a2', status: 'cancelled' },
            { id: 'a1', status: 'active', date: '2020-05-01T10:00:00Z', value: { amount: 900, currency: 'EUR' } },
          ],
        }),
        release('2020-03-01T10:00:00Z', { tender: { procurementMethod: 'selective', procurementMethodDetails: 'Restricted procedure', numberOfTenderers: 4 } }),
        release('2020-06-01T10:00:00Z', {
          awards: [
            { id: 'a1', value: { amount: 1000 } },
            { id: 'a3', status: 'unsuccessful' },
          ],
        }),
      ],
    };
    const items = await collect(readOcds(encode(pkg)));
    expect(records(items)).toEqual([
      expect.objectContaining({
        dossierId: 'ocds-test-1:a1',
        amount: 1000,
        currency: 'EUR',
        valueEur: 1000,
        awardDate: '2020-05-01',
        procedure: 'restricted',
        tendersReceived: 4,
      }),
    ]);
    expect(skips(items)).toEqual(['award a2 has status "cancelled": no contract was awarded', 'award a3 has status "unsuccessful": no contract was awarded']);
  });

  it('skips a process that has not awarded anything yet', async () => {
    const items = await collect(readOcds(encode({ releases: [release('2020-01-01T00:00:00Z', { tag: ['tender'], tender: { id: 't' } })] })));
    expect(items).toEqual([
      { kind: 'skip', location: { notice: 'ocds-test-1' }, reason: 'no award in this contracting process yet (planning or tender stage): awards nothing' },
    ]);
  });

  it('reads the supplier’s scale, the Belgian enterprise number and the lot’s sustainability', async () => {
    const compiled = {
      ocid: 'ocds-be-1',
      date: '2019-02-01T00:00:00+01:00',
      buyer: { id: 'BE-BCE_KBO-0316381039', name: 'AWV' },
      parties: [
        { id: 'BE-BCE_KBO-0316381039', name: 'Agentschap Wegen en Verkeer', roles: ['buyer'], identifier: { scheme: 'BE-BCE_KBO', id: '0316381039' } },
        { id: 's1', name: 'Klein Bouwbedrijf', roles: ['supplier'], details: { scale: 'sme' } },
        { id: 's2', name: 'Groot Bouwbedrijf', roles: ['supplier'], details: { scale: 'large' } },
      ],
      tender: {
        procurementMethod: 'limited',
        submissionMethod: ['written', 'electronicSubmission'],
        techniques: { hasFrameworkAgreement: true },
        items: [{ id: '1', classification: { scheme: 'CPV', id: '09310000' } }],
        lots: [
          { id: 'lot-1', sustainability: [{ goal: 'environmental.circularEconomy', strategies: ['technicalSpecifications'] }] },
          { id: 'lot-2', hasSustainability: false },
        ],
      },
      awards: [
        { id: 'aw-1', relatedLots: ['lot-1'], date: '2019-01-31', value: { amount: 50000, currency: 'EUR' }, suppliers: [{ id: 's2' }, { id: 's1' }] },
        { id: 'aw-2', relatedLots: ['lot-2'], date: '2019-01-31', value: { amount: 20000, currency: 'EUR' }, suppliers: [{ id: 's2' }] },
      ],
    };
    const items = await collect(readOcds(encode({ records: [{ ocid: 'ocds-be-1', compiledRelease: compiled }] })));
    const [first, second] = records(items);
    expect(first).toMatchObject({
      dossierId: 'ocds-be-1:aw-1',
      smeWinner: true,
      supplier: 'Groot Bouwbedrijf; Klein Bouwbedrijf',
      procedure: 'negotiated_without_publication',
      framework: true,
      eSubmission: null, // written or electronic: unknown how tenders came in
      cpv: '09310000',
      circular: true,
      innovative: false,
      socialClause: false,
      criteria: null,
      buyer: { name: 'Agentschap Wegen en Verkeer', enterpriseNumber: '0316381039' },
    });
    expect(second).toMatchObject({ dossierId: 'ocds-be-1:aw-2', smeWinner: false, circular: false, innovative: false, socialClause: false });
  });

  it('rejects a truncated package, naming line and column', async () => {
    const text = fixtureText('ocds-sample-data/ocds-213czf-000-00001.release-package.json');
    const error = await readOcds(encode(text.slice(0, 5000))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileRejectedError);
    expect((error as Error).message).toMatch(/not valid JSON at line 127, column \d+: .*the file ends there \(truncated\?\)/);
  });

  it('rejects a malformed line in JSON lines with its line number', async () => {
    const lines = `${JSON.stringify(release('2020-01-01', {}))}\n{"ocid": "x", oops}\n${JSON.stringify(release('2020-01-02', {}))}\n`;
    const error = await collect(readOcds(encode(lines))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileRejectedError);
    expect((error as Error).message).toMatch(/not valid JSON at line 2, column 15/);
  });

  it('rejects JSON that is not OCDS', async () => {
    await expect(readOcds(encode({ hello: 'world' }))).rejects.toThrow(/not an OCDS package/);
    await expect(readOcds(encode([1, 2, 3]))).rejects.toThrow(/not OCDS/);
    await expect(readOcds(encode(''))).rejects.toThrow(/empty/);
  });

  it('rejects a file over the size limit with a message naming the limit', async () => {
    const bytes = fixture('ocds-sample-data/ocds-213czf-000-00001.release-package.json');
    await expect(readOcds(chunked(bytes, 4096), { maxBytes: 10_000 })).rejects.toThrow(/larger than the import limit of 9\.8 KB/);
  });
});
