/**
 * Koers' importers: every supported file format read into draft records with row-level errors.
 * Writing to the database is not done here (see @koers/services).
 *
 * @example
 *   const result = await readImportFile({ name: 'records.csv', open: () => createReadStream('records.csv') });
 *   for await (const item of result.items) console.log(item.kind);
 */
export * from './types.ts';
export * from './read-file.ts';
export { readCsv } from './csv/read-csv.ts';
export { mapHeader, templateRowToItems } from './template-rows.ts';
export * from './formats/index.ts';
