/**
 * Koers' use cases, shared by the API and the CLI: importing files, answering indicator
 * questions, seeding demo data, exporting records, and the trust layer: tokens and roles,
 * target and status-threshold administration with their change logs, corrections and undo of imports.
 *
 * @example
 *   const report = await importFile(db, fileSource('records.csv'), { mode: 'partial' });
 *   const result = await queryIndicator(db, 'sustainable_value_share', { groupBy: ['year'], filters: {} });
 */
export * from './import-report.ts';
export * from './import-file.ts';
export * from './entity-resolver.ts';
export * from './indicator-query.ts';
export * from './demo-seed.ts';
export * from './export-records.ts';
export * from './open-database.ts';
export * from './errors.ts';
export * from './permissions.ts';
export * from './tokens.ts';
export * from './targets-admin.ts';
export * from './status-thresholds.ts';
export * from './events-admin.ts';
export * from './undo-import.ts';
export * from './correct-record.ts';
export * from './indicator-export.ts';
export * from './prototype-guard.ts';
export * from './interrupted-imports.ts';
export * from './isolated-import.ts';
export * from './registry-reads.ts';
export * from './history-reads.ts';
export * from './record-reads.ts';
