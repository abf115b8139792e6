/**
 * Codes read from a file that are names on Object.prototype (`constructor`, `toString`,
 * `__proto__`, `hasOwnProperty`) are unknown codes like any other: never a function or an object
 * taken from a code table's prototype, never a crash.
 */
import { describe, expect, it } from 'vitest';
import { readEforms } from '../../src/formats/eforms.ts';
import { readOcds } from '../../src/formats/ocds.ts';
import { collect, records } from './fixture-files.ts';
import { eformsAward } from './synthetic-notices.ts';

const NAMES = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'];
const encode = (text: string) => new TextEncoder().encode(text);

describe('codes named like prototype members', () => {
  it.each(NAMES)('eForms procedure, company size and sustainability codes "%s" are unknown codes', async (name) => {
    const xml = eformsAward({ sizes: [name], codes: { 'strategic-procurement': [name], 'gpp-criteria': [name] } }).replace('>comp-dial<', `>${name}<`);
    const [draft] = records(await collect(readEforms(encode(xml))));
    expect(draft).toMatchObject({ procedure: 'other', smeWinner: null, criteria: null });
    for (const value of Object.values(draft!)) expect(typeof value).not.toBe('function');
  });

  it.each(NAMES)('OCDS party scale and sustainability goal "%s" are unknown', async (name) => {
    const release = {
      ocid: 'ocds-test-1',
      id: 'r-1',
      date: '2020-01-01',
      tag: ['award'],
      buyer: { id: 'B', name: 'Departement Omgeving' },
      parties: [{ id: 'S', name: 'Winnaar', roles: ['supplier'], details: { scale: name } }],
      tender: { sustainability: [{ goal: name, strategies: [name] }] },
      awards: [{ id: 'a1', date: '2020-01-01', status: 'active', value: { amount: 10, currency: 'EUR' }, suppliers: [{ id: 'S', name: 'Winnaar' }] }],
    };
    const [draft] = records(await collect(readOcds(encode(JSON.stringify({ releases: [release] })))));
    expect(draft).toMatchObject({ smeWinner: null, criteria: null });
    for (const value of Object.values(draft!)) expect(typeof value).not.toBe('function');
  });
});
