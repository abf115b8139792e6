import { describe, expect, it } from 'vitest';
import { THRESHOLDS } from './fixtures.ts';
import { entityRowsForYear, rankByShare, rankLabel } from '../src/shared/lib/ranking.ts';

const entity = (key: string, value: number | null, n = 50, coverage: number | null = 0.95) => ({ key, value, n, coverage });

describe('ranking entities on a share', () => {
  it('puts the highest share first when higher is better', () => {
    const { ranked } = rankByShare([entity('A', 0.5), entity('B', 0.9), entity('C', 0.7)], 'up', THRESHOLDS);
    expect(ranked.map((r) => [r.item.key, r.rank])).toEqual([
      ['B', 1],
      ['C', 2],
      ['A', 3],
    ]);
  });

  it('puts the lowest share first when lower is better (single bids)', () => {
    const { ranked } = rankByShare([entity('A', 0.3), entity('B', 0.1)], 'down', THRESHOLDS);
    expect(ranked.map((r) => r.item.key)).toEqual(['B', 'A']);
  });

  it('gives equal shares the same rank and skips the next (1, 2, 2, 4)', () => {
    const { ranked } = rankByShare([entity('A', 0.9), entity('B', 0.8, 10), entity('C', 0.8, 90), entity('D', 0.1)], 'up', THRESHOLDS);
    expect(ranked.map((r) => [r.item.key, r.rank])).toEqual([
      ['A', 1],
      ['C', 2],
      ['B', 2],
      ['D', 4],
    ]);
  });

  it('marks entities with too little data as insufficient instead of ranking them on noise', () => {
    const { ranked, insufficient } = rankByShare([entity('TINY', 1, 3), entity('BLIND', 0.99, 400, 0.4), entity('OK', 0.6)], 'up', THRESHOLDS);
    expect(ranked.map((r) => r.item.key)).toEqual(['OK']);
    expect(insufficient.map((i) => [i.item.key, i.issues])).toEqual([
      ['BLIND', ['low_coverage']],
      ['TINY', ['low_n']],
    ]);
  });

  it('reads one year out of rows grouped by year and entity', () => {
    const rows = [
      { entity: 'A', year: 2019, value: 0.1, n: 9, coverage: 1 },
      { entity: 'A', year: 2020, value: 0.2, n: 9, coverage: 1 },
      { entity: 'B', year: 2020, value: 0.3, n: 9, coverage: 1 },
    ];
    expect(entityRowsForYear(rows, 2020).map((r) => [r.key, r.value])).toEqual([
      ['A', 0.2],
      ['B', 0.3],
    ]);
  });

  it('shortens an entity’s name to fit the axis but keeps rank and code', () => {
    expect(rankLabel(3, 'AWV', 'Agentschap Wegen en Verkeer', 24)).toBe('3. AWV · Agentschap Weg…');
    expect(rankLabel(1, 'KG', 'Kind en Gezin')).toBe('1. KG · Kind en Gezin');
  });
});
