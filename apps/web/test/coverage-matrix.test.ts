import { describe, expect, it } from 'vitest';
import { THRESHOLDS } from './fixtures.ts';
import { coverageMatrix } from '../src/features/methodology/lib/coverage-matrix.ts';

describe('coverage per entity and year', () => {
  const entities = [
    { code: 'AWV', policyDomain: 'MOW' },
    { code: 'KG', policyDomain: 'WVG' },
    { code: 'NONE', policyDomain: null },
  ];
  const rows = [
    { entity: 'AWV', year: 2019, n: 40, coverage: 0.7 },
    { entity: 'AWV', year: 2020, n: 90, coverage: 0.95 },
    { entity: 'KG', year: 2020, n: 3, coverage: 1 },
  ];
  const matrix = coverageMatrix(rows, entities, [2019, 2020], THRESHOLDS);

  it('lists only entities with records, in the order given', () => {
    expect(matrix.map((l) => l.entity)).toEqual(['AWV', 'KG']);
  });

  it('marks cells under the 80 % threshold', () => {
    expect(matrix[0]!.cells.map((c) => [c.year, c.below])).toEqual([
      [2019, true],
      [2020, false],
    ]);
  });

  it('tells a year without records apart from a year with poor coverage', () => {
    expect(matrix[1]!.cells[0]).toEqual({ year: 2019, coverage: null, n: 0, inScope: false, below: false });
  });
});
