import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCAL_GOVERNMENTS, parseLocalGovernmentCsv, populationClassOf } from '../src/index.ts';
import { LOCAL_GOVERNMENT_ROWS } from '../src/local-governments-data.ts';

describe('the local-government registry', () => {
  it('is the reference CSV, as generated', () => {
    const csv = readFileSync(new URL('../reference/local-governments.csv', import.meta.url), 'utf8');
    expect(LOCAL_GOVERNMENT_ROWS).toEqual(parseLocalGovernmentCsv(csv));
  });

  it('holds 300 municipalities from 2019, 308 before, and 5 provinces; every successor exists', () => {
    const municipalities = LOCAL_GOVERNMENTS.filter((e) => e.type === 'gemeente');
    expect(municipalities.filter((e) => !e.validTo)).toHaveLength(300);
    expect(municipalities.filter((e) => !e.validFrom)).toHaveLength(308);
    expect(LOCAL_GOVERNMENTS.filter((e) => e.type === 'provincie').map((e) => e.code)).toEqual(['10000', '20001', '30000', '40000', '70000']);
    const codes = new Set(LOCAL_GOVERNMENTS.map((e) => e.code));
    for (const e of LOCAL_GOVERNMENTS) {
      if (e.succeededBy) expect(codes.has(e.succeededBy)).toBe(true);
      expect(codes.has(e.province!)).toBe(true);
    }
  });

  it('puts the class boundaries where the brief does', () => {
    expect([9_999, 10_000, 24_999, 25_000, 49_999, 50_000, 99_999, 100_000].map(populationClassOf)).toEqual([
      'lt10k',
      '10k-25k',
      '10k-25k',
      '25k-50k',
      '25k-50k',
      '50k-100k',
      '50k-100k',
      'ge100k',
    ]);
  });

  it('names a bad cell by row and column', () => {
    const header = 'nis_code,name_nl,name_fr,kind,province_nis,arrondissement_nl,inhabitants,inhabitants_date,valid_from,valid_to,succeeded_by';
    expect(() => parseLocalGovernmentCsv(`${header}\n11002,Antwerpen,Anvers,gemeente,10000,Antwerpen,veel,,,,`)).toThrow(/row 2, column inhabitants/);
  });
});
