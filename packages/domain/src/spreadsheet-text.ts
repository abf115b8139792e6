/**
 * Text Koers writes into a CSV file must never be evaluated by the spreadsheet that opens it:
 * titles and supplier names come from third-party notices, and a cell starting with `=`, `+`,
 * `-`, `@`, a tab or a carriage return is read as a formula (`=HYPERLINK(…)`, `@SUM(1)`, `-2+3`).
 * Such text is written with a leading apostrophe, which spreadsheets show as text, not as part of
 * the value, and which the importer takes off again, so an exported file imports back to exactly
 * the same text.
 *
 * The mapping is one-to-one: text that already starts with apostrophes followed by such a
 * character gets one more, and the importer takes exactly one off.
 */
const NEEDS_QUOTE = /^'*[=+\-@\t\r]/;
const QUOTED = /^''*[=+\-@\t\r]/;

/** The text as a CSV cell may hold it without a spreadsheet evaluating it. */
export function protectFormulaText(text: string): string {
  return NEEDS_QUOTE.test(text) ? `'${text}` : text;
}

/** The text a protected cell stood for (undoes `protectFormulaText`; other text is unchanged). */
export function unprotectFormulaText(text: string): string {
  return QUOTED.test(text) ? text.slice(1) : text;
}
