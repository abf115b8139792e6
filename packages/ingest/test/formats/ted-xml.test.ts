/**
 * Legacy TED XML (R2.0.9) award notices from the fixtures, record by record.
 *
 * Voluntary ex-ante transparency notices (F15) are not imported: they announce the intention to
 * award a contract directly, before the contract exists; the award itself is published in the
 * contract award notice that follows. Importing F15 too would count the same contract twice, and
 * with the date of an intention rather than of an award. The reader skips them with that reason.
 */
import { describe, expect, it } from 'vitest';
import { readTedXml } from '../../src/formats/ted-xml.ts';
import { FileRejectedError } from '../../src/types.ts';
import { chunked, collect, fixture, recordWarnings, records, skips, totalsByCurrency } from './fixture-files.ts';
import { tedAward, tedNotice } from './synthetic-notices.ts';

const legacy = (name: string) => fixture(`ted-xml-legacy/${name}.ted-r209.xml`);

describe('legacy TED XML reader', () => {
  it('reads the EU Commission award (21-000934): one contract, 1,490,000 EUR, won by a group with two SMEs', async () => {
    const items = await collect(readTedXml(legacy('21-000934-001-EXP')));
    expect(items).toHaveLength(1);
    const [record] = records(items);
    expect(record).toEqual({
      dossierId: 'TED:2020/S 161-391292:-:07.0202/2020/839227/ETU/ENV.D.1',
      awardDate: '2020-12-15',
      title: 'Assessment Support of draft CAP Strategic Plans with Respect to Environmental Requirements',
      cpv: '90700000',
      productGroup: null,
      valueEur: 1490000,
      amount: 1490000,
      currency: 'EUR',
      criteria: null,
      innovative: null,
      socialClause: null,
      circular: null,
      // NO_SME, SME, SME: a group with any SME counts as an SME win.
      smeWinner: true,
      framework: null,
      eSubmission: null,
      procedure: 'open',
      tendersReceived: 1,
      supplier: 'Ecorys Europe EEIG-GEIE; Ecologics Institute GmbH; Milieu Consulting SPRL',
      buyer: { name: 'European Commission, Directorate General Environment' },
    });
  });

  it('reads only the original-language form, never its 23 translations', async () => {
    const items = await collect(readTedXml(legacy('21-000934-001-EXP')));
    // The Danish translation comes first in the file; the English original is what we read.
    expect(records(items).map((r) => r.title)).toEqual([expect.stringMatching(/^Assessment Support/)]);
    const spanish = records(await collect(readTedXml(legacy('20-157543-001-EXP'))));
    expect(spanish[0]!.title).toMatch(/^Realización de controles financieros/);
  });

  it('reads the Norwegian award (20-157399): 4 contracts without awarded value, none won by an SME', async () => {
    const items = await collect(readTedXml(legacy('20-157399-001-EXP')));
    const drafts = records(items);
    expect(drafts).toHaveLength(4);
    expect(drafts.map((r) => r.dossierId)).toEqual([
      'TED:2019/S 109-267097:-:1',
      'TED:2019/S 109-267097:-:2',
      'TED:2019/S 109-267097:-:3',
      'TED:2019/S 109-267097:-:4',
    ]);
    for (const draft of drafts) {
      expect(draft).toMatchObject({
        awardDate: '2019-09-24',
        amount: null,
        valueEur: null,
        currency: null,
        smeWinner: false,
        tendersReceived: 6,
        eSubmission: true, // 6 of 6 tenders electronic
        procedure: 'open',
        cpv: '90620000',
        buyer: { name: 'Kåfjord Kommune', enterpriseNumber: '940 363 586' },
      });
    }
    expect(drafts.map((r) => r.supplier)).toEqual(['Kurt Steinar Wiik', 'Manndalen Maskin AS', 'Myrvoll Maskin AS', 'Traktor and Maskin']);
    // Only VAL_RANGE_TOTAL (lowest–highest tender) is given: that is not the awarded value.
    for (const warnings of recordWarnings(items)) {
      expect(warnings).toContain('no awarded value: counts in count shares, not in value shares');
      expect(warnings.join(' ')).toMatch(/VAL_RANGE_TOTAL/);
    }
  });

  it('reads the Catalan award (20-157543): 3 lots in EUR under one framework agreement', async () => {
    const drafts = records(await collect(readTedXml(legacy('20-157543-001-EXP'))));
    expect(drafts.map((r) => [r.dossierId, r.amount, r.currency, r.valueEur, r.tendersReceived, r.smeWinner])).toEqual([
      ['TED:2019/S 237-581525:1:EC 2020 2', 7834899.64, 'EUR', 7834899.64, 7, false],
      ['TED:2019/S 237-581525:2:EC 2020 2', 1205369.2, 'EUR', 1205369.2, 4, false],
      ['TED:2019/S 237-581525:3:EC 2020 2', 602684.6, 'EUR', 602684.6, 4, false],
    ]);
    for (const draft of drafts) {
      expect(draft).toMatchObject({ awardDate: '2020-03-18', framework: true, procedure: 'open', cpv: '79212000', eSubmission: null });
    }
    expect(totalsByCurrency(drafts)).toEqual({ EUR: 9642953.44 });
  });

  it('reads the Highways England framework (21-000061): 12 contracts in GBP kept out of euro sums, one SME', async () => {
    const items = await collect(readTedXml(legacy('21-000061-001-EXP')));
    const drafts = records(items);
    expect(drafts).toHaveLength(12);
    expect(drafts.map((r) => r.dossierId.split(':').slice(2).join(':'))).toEqual([
      '1:1A',
      '1:1B',
      '1:1C',
      '1:1D',
      '1:1E',
      '1:1F',
      '2:2A',
      '2:2B',
      '2:2C',
      '2:2D',
      '2:2E',
      '2:2F',
    ]);
    expect(drafts.every((r) => r.dossierId.startsWith('TED:2019/S 176-428607:'))).toBe(true);
    expect(totalsByCurrency(drafts)).toEqual({ GBP: 1_800_000_000 });
    expect(drafts.map((r) => r.amount)).toEqual([...Array(6).fill(250_000_000), ...Array(6).fill(50_000_000)]);
    expect(drafts.every((r) => r.valueEur === null && r.currency === 'GBP')).toBe(true);
    expect(drafts.map((r) => r.smeWinner)).toEqual([false, false, false, false, false, false, false, false, false, false, true, false]);
    expect(drafts.map((r) => r.tendersReceived)).toEqual([7, 7, 7, 7, 7, 7, 8, 8, 8, 8, 8, 8]);
    expect(drafts.map((r) => r.awardDate)).toEqual([...Array(5).fill('2020-09-09'), '2020-10-14', ...Array(6).fill('2020-09-09')]);
    expect(drafts.every((r) => r.framework === true && r.procedure === 'open' && r.cpv === '73000000' && r.eSubmission === true)).toBe(true);
    expect(recordWarnings(items)[0]).toEqual(['amount in GBP kept, left out of euro sums: no exchange rate configured']);
  });

  it('converts other currencies to euro when a rate is configured', async () => {
    const drafts = records(await collect(readTedXml(legacy('21-000061-001-EXP'), { eurRates: { GBP: 0.8 } })));
    expect(drafts[0]).toMatchObject({ amount: 250_000_000, currency: 'GBP', valueEur: 312_500_000 });
  });

  it('reads the Polish award (22-086633): 7 lots in EUR and PLN, all won by SMEs, and skips the lot not awarded', async () => {
    const items = await collect(readTedXml(legacy('22-086633-001-EXP')));
    const drafts = records(items);
    expect(drafts.map((r) => [r.dossierId, r.amount, r.currency, r.tendersReceived, r.awardDate])).toEqual([
      ['TED:2020/S 251-628645:1:1', 47620, 'EUR', 3, '2021-04-20'],
      ['TED:2020/S 251-628645:2:1', 57231, 'PLN', 2, '2021-04-20'],
      ['TED:2020/S 251-628645:3:1', 36436.5, 'PLN', 2, '2021-04-20'],
      ['TED:2020/S 251-628645:4:4', 7950, 'PLN', 2, '2021-04-20'],
      ['TED:2020/S 251-628645:5:1', 68950, 'PLN', 1, '2021-04-20'],
      ['TED:2020/S 251-628645:6:1', 1139, 'PLN', 2, '2021-04-13'],
      ['TED:2020/S 251-628645:7:1', 11800, 'PLN', 3, '2021-04-20'],
    ]);
    expect(totalsByCurrency(drafts)).toEqual({ EUR: 47620, PLN: 183506.5 });
    expect(drafts.map((r) => r.valueEur)).toEqual([47620, null, null, null, null, null, null]);
    expect(drafts.every((r) => r.smeWinner === true && r.cpv === '33151400' && r.procedure === 'open')).toBe(true);
    expect(drafts[0]!.buyer).toEqual({ name: 'WWCOiT im. M. Kopernika w Łodzi', enterpriseNumber: '7292345599' });
    expect(skips(items)).toEqual(['lot 8, contract 8: no contract was awarded: no tenders were received or all were rejected (NO_AWARDED_CONTRACT)']);
  });

  it('skips a contract notice (F02) once, saying it awards nothing', async () => {
    const items = await collect(readTedXml(legacy('20-343258-001-EXP')));
    expect(items).toEqual([
      { kind: 'skip', location: { notice: '2020/S 138-338270' }, reason: 'contract notice (F02): announces a procurement, awards nothing' },
    ]);
  });

  it('skips a voluntary ex-ante transparency notice (F15): the award comes with its contract award notice', async () => {
    const items = await collect(readTedXml(legacy('21-139343-001-EXP')));
    expect(items).toHaveLength(1);
    expect(skips(items)[0]).toMatch(
      /^voluntary ex-ante transparency notice \(F15\): .*not an award notice; the award will appear in its contract award notice$/,
    );
  });

  it('gives the same records from a stream of small chunks as from one buffer', async () => {
    const bytes = legacy('21-000061-001-EXP');
    expect(await collect(readTedXml(chunked(bytes, 333)))).toEqual(await collect(readTedXml(bytes)));
  });

  it('falls back to the dispatch date, with a warning, when the contract conclusion date is missing', async () => {
    const xml = tedNotice(`
      <AWARD_CONTRACT ITEM="1"><AWARDED_CONTRACT>
        <TENDERS><NB_TENDERS_RECEIVED>3</NB_TENDERS_RECEIVED><NB_TENDERS_RECEIVED_EMEANS>1</NB_TENDERS_RECEIVED_EMEANS></TENDERS>
        <CONTRACTORS><CONTRACTOR><ADDRESS_CONTRACTOR><OFFICIALNAME>A</OFFICIALNAME></ADDRESS_CONTRACTOR></CONTRACTOR></CONTRACTORS>
      </AWARDED_CONTRACT></AWARD_CONTRACT>`);
    const items = await collect(readTedXml(new TextEncoder().encode(xml)));
    expect(records(items)[0]).toMatchObject({ awardDate: '2019-05-06', smeWinner: null, eSubmission: null, tendersReceived: 3, framework: null });
    expect(recordWarnings(items)[0]).toEqual([
      "no contract conclusion date (DATE_CONCLUSION_CONTRACT): the notice's dispatch date 2019-05-06 is used as award date",
      'no awarded value: counts in count shares, not in value shares',
      '1 of 3 tenders were submitted electronically: partly electronic, electronic submission left unknown',
    ]);
  });

  it('rejects a file that is not a TED notice', async () => {
    await expect(readTedXml(fixture('eforms-sdk/notices/can_24_minimal.xml'))).rejects.toThrow(/not a legacy TED notice.*ContractAwardNotice/);
  });

  it('rejects a truncated notice, naming line and column', async () => {
    const bytes = legacy('21-000934-001-EXP');
    const error = await collect(readTedXml(bytes.subarray(0, 150_000))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileRejectedError);
    expect((error as Error).message).toMatch(/not well-formed XML at line \d+, column \d+/);
  });

  describe('several contractors in one awarded contract (decision: any SME makes it an SME win)', () => {
    const smeOf = async (...flags: ('SME' | 'NO_SME' | null)[]) =>
      records(await collect(readTedXml(new TextEncoder().encode(tedNotice(tedAward(1, flags))))))[0]!.smeWinner;

    it('counts a group with at least one SME as won by an SME', async () => {
      expect(await smeOf('NO_SME', 'SME')).toBe(true);
      expect(await smeOf('SME', null)).toBe(true);
    });

    it('counts it as not won by an SME only when every contractor is known to be no SME', async () => {
      expect(await smeOf('NO_SME', 'NO_SME')).toBe(false);
    });

    it('leaves it unknown when no contractor is an SME but one is unknown', async () => {
      expect(await smeOf('NO_SME', null)).toBeNull();
      expect(await smeOf(null)).toBeNull();
    });
  });

  it('maps an award without prior publication, keeps the leading zero of the CPV code and reads no electronic tender as false', async () => {
    const drafts = records(await collect(readTedXml(new TextEncoder().encode(tedNotice(tedAward(1, ['SME']))))));
    expect(drafts[0]).toMatchObject({
      dossierId: 'TED:2019/S 001-000001:-:award-1',
      procedure: 'negotiated_without_publication',
      cpv: '09310000',
      eSubmission: false, // 0 of 2 tenders electronic
      valueEur: 1000,
      title: 'Onderhoud',
      buyer: { name: 'Agentschap Wegen en Verkeer', enterpriseNumber: '0316.381.039' },
    });
  });

  it('maps each procedure type of the 2014 forms', async () => {
    const cases: [string, string][] = [
      ['PT_OPEN', 'open'],
      ['PT_RESTRICTED', 'restricted'],
      ['PT_COMPETITIVE_NEGOTIATION', 'negotiated_with_publication'],
      ['PT_COMPETITIVE_DIALOGUE', 'competitive_dialogue'],
      ['PT_INNOVATION_PARTNERSHIP', 'innovation_partnership'],
      ['PT_AWARD_CONTRACT_WITHOUT_CALL', 'negotiated_without_publication'],
      ['PT_NEGOTIATED_WITHOUT_PUBLICATION', 'negotiated_without_publication'],
    ];
    for (const [element, procedure] of cases) {
      const drafts = records(await collect(readTedXml(new TextEncoder().encode(tedNotice(tedAward(1, [null]), { procedure: element })))));
      expect(drafts[0]!.procedure, element).toBe(procedure);
    }
  });

  it('gives two awards with the same lot and contract number distinct keys', async () => {
    const award = (item: number) => tedAward(item, ['SME']).replace('<AWARDED_CONTRACT>', '<CONTRACT_NO>K1</CONTRACT_NO><LOT_NO>2</LOT_NO><AWARDED_CONTRACT>');
    const drafts = records(await collect(readTedXml(new TextEncoder().encode(tedNotice(award(1) + award(2))))));
    expect(drafts.map((d) => d.dossierId)).toEqual(['TED:2019/S 001-000001:2:K1', 'TED:2019/S 001-000001:2:K1#2']);
  });

  it("keys records by the procedure's contract notice, so a later notice of the same procedure updates them", async () => {
    const notice = tedNotice(
      tedAward(1, ['SME'])
        .replace('<AWARDED_CONTRACT>', '<LOT_NO>3</LOT_NO><AWARDED_CONTRACT>')
        .replace('ITEM="1">', 'ITEM="1"><CONTRACT_NO>C-7</CONTRACT_NO>'),
      {
        extraProcedure: '<NOTICE_NUMBER_OJ>2018/S 100-000100</NOTICE_NUMBER_OJ>',
      },
    );
    const first = records(await collect(readTedXml(new TextEncoder().encode(notice))));
    const republished = records(await collect(readTedXml(new TextEncoder().encode(notice.replace('2019/S 001-000001', '2019/S 050-000999')))));
    expect(first[0]!.dossierId).toBe('TED:2018/S 100-000100:3:C-7');
    expect(republished[0]!.dossierId).toBe(first[0]!.dossierId);
  });

  it('skips a prior information notice (F01)', async () => {
    const items = await collect(readTedXml(new TextEncoder().encode(tedNotice('', { form: 'F01' }))));
    expect(skips(items)).toEqual(['prior information notice (F01): announces planned procurement, awards nothing']);
  });
});
