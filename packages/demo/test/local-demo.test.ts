import { LOCAL_GOVERNMENTS, existsOn, populationClassOf, type ProcurementRecord } from '@koers/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_SUSTAINABLE_VALUE_SHARE, localDemoRecords } from '../src/index.ts';

const yearOf = (r: ProcurementRecord): number => Number(r.awardDate.slice(0, 4));

describe('local demo dataset', () => {
  let records: ProcurementRecord[];
  const organisation = new Map(LOCAL_GOVERNMENTS.map((e) => [e.code, e]));

  beforeAll(() => {
    records = [...localDemoRecords()];
  });

  it('is deterministic and about 30,000 records', () => {
    expect(records.length).toBeGreaterThan(27_000);
    expect(records.length).toBeLessThan(33_000);
    const again = [...localDemoRecords()];
    expect(again.slice(0, 50)).toEqual(records.slice(0, 50));
    expect(again.length).toBe(records.length);
  });

  it('gives every municipality and province records in each year it existed, and none outside', () => {
    for (const year of [2016, 2017, 2018, 2019, 2020]) {
      const active = new Set(records.filter((r) => yearOf(r) === year).map((r) => r.entity));
      const expected = LOCAL_GOVERNMENTS.filter((e) => existsOn(e, `${year}-07-01`)).map((e) => e.code);
      expect([...active].sort()).toEqual(expected.sort());
      expect(active.size).toBe(year < 2019 ? 313 : 305);
    }
    // Merged municipalities before 2019 under their old codes, successors from 2019.
    expect(new Set(records.filter((r) => r.entity === '44036').map(yearOf))).toEqual(new Set([2016, 2017, 2018]));
    expect(new Set(records.filter((r) => r.entity === '44085').map(yearOf))).toEqual(new Set([2019, 2020]));
  });

  it('holds municipalities of every size, the smallest with years too thin to judge', () => {
    const perEntityYear = new Map<string, number>();
    for (const r of records) perEntityYear.set(`${r.entity} ${yearOf(r)}`, (perEntityYear.get(`${r.entity} ${yearOf(r)}`) ?? 0) + 1);
    const classes = new Set(LOCAL_GOVERNMENTS.filter((e) => e.type === 'gemeente').map((e) => populationClassOf(e.inhabitants!)));
    expect(classes.size).toBe(5);
    const thin = [...perEntityYear.entries()].filter(([, n]) => n < 5).map(([key]) => organisation.get(key.split(' ')[0]!)!);
    expect(thin.length).toBeGreaterThan(10);
    expect(thin.every((e) => e.populationClass === 'lt10k')).toBe(true);
    const antwerpen = records.filter((r) => r.entity === '11002').length;
    const mesen = records.filter((r) => r.entity === '33016').length;
    expect(antwerpen).toBeGreaterThan(50 * mesen);
  });

  it('lands the pooled sustainable value share of each year on its curve', () => {
    for (const year of [2016, 2017, 2018, 2019, 2020]) {
      let num = 0;
      let den = 0;
      for (const r of records) {
        if (yearOf(r) !== year) continue;
        if (r.criteria === 'full' || r.criteria === 'none_or_partial') den += r.valueEur ?? 0;
        if (r.criteria === 'full') num += r.valueEur ?? 0;
      }
      expect(num / den).toBeCloseTo(LOCAL_SUSTAINABLE_VALUE_SHARE[year]!, 2);
    }
  });
});
