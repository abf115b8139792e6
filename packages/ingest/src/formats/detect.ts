/**
 * Tells an import file's format from its first bytes, never from its name.
 *
 * @example
 *   detectFormat(await firstBytes(file)); // 'eforms' | 'ted-xml' | … | { unknown: 'a PDF document' }
 */
import type { ImportFormat } from '../types.ts';
import { ownValue } from './untrusted-keys.ts';

export type DetectedFormat = ImportFormat | { unknown: string };

/** How much of a file detection looks at; callers pass at most this many bytes. */
export const DETECT_HEAD_BYTES = 64 * 1024;

export const EFORMS_NAMESPACES: Readonly<Record<string, string>> = {
  ContractAwardNotice: 'urn:oasis:names:specification:ubl:schema:xsd:ContractAwardNotice-2',
  ContractNotice: 'urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2',
  PriorInformationNotice: 'urn:oasis:names:specification:ubl:schema:xsd:PriorInformationNotice-2',
};

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

function containsAscii(bytes: Uint8Array, text: string): boolean {
  const first = text.charCodeAt(0);
  outer: for (let i = bytes.indexOf(first); i >= 0 && i <= bytes.length - text.length; i = bytes.indexOf(first, i + 1)) {
    for (let j = 1; j < text.length; j++) if (bytes[i + j] !== text.charCodeAt(j)) continue outer;
    return true;
  }
  return false;
}

function describeZip(head: Uint8Array): DetectedFormat {
  // Entry names are stored in clear in the local headers and the central directory.
  if (containsAscii(head, 'xl/workbook.xml')) return 'xlsx';
  const wholeArchiveSeen = containsAscii(head, 'PK\x05\x06');
  if (containsAscii(head, 'word/document.xml')) return { unknown: 'a Word document (.docx), not an Excel workbook' };
  if (containsAscii(head, 'ppt/presentation.xml')) return { unknown: 'a PowerPoint presentation (.pptx), not an Excel workbook' };
  if (containsAscii(head, 'application/vnd.oasis.opendocument.spreadsheet')) {
    return { unknown: 'an OpenDocument spreadsheet (.ods); save it as an Excel workbook (.xlsx)' };
  }
  // The workbook part may sit beyond the first 64 KiB of a large archive: let the reader decide.
  if (!wholeArchiveSeen) return 'xlsx';
  return { unknown: 'a ZIP archive that is not an Excel workbook' };
}

