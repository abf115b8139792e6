/**
 * The same real notice in legacy TED XML and in its eForms conversion (by OP-TED's
 * ted-xml-data-converter) must give the same records: the same count, values per currency,
 * SME wins and tenders received.
 *
 * One difference is inherent in the conversion, not in the readers: the converter writes a
 * BT-165 winner size only for `<SME/>` and drops `<NO_SME/>` (it cannot know whether a non-SME is
 * "large"). So a contractor that legacy XML marks "not an SME" is "unknown" in eForms; the
 * comparison below checks that SME wins agree exactly and that every legacy "no" is an eForms
 * "unknown", never a "yes".
 */
import { describe, expect, it } from 'vitest';
import { readEforms } from '../../src/formats/eforms.ts';
import { readTedXml } from '../../src/formats/ted-xml.ts';
import { collect, fixture, records, skips, totalsByCurrency } from './fixture-files.ts';

const PAIRS = [
  { notice: '21-000934-001-EXP', records: 1, totals: { EUR: 1490000 }, smeWins: 1 },
  { notice: '20-157399-001-EXP', records: 4, totals: {}, smeWins: 0 },
  { notice: '20-157543-001-EXP', records: 3, totals: { EUR: 9642953.44 }, smeWins: 0 },
  { notice: '21-000061-001-EXP', records: 12, totals: { GBP: 1_800_000_000 }, smeWins: 1 },
  { notice: '22-086633-001-EXP', records: 7, totals: { EUR: 47620, PLN: 183506.5 }, smeWins: 7 },
  { notice: '20-343258-001-EXP', records: 0, totals: {}, smeWins: 0 },
  { notice: '21-139343-001-EXP', records: 0, totals: {}, smeWins: 0 },
];

describe('legacy TED XML and its eForms conversion give the same records', () => {
  for (const pair of PAIRS) {
    it(`${pair.notice}: ${pair.records} records, values ${JSON.stringify(pair.totals)}, ${pair.smeWins} SME wins`, async () => {
      const legacyItems = await collect(readTedXml(fixture(`ted-xml-legacy/${pair.notice}.ted-r209.xml`)));
      const eformsItems = await collect(readEforms(fixture(`ted-xml-legacy/${pair.notice}.eforms.xml`)));
      const legacy = records(legacyItems);
      const eforms = records(eformsItems);

      expect(legacy).toHaveLength(pair.records);
      expect(eforms).toHaveLength(pair.records);
      expect(totalsByCurrency(legacy)).toEqual(pair.totals);
      expect(totalsByCurrency(eforms)).toEqual(pair.totals);

      // Record by record, in document order.
      expect(eforms.map((r) => [r.amount, r.currency, r.valueEur])).toEqual(legacy.map((r) => [r.amount, r.currency, r.valueEur]));
      expect(eforms.map((r) => r.tendersReceived)).toEqual(legacy.map((r) => r.tendersReceived));
      expect(eforms.map((r) => r.smeWinner === true)).toEqual(legacy.map((r) => r.smeWinner === true));
      expect(legacy.filter((r) => r.smeWinner === true)).toHaveLength(pair.smeWins);
      legacy.forEach((record, i) => {
        if (record.smeWinner === false) expect(eforms[i]!.smeWinner).toBeNull();
      });
      expect(eforms.map((r) => r.procedure)).toEqual(legacy.map((r) => r.procedure));
      expect(eforms.map((r) => r.cpv)).toEqual(legacy.map((r) => r.cpv));
      expect(eforms.map((r) => r.supplier)).toEqual(legacy.map((r) => r.supplier));

      // Notices that award nothing are skipped by both, with the same kind of reason.
      expect(skips(eformsItems).length).toBe(skips(legacyItems).length);
    });
  }

  it('22-086633: award dates agree except where the converter merged contracts (lot 6 was concluded on 13 April)', async () => {
    const legacy = records(await collect(readTedXml(fixture('ted-xml-legacy/22-086633-001-EXP.ted-r209.xml'))));
    const eforms = records(await collect(readEforms(fixture('ted-xml-legacy/22-086633-001-EXP.eforms.xml'))));
    expect(legacy.map((r) => r.awardDate)).toEqual(['2021-04-20', '2021-04-20', '2021-04-20', '2021-04-20', '2021-04-20', '2021-04-13', '2021-04-20']);
    // The converter put lots 1, 2, 3, 5, 6 and 7 (all contract number "1") into one contract
    // with one conclusion date.
    expect(eforms.map((r) => r.awardDate)).toEqual(Array(7).fill('2021-04-20'));
  });
});
