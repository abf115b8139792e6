import { createHash } from 'node:crypto';
import { ENTITIES, PROCEDURES, productGroupForCpv, type ProcurementRecord } from '@koers/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_DEFAULT_YEARS, DEMO_LABEL, demoRecords, generateDemoRecords } from '../src/index.ts';

// Shares are computed here from the records alone, as SPEC §4 defines them, independently of
// how the generator steers them.
type Ratio = { num: number; den: number };

function pooled(records: readonly ProcurementRecord[], add: (r: ProcurementRecord, ratio: Ratio) => void): number {
  const ratio = { num: 0, den: 0 };
  for (const r of records) add(r, ratio);
  return ratio.num / ratio.den;
}

const sustainableValueShare = (records: readonly ProcurementRecord[]): number =>
  pooled(records, (r, ratio) => {
    if (r.criteria === 'full' || r.criteria === 'none_or_partial') ratio.den += r.valueEur ?? 0;
    if (r.criteria === 'full') ratio.num += r.valueEur ?? 0;
  });

const innovationValueShare = (records: readonly ProcurementRecord[]): number =>
  pooled(records, (r, ratio) => {
    if (r.innovative !== null) ratio.den += r.valueEur ?? 0;
    if (r.innovative === true) ratio.num += r.valueEur ?? 0;
  });

const criteriaCoverage = (records: readonly ProcurementRecord[]): number =>
  pooled(records, (r, ratio) => {
    ratio.den += 1;
    if (r.criteria !== null) ratio.num += 1;
  });

const hashOf = (records: readonly ProcurementRecord[]): string => createHash('sha256').update(JSON.stringify(records)).digest('hex');

const yearOf = (r: ProcurementRecord): number => Number(r.awardDate.slice(0, 4));

