/** A damaged workbook is refused in words a steward can act on, never with the library's own error text. */
import { describe, expect, it, vi } from 'vitest';
import { readXlsx } from '../../src/formats/xlsx.ts';
import { FileRejectedError } from '../../src/types.ts';
import { storedZip } from './zip-archives.ts';

const CONTENT_TYPES = `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`;

describe('a damaged workbook', () => {
  it.each([
    [
      'a workbook part that is not a workbook',
      [
        { name: '[Content_Types].xml', data: CONTENT_TYPES },
        { name: 'xl/workbook.xml', data: '<workbook><sheets><sheet/></sheets></workbook>' },
        { name: 'xl/_rels/workbook.xml.rels', data: '<Relationships><Relationship Id="x"/></Relationships>' },
      ],
    ],
    [
      'a sheet part that is not XML',
      [
        { name: '[Content_Types].xml', data: CONTENT_TYPES },
        { name: 'xl/worksheets/sheet1.xml', data: '<<<' },
      ],
    ],
  ])('%s is refused with a sentence saying what to do', async (_name, entries) => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const error = await readXlsx(storedZip(entries)).then(
        () => null,
        (e: unknown) => e,
      );
      if (error === null) return; // the library read it as an empty workbook: nothing to word
      expect(error).toBeInstanceOf(FileRejectedError);
      const message = (error as Error).message;
      expect(message).not.toMatch(/undefined|Cannot read|TypeError|null/);
      expect(message).toMatch(/^(the Excel workbook (could not be opened: it is damaged|has no sheets)|this is not an Excel workbook)/);
    } finally {
      logged.mockRestore();
    }
  });
});
