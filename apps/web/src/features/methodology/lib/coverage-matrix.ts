/**
 * Coverage per entity and year as a matrix: entities (grouped by policy domain) down, years
 * across, each cell with coverage, n and whether it falls below the threshold.
 */
import type { StatusThresholds } from '@koers/domain';

interface CoverageRow {
  entity?: string;
  year?: number;
  n: number;
  coverage: number | null;
}

interface CoverageCell {
  year: number;
  coverage: number | null;
  n: number;
  /** Records in scope at all (known or unknown). */
  inScope: boolean;
  below: boolean;
}

export interface CoverageLine {
  entity: string;
  policyDomain: string | null;
  cells: CoverageCell[];
}

export function coverageMatrix(
  rows: readonly CoverageRow[],
  entities: readonly { code: string; policyDomain: string | null }[],
  years: readonly number[],
  thresholds: StatusThresholds,
): CoverageLine[] {
  const byKey = new Map(rows.filter((r) => r.entity && r.year !== undefined).map((r) => [`${r.entity}|${r.year}`, r]));
  const withData = new Set(rows.map((r) => r.entity));
  return entities
    .filter((e) => withData.has(e.code))
    .map((e) => ({
      entity: e.code,
      policyDomain: e.policyDomain,
      cells: years.map((year) => {
        const row = byKey.get(`${e.code}|${year}`);
        const coverage = row?.coverage ?? null;
        return {
          year,
          coverage,
          n: row?.n ?? 0,
          inScope: coverage !== null,
          below: coverage !== null && coverage < thresholds.minCoverage,
        };
      }),
    }));
}
