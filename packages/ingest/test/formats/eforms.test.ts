/**
 * eForms notices: the SDK's official examples and the TED converter's output for real notices.
 *
 * Voluntary ex-ante transparency notices (subtypes 25–28, `veat`) are skipped, not imported:
 * they announce the intention to award a contract directly; the award itself appears in the
 * contract award notice that follows, and importing both would count the contract twice.
 */
import { describe, expect, it } from 'vitest';
import { readEforms } from '../../src/formats/eforms.ts';
import { FileRejectedError } from '../../src/types.ts';
import { chunked, collect, fixture, recordWarnings, records, skips, totalsByCurrency } from './fixture-files.ts';
import { eformsAward } from './synthetic-notices.ts';

const sdk = (name: string) => fixture(`eforms-sdk/notices/${name}.xml`);
const converted = (name: string) => fixture(`ted-xml-legacy/${name}.eforms.xml`);
const encode = (text: string) => new TextEncoder().encode(text);

describe('eForms reader: SDK examples', () => {
  it('reads the minimal award notice: one lot, 95,414 EUR, won by a micro enterprise', async () => {
    const items = await collect(readEforms(sdk('can_24_minimal')));
    expect(items).toHaveLength(1);
    expect(records(items)[0]).toEqual({
      dossierId: '022d0ef9-6338-42d9-afa4-a87709128061:LOT-0000',
      awardDate: '2019-09-03',
      title: 'Agence centre',
      cpv: '77310000',
      productGroup: null,
      valueEur: 95414,
      amount: 95414,
      currency: 'EUR',
      criteria: null,
      innovative: null,
      socialClause: null,
      circular: null,
      smeWinner: true,
      framework: false,
      eSubmission: null,
      procedure: 'open',
      tendersReceived: 3,
      supplier: 'Espaces Verts Lemire',
      buyer: { name: 'Rouen Habitat', enterpriseNumber: '123 456 789' },
    });
    // 1 of 3 tenders electronic: neither all nor none.
    expect(recordWarnings(items)[0]).toEqual(['1 of 3 tenders were submitted electronically: partly electronic, electronic submission left unknown']);
  });

  it('reads the maximal award notice: two framework contracts on lot 1 with their own winners, lot 2 not awarded', async () => {
    const items = await collect(readEforms(sdk('can_24_maximal')));
    const drafts = records(items);
    expect(drafts.map((r) => [r.dossierId, r.amount, r.currency, r.smeWinner, r.supplier])).toEqual([
      // Consortium of a large company and a micro enterprise (the medium one is a subcontractor).
      ['2d2d24a2-df84-449e-8695-fb66ef504a5a:LOT-0001:CON-0001', 9999999.99, 'EUR', true, 'Gyro and Others Consortium'],
      ['2d2d24a2-df84-449e-8695-fb66ef504a5a:LOT-0001:CON-0002', 9999999.99, 'EUR', false, 'Competitor'],
    ]);
    for (const draft of drafts) {
      expect(draft).toMatchObject({
        awardDate: '2023-03-24',
        tendersReceived: 9,
        eSubmission: true,
        procedure: 'negotiated_with_publication',
        cpv: '75121000',
        framework: true,
        // BT-06 env-imp, BT-774 clim-mitig, BT-775 acc-all, BT-776 proc-innov, no BT-805.
        innovative: true,
        socialClause: true,
        circular: false,
        criteria: null,
        buyer: { name: 'Financial Adinistration for ...', enterpriseNumber: '998298' },
      });
    }
    expect(skips(items)).toEqual(['lot LOT-0002: no winner was chosen and the competition is closed (BT-142 clos-nw, reason all-rej)']);
  });

  it('reads the light-regime award notice: one lot won by a large company, two lots without a winner', async () => {
    const items = await collect(readEforms(sdk('can-social_24')));
    const drafts = records(items);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({
      dossierId: '23da790b-60bc-4897-8a6b-5b8eda654d89:LOT-0002',
      amount: 100000,
      currency: 'EUR',
      valueEur: 100000,
      smeWinner: false,
      tendersReceived: 2,
      eSubmission: false, // 0 of 2 tenders electronic
      procedure: null,
      cpv: '75210000',
      awardDate: '2023-05-26',
    });
    expect(recordWarnings(items)[0]).toEqual(['no contract conclusion date (BT-145): the notice dispatch date 2023-05-26 (BT-05) is used as award date']);
    expect(skips(items)).toEqual([
      'lot LOT-0001: no winner was chosen and the competition is closed (BT-142 clos-nw, reason all-rej)',
      'lot LOT-0003: no winner has been chosen yet; the competition is still open (BT-142 open-nw)',
    ]);
  });

  it('skips contract notices, saying they award nothing', async () => {
    expect(skips(await collect(readEforms(sdk('cn_24_maximal'))))).toEqual(['contract notice (eForms subtype 16): announces a procurement, awards nothing']);
    expect(skips(await collect(readEforms(sdk('cn-social_25'))))).toEqual(['contract notice (eForms subtype 21): announces a procurement, awards nothing']);
  });
});