function decodeHead(head: Uint8Array): string {
  if (startsWith(head, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(head.subarray(2));
  if (startsWith(head, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(head.subarray(2));
  if (head[0] === 0x3c && head[1] === 0x00) return new TextDecoder('utf-16le').decode(head);
  if (head[0] === 0x00 && head[1] === 0x3c) return new TextDecoder('utf-16be').decode(head);
  const text = new TextDecoder('utf-8').decode(head);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  if (sample.length === 0) return false;
  let control = 0;
  let replacement = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) control++;
    else if (code === 0xfffd) replacement++;
  }
  // Legacy-encoded text (windows-1252 é, ë …) decodes with some U+FFFD; binary has control bytes.
  return control > sample.length * 0.01 || replacement > sample.length * 0.3;
}

/** The root element of an XML document: skips the declaration, comments, PIs and a DOCTYPE. */
function xmlRoot(text: string): { name: string; tag: string } | null {
  let i = 0;
  for (;;) {
    while (i < text.length && /\s/.test(text[i]!)) i++;
    if (text.startsWith('<?', i)) {
      const end = text.indexOf('?>', i + 2);
      if (end < 0) return null;
      i = end + 2;
    } else if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      if (end < 0) return null;
      i = end + 3;
    } else if (text.startsWith('<!', i)) {
      // DOCTYPE, possibly with an internal subset in brackets.
      let depth = 0;
      let j = i + 2;
      for (; j < text.length; j++) {
        const c = text[j];
        if (c === '[') depth++;
        else if (c === ']') depth--;
        else if (c === '>' && depth <= 0) break;
      }
      if (j >= text.length) return null;
      i = j + 1;
    } else if (text[i] === '<') {
      const match = /^<([A-Za-z_][\w.:-]*)/.exec(text.slice(i, i + 512));
      if (!match) return null;
      const end = text.indexOf('>', i);
      return { name: match[1]!, tag: end < 0 ? text.slice(i) : text.slice(i, end + 1) };
    } else {
      return null;
    }
  }
}

function describeXml(text: string): DetectedFormat {
  if (/^\s*(<\?xml[^>]*>\s*)?<!doctype\s+html/i.test(text)) return { unknown: 'an HTML page' };
  const root = xmlRoot(text);
  if (!root) return { unknown: 'an XML document whose root element is not in its first 64 KB' };
  const [prefix, local] = root.name.includes(':') ? (root.name.split(':', 2) as [string, string]) : ['', root.name];
  if (local.toLowerCase() === 'html') return { unknown: 'an HTML page' };
  if (local === 'TED_EXPORT') return 'ted-xml';
  const declaration = prefix ? `xmlns:${prefix}` : 'xmlns';
  const nsMatch = new RegExp(`\\s${declaration.replace(':', '\\:')}\\s*=\\s*["']([^"']*)["']`).exec(root.tag);
  const namespace = nsMatch?.[1] ?? '';
  const expected = ownValue(EFORMS_NAMESPACES, local);
  if (expected) {
    if (namespace === expected) return 'eforms';
    return { unknown: `an XML document with root <${local}> that is not in the eForms UBL namespace (${expected})` };
  }
  return { unknown: `an XML document with root <${root.name}> that is neither a TED notice (TED_EXPORT) nor an eForms notice` };
}

function describeJson(text: string): DetectedFormat {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('[')) return { unknown: 'JSON that is not an OCDS package (a list, not a release or record package)' };
  if (/"(releases|records)"\s*:/.test(text)) return 'ocds';
  const firstLine = trimmed.split(/\r?\n/, 1)[0] ?? '';
  // JSON lines of releases (or a single release), one per line.
  if (/"ocid"\s*:/.test(firstLine) || /^\{\s*"ocid"\s*:/.test(trimmed)) return 'ocds';
  return { unknown: 'JSON that is not an OCDS package (no "releases", "records" or "ocid")' };
}

function looksDelimited(text: string): boolean {
  const lines = text.split(/\r\n|\n|\r/).filter((line) => line.trim() !== '');
  const header = lines[0];
  if (!header) return false;
  for (const delimiter of [';', ',', '\t', '|']) {
    const fields = header.split(delimiter);
    if (fields.length < 2) continue;
    const names = fields.map((field) => field.trim().replace(/^"|"$/g, ''));
    // A header names columns: mostly short, non-empty labels of a few words, not a sentence.
    if (/[.!?]$/.test(header.trim())) continue;
    const plausible = names.filter((name) => name.length > 0 && name.length <= 60 && name.split(/\s+/).length <= 5).length;
    if (plausible >= Math.max(2, Math.ceil(names.length * 0.6))) return true;
  }
  return false;
}

export function detectFormat(head: Uint8Array): DetectedFormat {
  const bytes = head.subarray(0, DETECT_HEAD_BYTES);
  if (bytes.length === 0) return { unknown: 'an empty file' };
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return { unknown: 'a PDF document' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return describeZip(bytes);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return { unknown: 'an old-style Office file (.xls or .doc); save it as an Excel workbook (.xlsx)' };
  }
  if (startsWith(bytes, [0x1f, 0x8b])) return { unknown: 'a gzip-compressed file; unpack it first' };
  if (startsWith(bytes, [0x52, 0x61, 0x72, 0x21])) return { unknown: 'a RAR archive; unpack it first' };
  if (startsWith(bytes, [0x37, 0x7a, 0xbc, 0xaf])) return { unknown: 'a 7-Zip archive; unpack it first' };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) || startsWith(bytes, [0xff, 0xd8, 0xff]) || startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) {
    return { unknown: 'an image' };
  }
  const text = decodeHead(bytes);
  if (looksBinary(text)) return { unknown: 'binary data that is not a known import format' };
  const trimmed = text.trimStart();
  if (trimmed === '') return { unknown: 'an empty file (only white space)' };
  if (trimmed.startsWith('<')) return describeXml(trimmed);
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return describeJson(trimmed);
  if (looksDelimited(trimmed)) return 'csv';
  return { unknown: 'text without delimited columns (no header with ; , or tab separators)' };
}
