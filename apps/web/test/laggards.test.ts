import { describe, expect, it } from 'vitest';
import { laggardsOf } from '../src/features/overview/lib/laggards.ts';
import { THRESHOLDS, row } from './fixtures.ts';

const share = (entity: string, year: number, value: number, n = 50, coverage = 0.9) => row({ entity, year, value, n, coverage });

describe('the entities furthest behind on the overview', () => {
  const rows = [
    share('A', 2019, 0.1),
    share('A', 2020, 0.9),
    share('B', 2020, 0.4),
    share('C', 2020, 0.6),
    // Lower than everyone, but too thin or too poorly covered to be named.
    share('THIN', 2020, 0.05, 3, 1),
    share('BLIND', 2020, 0.02, 500, 0.5),
  ];

  it('names the weakest usable entities of the chosen year first, with their rank among the usable ones', () => {
    const list = laggardsOf(rows, 2020, 'up', THRESHOLDS, 2);
    expect(list.map((l) => [l.entity, l.rank, l.of])).toEqual([
      ['B', 3, 3],
      ['C', 2, 3],
    ]);
  });

  it('reads the chosen year only', () => {
    expect(laggardsOf(rows, 2019, 'up', THRESHOLDS).map((l) => l.entity)).toEqual(['A']);
  });

  it('puts the highest share last-but-worst when lower is better', () => {
    expect(laggardsOf(rows, 2020, 'down', THRESHOLDS, 1).map((l) => l.entity)).toEqual(['A']);
  });
});