describe('eForms reader: notices converted from TED XML', () => {
  it('21-000934: one contract of 1,490,000 EUR, won by a group with two SMEs', async () => {
    const drafts = records(await collect(readEforms(converted('21-000934-001-EXP'))));
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({
      dossierId: 'aff2863e-b4cc-4e91-baba-b3b85f709117:LOT-0000',
      awardDate: '2020-12-15',
      amount: 1490000,
      currency: 'EUR',
      valueEur: 1490000,
      smeWinner: true,
      tendersReceived: 1,
      procedure: 'open',
      cpv: '90700000',
      supplier: 'Ecorys Europe EEIG-GEIE; Ecologics Institute GmbH; Milieu Consulting SPRL',
      buyer: { name: 'European Commission, Directorate General Environment' },
    });
  });

  it('20-157399: four contracts of one lot, each with its own key, no awarded value', async () => {
    const items = await collect(readEforms(converted('20-157399-001-EXP')));
    const drafts = records(items);
    expect(drafts.map((r) => r.dossierId)).toEqual([1, 2, 3, 4].map((n) => `aff2863e-b4cc-4e91-baba-b3b85f709117:LOT-0000:CON-000${n}`));
    expect(drafts.every((r) => r.amount === null && r.valueEur === null && r.tendersReceived === 6 && r.eSubmission === true)).toBe(true);
    expect(drafts.every((r) => r.awardDate === '2019-09-24' && r.cpv === '90620000' && r.procedure === 'open')).toBe(true);
    // The converter drops NO_SME (it has no eForms "not an SME" without a size): unknown.
    expect(drafts.map((r) => r.smeWinner)).toEqual([null, null, null, null]);
    expect(recordWarnings(items).every((w) => w.includes('no awarded value: counts in count shares, not in value shares'))).toBe(true);
  });

  it('20-157543: three lots in EUR', async () => {
    const drafts = records(await collect(readEforms(converted('20-157543-001-EXP'))));
    expect(drafts.map((r) => [r.dossierId.split(':')[1], r.amount, r.tendersReceived, r.awardDate])).toEqual([
      ['LOT-0001', 7834899.64, 7, '2020-03-18'],
      ['LOT-0002', 1205369.2, 4, '2020-03-18'],
      ['LOT-0003', 602684.6, 4, '2020-03-18'],
    ]);
    expect(totalsByCurrency(drafts)).toEqual({ EUR: 9642953.44 });
    expect(drafts.every((r) => r.framework === true)).toBe(true);
  });

  it('21-000061: twelve framework contracts in GBP, one won by an SME', async () => {
    const drafts = records(await collect(readEforms(converted('21-000061-001-EXP'))));
    expect(drafts).toHaveLength(12);
    expect(totalsByCurrency(drafts)).toEqual({ GBP: 1_800_000_000 });
    expect(drafts.filter((r) => r.smeWinner === true).map((r) => [r.dossierId.split(':').slice(1).join(':'), r.supplier])).toEqual([
      ['LOT-0002:CON-0011', 'Rowsell Wright Ltd'],
    ]);
    expect(drafts.map((r) => r.tendersReceived)).toEqual([...Array(6).fill(7), ...Array(6).fill(8)]);
  });

  it('22-086633: seven lots in EUR and PLN, one lot closed without a winner', async () => {
    const items = await collect(readEforms(converted('22-086633-001-EXP')));
    const drafts = records(items);
    expect(drafts.map((r) => [r.dossierId.split(':')[1], r.amount, r.currency, r.valueEur, r.tendersReceived])).toEqual([
      ['LOT-0001', 47620, 'EUR', 47620, 3],
      ['LOT-0002', 57231, 'PLN', null, 2],
      ['LOT-0003', 36436.5, 'PLN', null, 2],
      ['LOT-0004', 7950, 'PLN', null, 2],
      ['LOT-0005', 68950, 'PLN', null, 1],
      ['LOT-0006', 1139, 'PLN', null, 2],
      ['LOT-0007', 11800, 'PLN', null, 3],
    ]);
    // One contract (CON-0001) covers six lots: each lot keeps its own tender and value.
    expect(drafts.every((r) => r.smeWinner === true && r.awardDate === '2021-04-20')).toBe(true);
    expect(skips(items)).toEqual(['lot LOT-0008: no winner was chosen and the competition is closed (BT-142 clos-nw, reason all-rej)']);
  });

  it('skips the converted contract notice and the converted voluntary ex-ante transparency notice', async () => {
    expect(skips(await collect(readEforms(converted('20-343258-001-EXP'))))).toEqual([
      'contract notice (eForms subtype 16): announces a procurement, awards nothing',
    ]);
    const veat = skips(await collect(readEforms(converted('21-139343-001-EXP'))));
    expect(veat).toHaveLength(1);
    expect(veat[0]).toMatch(/^voluntary ex-ante transparency notice \(eForms subtype 25\): .*the award will appear in its contract award notice$/);
  });
});

