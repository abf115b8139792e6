import { describe, expect, it } from 'vitest';
import type { ImportReport } from '@koers/services';
import { formatReport, LISTED_PER_KIND } from '../src/format-report.ts';

function report(errors: ImportReport['errors'], skips: ImportReport['skips'] = []): ImportReport {
  return {
    file: 'records.csv',
    format: 'csv',
    mode: 'all_or_nothing',
    dryRun: false,
    applied: false,
    accepted: 0,
    updated: 0,
    unchanged: 0,
    rejected: errors.length,
    skipped: skips.length,
    errors,
    warnings: [],
    skips,
    addedEntities: [],
    importId: 1,
    summary: `records.csv: rejected whole, nothing written (${errors.length} invalid rows)`,
  };
}

const badDates = (n: number, from = 2) =>
  Array.from({ length: n }, (_, i) => ({ row: from + i, column: 'gunningsdatum', message: '"31-13-2019" is not a date that exists' }));

describe('the import report on the terminal', () => {
  it('says "would be new" for the valid rows of a file rejected whole, and "new" once they are written', () => {
    const rejected = { ...report(badDates(2)), accepted: 3000, updated: 5 };
    const line = formatReport(rejected).split('\n')[2]!;
    expect(line).toBe('  would be new 3000  would be updated 5  would be unchanged 0  rejected 2  skipped 0');
    expect(formatReport({ ...rejected, applied: true }).split('\n')[2]).toBe('  new 3000  updated 5  unchanged 0  rejected 2  skipped 0');
  });

  it('lists every error of a short report, each with its row and column', () => {
    const text = formatReport(report(badDates(3)));
    expect(text).toContain('errors (3):');
    expect(text).toContain('row 4, column gunningsdatum: "31-13-2019" is not a date that exists');
    expect(text).not.toContain('more');
  });

  it('lists the first errors of a long report and counts the rest per column, so none goes unmentioned', () => {
    const errors = [...badDates(299_990), ...Array.from({ length: 10 }, (_, i) => ({ row: 400_000 + i, column: 'entiteit', message: 'unknown entity "XYZ"' }))];
    const lines = formatReport(report(errors)).split('\n');
    expect(lines).toContain('  errors (300000):');
    expect(lines.filter((l) => l.startsWith('    row '))).toHaveLength(LISTED_PER_KIND);
    expect(lines).toContain(
      `    … and ${(300_000 - LISTED_PER_KIND).toLocaleString('en-US')} more (${(299_990 - LISTED_PER_KIND).toLocaleString('en-US')} in column gunningsdatum, 10 in column entiteit); --all lists every one, --json gives them as data`,
    );
  });

  it('lists every one with all', () => {
    const lines = formatReport(report(badDates(120)), { all: true }).split('\n');
    expect(lines.filter((l) => l.startsWith('    row '))).toHaveLength(120);
    expect(lines.join('\n')).not.toContain('more (');
  });

  it('counts the skips past the first ones by reason', () => {
    const skips = Array.from({ length: LISTED_PER_KIND + 2 }, (_, i) => ({ notice: `N-${i}`, reason: 'a contract notice awards nothing' }));
    const text = formatReport(report([], skips));
    expect(text).toContain('… and 2 more (2 “a contract notice awards nothing”)');
  });
});
