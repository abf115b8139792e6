import { describe, expect, it } from 'vitest';
import { formatterFor } from '../src/shared/format/format.ts';
import { messagesFor } from '../src/shared/i18n/messages.ts';
import { statusWords } from '../src/shared/lib/status-words.ts';
import { progress } from './fixtures.ts';

const t = messagesFor('nl');
const f = formatterFor('nl');

describe('a status in words', () => {
  it('names the last usable year when the chosen year has no usable data, never as the year’s own figure', () => {
    const p = progress({ status: 'insufficient_data', year: 2020, usable: false, lastUsableYear: 2019, lastUsableValue: 0.772 });
    expect(statusWords('insufficient_data', p, t, f)).toBe('Onvoldoende gegevens · laatste bruikbare jaar: 2019, 77,2%');
  });

  it('says only "insufficient data" for a usable year that lacks a second year for the pace', () => {
    const p = progress({ status: 'insufficient_data', year: 2016, usable: true, lastUsableYear: 2016, lastUsableValue: 0.6 });
    expect(statusWords('insufficient_data', p, t, f)).toBe('Onvoldoende gegevens');
  });

  it('says by how much a target was missed, when it was reached, and "monitoring only" without a target', () => {
    expect(statusWords('missed', progress({ missedBy: 11.6 }), t, f)).toBe('Gemist met 11,6 procentpunten');
    expect(statusWords('achieved', progress({ reachedYear: 2018 }), t, f)).toBe('Doel bereikt · Bereikt in 2018');
    expect(statusWords(undefined, undefined, t, f)).toBe('Enkel opvolging');
  });
});