describe('eForms reader: fields', () => {
  it('keys a record by procedure and lot, keeps the CPV leading zero and maps the procedure', async () => {
    const [draft] = records(await collect(readEforms(encode(eformsAward()))));
    expect(draft).toMatchObject({
      dossierId: '99999999-8888-7777-6666-555555555555:LOT-0001',
      awardDate: '2024-02-29',
      cpv: '03000000',
      procedure: 'competitive_dialogue',
      title: 'Perceel 1',
      valueEur: 125000.5,
      tendersReceived: 4,
      eSubmission: true,
      buyer: { name: 'Departement Omgeving', enterpriseNumber: '0316.380.940' },
    });
  });

  it('reads BT-165 winner sizes: micro, small, medium and sme are SMEs, large is not, absent is unknown', async () => {
    const sme = async (...sizes: (string | null)[]) => records(await collect(readEforms(encode(eformsAward({ sizes })))))[0]!.smeWinner;
    expect(await sme('micro')).toBe(true);
    expect(await sme('small')).toBe(true);
    expect(await sme('medium')).toBe(true);
    expect(await sme('sme')).toBe(true);
    expect(await sme('large')).toBe(false);
    expect(await sme(null)).toBeNull();
    expect(await sme('large', 'micro')).toBe(true);
    expect(await sme('large', null)).toBeNull();
  });

  it('keeps an amount in another currency out of euro sums unless a rate is configured', async () => {
    const nok = encode(eformsAward({ amount: '4480000', currency: 'NOK' }));
    const items = await collect(readEforms(nok));
    expect(records(items)[0]).toMatchObject({ amount: 4480000, currency: 'NOK', valueEur: null });
    expect(recordWarnings(items)[0]).toEqual(['amount in NOK kept, left out of euro sums: no exchange rate configured']);
    const converted = records(await collect(readEforms(nok, { eurRates: { NOK: 11.2 } })))[0]!;
    expect(converted).toMatchObject({ amount: 4480000, currency: 'NOK', valueEur: 400000 });
  });

  it('says a record without tender value counts in count shares only', async () => {
    const items = await collect(readEforms(encode(eformsAward({ amount: '' }))));
    expect(records(items)[0]).toMatchObject({ amount: null, valueEur: null, currency: null });
    expect(recordWarnings(items)[0]).toEqual(['no awarded value: counts in count shares, not in value shares']);
  });

  it('skips voluntary ex-ante transparency, modification and design contest result notices', async () => {
    const reason = async (subtype: string) => skips(await collect(readEforms(encode(eformsAward({ subtype })))))[0];
    expect(await reason('26')).toMatch(/^voluntary ex-ante transparency notice \(eForms subtype 26\)/);
    expect(await reason('38')).toMatch(/^contract modification notice \(eForms subtype 38\)/);
    expect(await reason('36')).toMatch(/awards prizes, not contracts/);
    expect(await reason('10')).toMatch(/awards nothing/);
  });

  it('gives the same records from a stream of small chunks as from one buffer', async () => {
    const bytes = sdk('can_24_maximal');
    expect(await collect(readEforms(chunked(bytes, 257)))).toEqual(await collect(readEforms(bytes)));
  });

  it('rejects a file that is not an eForms notice', async () => {
    await expect(readEforms(fixture('ted-xml-legacy/21-000934-001-EXP.ted-r209.xml'))).rejects.toThrow(/not an eForms notice.*TED_EXPORT/);
    await expect(readEforms(encode('<ContractNotice xmlns="urn:example"/>'))).rejects.toThrow(/not in the eForms UBL namespace/);
  });

  it('rejects a truncated notice with line and column', async () => {
    const error = await collect(readEforms(sdk('can_24_minimal').subarray(0, 5000))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileRejectedError);
    expect((error as Error).message).toMatch(/eForms notice is not well-formed XML at line \d+, column \d+/);
  });

  it('keys records by procedure (BT-04), so a change notice of the same procedure updates them', async () => {
    const original = eformsAward();
    const change = original.replace('11111111-2222-3333-4444-555555555555', 'aaaaaaaa-2222-3333-4444-555555555555');
    const [first] = records(await collect(readEforms(encode(original))));
    const [changed] = records(await collect(readEforms(encode(change))));
    expect(changed!.dossierId).toBe(first!.dossierId);
  });

  it('skips a prior information notice', async () => {
    const pin = `<PriorInformationNotice xmlns="urn:oasis:names:specification:ubl:schema:xsd:PriorInformationNotice-2"
      xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"><cbc:ID>pin-1</cbc:ID></PriorInformationNotice>`;
    expect(await collect(readEforms(encode(pin)))).toEqual([
      { kind: 'skip', location: { notice: 'pin-1' }, reason: 'prior information notice: announces planned procurement, awards nothing' },
    ]);
  });
});
