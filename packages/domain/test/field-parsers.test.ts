/**
 * The cell parsers every import format shares, checked where they live: dates against the
 * calendar (Date.UTC as the oracle) in every accepted spelling, and amounts against the number
 * they were written from, in Belgian, international and plain notation.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDate, parseDecimal } from '../src/field-parsers.ts';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const calendarDay = fc.date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true });
const timeOfDay = fc.constantFrom('', ' 00:00:00', 'T14:05', ' 23:59:59.5', ' 7:30');

describe('parseDate', () => {
  it('reads every existing day in ISO and Belgian spellings, with or without a time of day, as that ISO day', () => {
    fc.assert(
      fc.property(calendarDay, timeOfDay, fc.constantFrom('/', '.', '-'), (day, time, separator) => {
        const [y, m, d] = [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
        const iso = `${y}-${pad(m)}-${pad(d)}`;
        expect(parseDate(iso + time)).toEqual({ ok: true, value: iso });
        expect(parseDate(`${y}-${m}-${d}${time}`)).toEqual({ ok: true, value: iso });
        expect(parseDate(`${pad(d)}${separator}${pad(m)}${separator}${y}${time}`)).toEqual({ ok: true, value: iso });
        expect(parseDate(`  ${d}${separator}${m}${separator}${y}${time} `)).toEqual({ ok: true, value: iso });
      }),
      { numRuns: 500 },
    );
  });

  it('refuses a day the calendar does not have, naming it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 29, max: 31 }), (y, m, d) => {
        const exists = new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
        const parsed = parseDate(`${y}-${pad(m)}-${pad(d)}`);
        expect(parsed.ok).toBe(exists);
        if (!parsed.ok) expect(parsed.code).toBe('date_does_not_exist');
      }),
    );
  });

  it('refuses implausible years, time zones and other text', () => {
    expect(parseDate('1899-12-31')).toMatchObject({ ok: false, code: 'implausible_year' });
    for (const raw of ['2018-03-31T10:00:00Z', '2018-03-31 10:00+02:00', '31 maart 2018', '2018/03/31', '', '43190']) {
      expect(parseDate(raw), raw).toMatchObject({ ok: false });
    }
  });
});

describe('parseDecimal', () => {
  const cents = fc.integer({ min: 0, max: 99_999_999_999 });
  const euro = (c: number) => c / 100;

  it('reads Belgian, international and plain notation back to the number they were written from', () => {
    const belgian = new Intl.NumberFormat('nl-BE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    const english = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    fc.assert(
      fc.property(cents, (c) => {
        expect(parseDecimal(belgian.format(euro(c)))).toEqual({ ok: true, value: euro(c) });
        expect(parseDecimal(english.format(euro(c)))).toEqual({ ok: true, value: euro(c) });
        expect(parseDecimal(euro(c).toFixed(2))).toEqual({ ok: true, value: euro(c) });
        expect(parseDecimal(`€ ${belgian.format(euro(c))}`)).toEqual({ ok: true, value: euro(c) });
        expect(parseDecimal(`${euro(c).toFixed(2).replace('.', ',')} EUR`)).toEqual({ ok: true, value: euro(c) });
      }),
      { numRuns: 500 },
    );
  });

  it('refuses a negative amount and text that is not a number, quoting it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999_999 }), (c) => {
        expect(parseDecimal(`-${euro(c).toFixed(2)}`)).toMatchObject({ ok: false, code: 'negative_amount' });
      }),
    );
    for (const raw of ['twaalf', '1,2,3.4.5', '12e3', '0x10', 'NaN', 'Infinity', '1.2.3,4,5']) {
      expect(parseDecimal(raw), raw).toMatchObject({ ok: false });
    }
    expect(parseDecimal('')).toMatchObject({ ok: false, code: 'empty' });
  });
});
