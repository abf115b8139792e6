import type { ImportReport, ReportMessage } from '@koers/services';

function where(m: ReportMessage): string {
  const parts: string[] = [];
  if (m.row !== null) parts.push(`row ${m.row}`);
  if (m.notice) parts.push(`notice ${m.notice}`);
  if (m.lot) parts.push(`lot ${m.lot}`);
  if (m.column) parts.push(`column ${m.column}`);
  return parts.length ? parts.join(', ') : 'file';
}

/** Lines listed per kind before the rest is summed up: a file whose every row is wrong would otherwise flood the terminal. */
export const LISTED_PER_KIND = 50;

/** `items` listed up to `limit`, then the rest counted per column (or reason), so nothing goes unmentioned. */
function listed<T>(items: readonly T[], line: (item: T) => string, groupOf: (item: T) => string, limit: number): string[] {
  const lines = items.slice(0, limit).map((item) => `    ${line(item)}`);
  if (items.length > limit) {
    const rest = new Map<string, number>();
    for (const item of items.slice(limit)) rest.set(groupOf(item), (rest.get(groupOf(item)) ?? 0) + 1);
    const parts = [...rest].sort((a, b) => b[1] - a[1]).map(([group, n]) => `${n.toLocaleString('en-US')} ${group}`);
    lines.push(`    … and ${(items.length - limit).toLocaleString('en-US')} more (${parts.join(', ')}); --all lists every one, --json gives them as data`);
  }
  return lines;
}

const columnOf = (m: ReportMessage) => (m.column ? `in column ${m.column}` : 'about the file');

/**
 * The human-readable import report: the summary, then the errors, warnings and skips (the first
 * LISTED_PER_KIND of each unless `all`; the rest counted by column).
 */
export function formatReport(r: ImportReport, { all = false }: { all?: boolean } = {}): string {
  const limit = all ? Number.POSITIVE_INFINITY : LISTED_PER_KIND;
  const lines = [r.summary];
  lines.push(`  format ${r.format ?? 'unknown'}, ${r.mode.replace(/_/g, '-')}${r.dryRun ? ', dry run' : ''}; import #${r.importId ?? '-'}`);
  // Nothing written (dry run, file rejected whole): the counts say what the rows would have been.
  const would = r.applied ? '' : 'would be ';
  lines.push(`  ${would}new ${r.accepted}  ${would}updated ${r.updated}  ${would}unchanged ${r.unchanged}  rejected ${r.rejected}  skipped ${r.skipped}`);
  if (r.errors.length) {
    lines.push(`  errors (${r.errors.length}):`);
    lines.push(...listed(r.errors, (e) => `${where(e)}: ${e.message}`, columnOf, limit));
  }
  if (r.warnings.length) {
    lines.push(`  warnings (${r.warnings.length}):`);
    lines.push(...listed(r.warnings, (w) => `${where(w)}: ${w.message}`, columnOf, limit));
  }
  if (r.skips.length) {
    lines.push(`  skipped (${r.skips.length}):`);
    lines.push(
      ...listed(
        r.skips,
        (s) => `${[s.row && `row ${s.row}`, s.notice && `notice ${s.notice}`, s.lot && `lot ${s.lot}`].filter(Boolean).join(', ')}: ${s.reason}`,
        (s) => `“${s.reason}”`,
        limit,
      ),
    );
  }
  if (r.addedEntities.length) lines.push(`  entities added outside the Flemish government: ${r.addedEntities.join(', ')}`);
  return lines.join('\n');
}
