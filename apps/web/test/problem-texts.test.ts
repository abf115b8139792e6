import { PROBLEM_CODES, parseDate, parseDecimal } from '@koers/domain';
import { describe, expect, it } from 'vitest';
import { problemText } from '../src/features/imports/lib/problem-texts.ts';

describe('row messages in the reader’s language', () => {
  it('has a Dutch and a French text for every code, naming the values it was given', () => {
    const params = { value: 'X1', year: 1889, column: 'kolom', choices: 'a, b', entity: 'ABB', allowed: 'AWV', dossierId: 'D-1', row: 7, place: 'N-1 L-2' };
    for (const code of PROBLEM_CODES) {
      for (const locale of ['nl', 'fr'] as const) {
        const text = problemText({ code, params }, locale);
        expect(text, `${code} ${locale}`).toBeTypeOf('string');
        expect(text, `${code} ${locale}`).not.toMatch(/undefined|\$\{/);
      }
    }
  });

  it('says a parser’s failure from its code and values, as the English sentence says it', () => {
    const date = parseDate('31/02/2019');
    expect(date.ok).toBe(false);
    if (date.ok) return;
    expect(date.message).toBe('"31/02/2019" is not a date that exists');
    expect(problemText(date, 'nl')).toBe('"31/02/2019" is een datum die niet bestaat');
    expect(problemText(date, 'fr')).toBe('« 31/02/2019 » est une date qui n’existe pas');
    const amount = parseDecimal('-5');
    if (amount.ok) throw new Error('a negative amount parsed');
    expect(problemText(amount, 'nl')).toBe('"-5" is negatief; een gegund bedrag kan niet onder nul liggen');
  });

  it('leaves English, and messages without a code, to the API’s own sentence', () => {
    expect(problemText({ code: 'empty', params: {} }, 'en')).toBeNull();
    expect(problemText({}, 'nl')).toBeNull();
  });

  it('says where a duplicate key first appeared: a row, or a notice and lot', () => {
    expect(problemText({ code: 'duplicate_key', params: { entity: 'AWV', dossierId: 'D-1', row: 12 } }, 'nl')).toBe(
      'dubbele sleutel: AWV D-1 staat al op rij 12',
    );
    expect(problemText({ code: 'duplicate_key', params: { entity: 'AWV', dossierId: 'D-1', place: '123-2019 LOT-1' } }, 'fr')).toBe(
      'clé en double : AWV D-1 figure déjà dans 123-2019 LOT-1',
    );
  });
});
