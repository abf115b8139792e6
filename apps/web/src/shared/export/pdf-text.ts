/**
 * Text for the PDF report. jsPDF's built-in fonts (Helvetica) encode text as Windows-1252: one
 * character outside it makes jsPDF switch the whole string to a two-byte encoding those fonts
 * cannot show. Intl writes a few such characters (French narrow no-break spaces, the minus
 * sign); they are replaced here by their nearest Windows-1252 equivalent.
 *
 * @example
 *   pdfText('12,3\u202f%');  // '12,3 %'
 *   pdfText('≥ 3 %');        // '>= 3 %'
 */

/** The printable characters Windows-1252 adds in 0x80–0x9F. */
const WINDOWS_1252_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

const REPLACEMENTS: Record<string, string> = {
  '\u202f': '\u00a0', // narrow no-break space (fr-BE thousands and percent)
  '\u2009': ' ',
  '\u2007': ' ',
  '\u200a': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u200b': '',
  '\u2060': '',
  '\u2010': '-',
  '\u2011': '-',
  '\u2212': '-',
  '≥': '>=',
  '≤': '<=',
  '≠': '!=',
  '≈': '~',
  '→': '->',
  '←': '<-',
  '↑': '^',
  '↓': 'v',
  '↗': '^',
  '↘': 'v',
  '⚠': '!',
  '✓': 'v',
  '✗': 'x',
};

export function pdfText(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    const code = char.codePointAt(0)!;
    if (code === 0x09 || code === 0x0a) out += char;
    else if (code < 0x20 || (code >= 0x7f && code < 0xa0 && !WINDOWS_1252_EXTRA.has(char))) continue;
    else if (code <= 0xff || WINDOWS_1252_EXTRA.has(char)) out += char;
    else out += REPLACEMENTS[char] ?? '?';
  }
  return out;
}
