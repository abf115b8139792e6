/** Format detection from the first bytes of a file, never from its name. */
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/formats/detect.ts';
import { fixture, fixtureText } from './fixture-files.ts';
import { storedZip } from './zip-archives.ts';

const text = (value: string) => new TextEncoder().encode(value);
const head = (bytes: Uint8Array) => bytes.subarray(0, 64 * 1024);

describe('detectFormat', () => {
  it('recognises every real fixture by its content', () => {
    const cases: [string, string][] = [
      ['ted-xml-legacy/21-000934-001-EXP.ted-r209.xml', 'ted-xml'],
      ['ted-xml-legacy/20-343258-001-EXP.ted-r209.xml', 'ted-xml'],
      ['ted-xml-legacy/21-000934-001-EXP.eforms.xml', 'eforms'],
      ['ted-xml-legacy/20-343258-001-EXP.eforms.xml', 'eforms'],
      ['eforms-sdk/notices/can_24_maximal.xml', 'eforms'],
      ['eforms-sdk/notices/can_24_minimal.xml', 'eforms'],
      ['eforms-sdk/notices/cn_24_maximal.xml', 'eforms'],
      ['eforms-sdk/notices/cn-social_25.xml', 'eforms'],
      ['eforms-sdk/notices/can-social_24.xml', 'eforms'],
      ['ocds-sample-data/ocds-213czf-000-00001.release-package.json', 'ocds'],
      ['ocds-sample-data/ocds-213czf-000-00001.record-package.json', 'ocds'],
    ];
    for (const [path, format] of cases) expect(detectFormat(head(fixture(path))), path).toBe(format);
  });

  it('does not take the code lists, schemas and mapping tables among the fixtures for import files', () => {
    expect(detectFormat(head(fixture('eforms-sdk/codelists/gpp-criteria.gc')))).toEqual({
      unknown: 'an XML document with root <gc:CodeList> that is neither a TED notice (TED_EXPORT) nor an eForms notice',
    });
    expect(detectFormat(head(fixture('ocds-extensions/sustainability.release-schema.json')))).toEqual({
      unknown: 'JSON that is not an OCDS package (no "releases", "records" or "ocid")',
    });
    // A mapping table is delimited text with a header: the CSV reader will say its columns are unknown.
    expect(detectFormat(head(fixture('ocds-extensions/partyScale.csv')))).toBe('csv');
  });

  it('recognises OCDS JSON lines and a delimited template', () => {
    const releases = JSON.parse(fixtureText('ocds-sample-data/ocds-213czf-000-00001.release-package.json')).releases as unknown[];
    expect(detectFormat(text(releases.map((r) => JSON.stringify(r)).join('\n')))).toBe('ocds');
    expect(detectFormat(text('dossier_id;entiteit;gunningsdatum;bedrag_excl_btw\nA-1;AWV;31/03/2018;1.234,56\n'))).toBe('csv');
    expect(detectFormat(text('\ufeffrecord_id,entity,award_date,value_eur\r\n'))).toBe('csv');
  });

  it('reads an XML notice saved as UTF-16', () => {
    const xml = '<?xml version="1.0" encoding="UTF-16"?><TED_EXPORT xmlns="http://publications.europa.eu/resource/schema/ted/R2.0.9/publication"/>';
    const utf16 = new Uint8Array(2 + xml.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < xml.length; i++) utf16[2 + 2 * i] = xml.charCodeAt(i);
    expect(detectFormat(utf16)).toBe('ted-xml');
  });

  it('describes what an unsupported file is', () => {
    expect(detectFormat(new Uint8Array(0))).toEqual({ unknown: 'an empty file' });
    expect(detectFormat(text('%PDF-1.7\n%âãÏÓ'))).toEqual({ unknown: 'a PDF document' });
    expect(detectFormat(storedZip([{ name: 'report.txt', data: 'hi' }]))).toEqual({ unknown: 'a ZIP archive that is not an Excel workbook' });
    expect(detectFormat(storedZip([{ name: 'word/document.xml', data: '<w/>' }]))).toEqual({ unknown: 'a Word document (.docx), not an Excel workbook' });
    expect(detectFormat(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toEqual({
      unknown: 'an old-style Office file (.xls or .doc); save it as an Excel workbook (.xlsx)',
    });
    expect(detectFormat(text('{"name": "koers", "version": "1.0.0"}'))).toEqual({
      unknown: 'JSON that is not an OCDS package (no "releases", "records" or "ocid")',
    });
    expect(detectFormat(text('<?xml version="1.0"?><!-- x --><feed xmlns="http://www.w3.org/2005/Atom"/>'))).toEqual({
      unknown: 'an XML document with root <feed> that is neither a TED notice (TED_EXPORT) nor an eForms notice',
    });
    expect(detectFormat(text('<ContractNotice xmlns="urn:example:other"/>'))).toEqual({
      unknown:
        'an XML document with root <ContractNotice> that is not in the eForms UBL namespace (urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2)',
    });
    expect(detectFormat(text('<!DOCTYPE html><html><body>Inloggen</body></html>'))).toEqual({ unknown: 'an HTML page' });
    expect(detectFormat(text('Beste collega, hierbij de cijfers van dit jaar.'))).toEqual({
      unknown: 'text without delimited columns (no header with ; , or tab separators)',
    });
    expect(detectFormat(new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7, 8, 0, 0, 0, 255, 254, 3]))).toEqual({
      unknown: 'binary data that is not a known import format',
    });
  });

  it('resolves the namespace of a prefixed eForms root', () => {
    const xml = '<can:ContractAwardNotice xmlns:can="urn:oasis:names:specification:ubl:schema:xsd:ContractAwardNotice-2"/>';
    expect(detectFormat(text(xml))).toBe('eforms');
  });
});
