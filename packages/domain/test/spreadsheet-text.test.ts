import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { protectFormulaText, unprotectFormulaText } from '../src/spreadsheet-text.ts';

describe('text a spreadsheet must not evaluate', () => {
  it('never starts with a formula sign once protected', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', "'", 'a', '1', ' ') }), (text) => {
        expect(/^[=+\-@\t\r]/.test(protectFormulaText(text))).toBe(false);
      }),
    );
  });

  it('comes back exactly as it was', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', "'", 'a', '1', ' ', '"') }), (text) => {
        expect(unprotectFormulaText(protectFormulaText(text))).toBe(text);
      }),
    );
    expect(protectFormulaText('=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`);
    expect(protectFormulaText("'=quoted")).toBe("''=quoted");
    expect(protectFormulaText("it's")).toBe("it's");
    expect(unprotectFormulaText("'plain")).toBe("'plain");
  });
});