describe('demo dataset', () => {
  let records: ProcurementRecord[];
  let byYear: Map<number, ProcurementRecord[]>;

  beforeAll(() => {
    records = generateDemoRecords();
    byYear = new Map(DEMO_DEFAULT_YEARS.map((y) => [y, records.filter((r) => yearOf(r) === y)]));
  });

  it('is byte-identical for the same seed and differs for another seed', () => {
    expect(hashOf(generateDemoRecords())).toBe(hashOf(records));
    expect(hashOf(generateDemoRecords({ seed: 7 }))).not.toBe(hashOf(records));
  });

  it('has about 40,000 records, labelled demo', () => {
    expect(records.length).toBeGreaterThan(36_000);
    expect(records.length).toBeLessThan(44_000);
    expect(DEMO_LABEL).toBe('demo');
  });

  it('gives every registry entity at least 15 records in every year', () => {
    for (const year of DEMO_DEFAULT_YEARS) {
      const counts = new Map<string, number>();
      for (const r of byYear.get(year)!) counts.set(r.entity, (counts.get(r.entity) ?? 0) + 1);
      for (const entity of ENTITIES) expect(counts.get(entity.code) ?? 0, `${entity.code} ${year}`).toBeGreaterThanOrEqual(15);
      expect(counts.size).toBe(ENTITIES.length);
    }
  });

  it('sizes entities plausibly: De Lijn and AWV buy far more often than the Energieagentschap', () => {
    const count = (code: string): number => records.filter((r) => r.entity === code).length;
    expect(count('DLIJN')).toBeGreaterThan(8 * count('VEA'));
    expect(count('AWV')).toBeGreaterThan(8 * count('VEA'));
  });

  it('keeps dossier ids unique within each entity', () => {
    const keys = new Set(records.map((r) => `${r.entity}\u0000${r.dossierId}`));
    expect(keys.size).toBe(records.length);
    expect(records.every((r) => r.dossierId.startsWith(`${r.entity}-${yearOf(r)}-`))).toBe(true);
  });

  it('writes well-formed fields: dates in the year, CPV as text, values in euro and never negative', () => {
    const procedures = new Set<string>(PROCEDURES);
    // One expectation per rule over all records: per-record expects would dominate the run time.
    const broken = (rule: (r: ProcurementRecord) => boolean): string[] =>
      records
        .filter((r) => !rule(r))
        .slice(0, 3)
        .map((r) => JSON.stringify(r));
    expect(broken((r) => new Date(`${r.awardDate}T00:00:00Z`).toISOString().slice(0, 10) === r.awardDate)).toEqual([]);
    expect(broken((r) => typeof r.cpv === 'string' && /^\d{8}(-\d)?$/.test(r.cpv))).toEqual([]);
    expect(broken((r) => r.productGroup === (productGroupForCpv(r.cpv!) ?? 'overig'))).toEqual([]);
    expect(broken((r) => typeof r.valueEur === 'number' && r.valueEur >= 0)).toEqual([]);
    expect(broken((r) => Math.round(r.valueEur! * 100) / 100 === r.valueEur && r.amount === r.valueEur && r.currency === 'EUR')).toEqual([]);
    expect(broken((r) => !!r.title && !/[{}]/.test(r.title))).toEqual([]);
    expect(broken((r) => !!r.supplier && / (NV|BV|CV|vzw)$/.test(r.supplier))).toEqual([]);
    expect(broken((r) => r.procedure === null || procedures.has(r.procedure))).toEqual([]);
    expect(broken((r) => r.tendersReceived === null || (Number.isInteger(r.tendersReceived) && r.tendersReceived >= 1))).toEqual([]);
    expect(records.some((r) => r.cpv!.startsWith('0'))).toBe(true);
    expect(records.some((r) => r.cpv!.includes('-'))).toBe(true);
    expect(records.some((r) => r.valueEur! > 5_000_000 && r.productGroup === 'bouw')).toBe(true);
    expect(records.filter((r) => r.valueEur! >= 30_000).length / records.length).toBeGreaterThan(0.9);
  });

  it('raises the pooled sustainable value share every year from the high fifties toward, not to, 100 %', () => {
    const shares = DEMO_DEFAULT_YEARS.map((y) => sustainableValueShare(byYear.get(y)!));
    for (let i = 1; i < shares.length; i++) expect(shares[i]!).toBeGreaterThan(shares[i - 1]!);
    expect(shares[0]!).toBeGreaterThanOrEqual(0.55);
    expect(shares[0]!).toBeLessThanOrEqual(0.6);
    expect(shares[shares.length - 1]!).toBeLessThan(1);
    expect(shares[shares.length - 1]!).toBeGreaterThan(0.8);
  });

  it('spreads entities and policy domains: Omgeving and KB ahead of MOW in 2020', () => {
    const year = byYear.get(2020)!;
    const domainOf = new Map(ENTITIES.map((e) => [e.code, e.policyDomain]));
    const domain = (code: string): number => sustainableValueShare(year.filter((r) => domainOf.get(r.entity) === code));
    expect(domain('Omgeving')).toBeGreaterThan(domain('MOW'));
    expect(domain('KB')).toBeGreaterThan(domain('MOW'));
    const entityShares = ENTITIES.map((e) => sustainableValueShare(year.filter((r) => r.entity === e.code)));
    expect(Math.min(...entityShares)).toBeLessThan(0.75);
    expect(Math.max(...entityShares)).toBeGreaterThan(0.95);
  });

  it('hits the real innovation shares: 0.33 % in 2019 and 3.38 % in 2020', () => {
    expect(Math.abs(innovationValueShare(byYear.get(2019)!) - 0.0033)).toBeLessThanOrEqual(0.0005);
    expect(Math.abs(innovationValueShare(byYear.get(2020)!) - 0.0338)).toBeLessThanOrEqual(0.0005);
    for (const y of [2016, 2017, 2018]) expect(innovationValueShare(byYear.get(y)!)).toBeLessThan(0.0033);
  });

  it('improves criteria coverage over the years, with a few entities too poorly covered to judge', () => {
    const coverage = DEMO_DEFAULT_YEARS.map((y) => criteriaCoverage(byYear.get(y)!));
    expect(coverage[0]!).toBeLessThan(0.82);
    expect(coverage[coverage.length - 1]!).toBeGreaterThan(0.92);
    const poor = [2018, 2019, 2020].flatMap((y) =>
      ENTITIES.filter((e) => criteriaCoverage(byYear.get(y)!.filter((r) => r.entity === e.code)) < 0.8).map((e) => `${e.code} ${y}`),
    );
    expect(poor.length).toBeGreaterThanOrEqual(2);
    const overig = records.filter((r) => r.productGroup === 'overig' && r.criteria !== null);
    expect(overig.filter((r) => r.criteria === 'not_applicable').length / overig.length).toBeGreaterThan(0.85);
  });

  it('leaves yes/no answers unknown for some records, never silently false', () => {
    for (const field of ['innovative', 'socialClause', 'circular', 'smeWinner', 'framework', 'eSubmission'] as const) {
      const unknown = records.filter((r) => r[field] === null).length / records.length;
      expect(unknown, field).toBeGreaterThan(0.03);
      expect(unknown, field).toBeLessThan(0.2);
    }
  });

  it('streams a million-scale dataset without building an array', () => {
    let n = 0;
    for (const r of demoRecords({ total: 200_000 })) {
      if (r.valueEur! < 0) throw new Error('negative value');
      n++;
    }
    expect(n).toBeGreaterThan(180_000);
    expect(n).toBeLessThan(220_000);
  });

  it('honours other years and rejects impossible options', () => {
    const later = generateDemoRecords({ years: [2021], total: 2_000 });
    expect(new Set(later.map(yearOf))).toEqual(new Set([2021]));
    expect(new Set(later.map((r) => r.entity)).size).toBe(ENTITIES.length);
    expect(() => generateDemoRecords({ total: 0 })).toThrow(RangeError);
    expect(() => generateDemoRecords({ years: [] })).toThrow(RangeError);
  });
});
