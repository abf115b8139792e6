import type { ImportReport, ReportMessage } from '@koers/services';

function where(m: ReportMessage): string {
  const parts: string[] = [];
  if (m.row !== null) parts.push(`row ${m.row}`);
  if (m.notice) parts.push(`notice ${m.notice}`);
  if (m.lot) parts.push(`lot ${m.lot}`);
  if (m.column) parts.push(`column ${m.column}`);
  return parts.length ? parts.join(', ') : 'file';
}

/** The human-readable import report: the summary, then every error, warning and skip. */
export function formatReport(r: ImportReport): string {
  const lines = [r.summary];
  lines.push(`  format ${r.format ?? 'unknown'}, ${r.mode.replace(/_/g, '-')}${r.dryRun ? ', dry run' : ''}; import #${r.importId ?? '-'}`);
  lines.push(`  new ${r.accepted}  updated ${r.updated}  unchanged ${r.unchanged}  rejected ${r.rejected}  skipped ${r.skipped}`);
  if (r.errors.length) {
    lines.push(`  errors (${r.errors.length}):`);
    for (const e of r.errors) lines.push(`    ${where(e)}: ${e.message}`);
  }
  if (r.warnings.length) {
    lines.push(`  warnings (${r.warnings.length}):`);
    for (const w of r.warnings) lines.push(`    ${where(w)}: ${w.message}`);
  }
  if (r.skips.length) {
    lines.push(`  skipped (${r.skips.length}):`);
    for (const s of r.skips) lines.push(`    ${[s.row && `row ${s.row}`, s.notice && `notice ${s.notice}`, s.lot && `lot ${s.lot}`].filter(Boolean).join(', ')}: ${s.reason}`);
  }
  if (r.addedEntities.length) lines.push(`  entities added outside the Flemish government: ${r.addedEntities.join(', ')}`);
  return lines.join('\n');
}
