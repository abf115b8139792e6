/**
 * Reads `reference/local-governments.csv` (plain comma-separated, no quoted fields) into the
 * registry's shape. Used by the generator of `local-governments.ts` and by the test that checks
 * the two agree; the running application reads the generated module, never the file.
 */
import type { LocalGovernmentKind } from './registry-types.ts';

export type LocalGovernmentRow = readonly [
  nisCode: string,
  nameNl: string,
  nameFr: string,
  kind: LocalGovernmentKind,
  province: string,
  arrondissement: string | null,
  inhabitants: number,
  validFrom: string | null,
  validTo: string | null,
  succeededBy: string | null,
];

export const LOCAL_GOVERNMENT_COLUMNS = [
  'nis_code',
  'name_nl',
  'name_fr',
  'kind',
  'province_nis',
  'arrondissement_nl',
  'inhabitants',
  'inhabitants_date',
  'valid_from',
  'valid_to',
  'succeeded_by',
] as const;

export function parseLocalGovernmentCsv(text: string): LocalGovernmentRow[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = lines.shift()?.split(',') ?? [];
  if (header.join(',') !== LOCAL_GOVERNMENT_COLUMNS.join(',')) {
    throw new Error(`local-governments.csv: expected the columns ${LOCAL_GOVERNMENT_COLUMNS.join(',')}`);
  }
  return lines.map((line, i) => {
    const cells = line.split(',');
    if (cells.length !== header.length) throw new Error(`local-governments.csv row ${i + 2}: ${cells.length} cells, expected ${header.length}`);
    const [nis, nl, fr, kind, province, arrondissement, inhabitants, , validFrom, validTo, succeededBy] = cells;
    if (!/^\d{5}$/.test(nis!)) throw new Error(`local-governments.csv row ${i + 2}, column nis_code: "${nis}" is not a NIS code`);
    if (kind !== 'gemeente' && kind !== 'provincie') throw new Error(`local-governments.csv row ${i + 2}, column kind: "${kind}"`);
    const people = Number(inhabitants);
    if (!Number.isInteger(people) || people <= 0) throw new Error(`local-governments.csv row ${i + 2}, column inhabitants: "${inhabitants}"`);
    const orNull = (v: string | undefined) => (v ? v : null);
    return [nis!, nl!, fr!, kind, province!, orNull(arrondissement), people, orNull(validFrom), orNull(validTo), orNull(succeededBy)] as const;
  });
}
