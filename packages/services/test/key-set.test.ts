/**
 * The import's duplicate check keeps a million keys in typed arrays instead of a Map; it must answer
 * exactly as a Map would: undefined for a new key, and where the key was first seen otherwise,
 * through every growth of its buffer, its entry arrays and its hash table.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeySet } from '../src/key-set.ts';

/** Keys from a small alphabet collide often; long and non-ASCII ones exercise the byte buffer. */
const key = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', 'b', '\u0000', 'é', '€', '𝄞'), maxLength: 6 }),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', minLength: 200, maxLength: 3000 }),
);
const where = fc.oneof(
  fc.integer({ min: 0, max: 0x7fffffff }),
  fc.string({ minLength: 1, maxLength: 20 }).map((s) => `notice ${s}`),
);

describe('KeySet', () => {
  it('answers as a Map of first sightings would, for any sequence of keys', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(key, where), { maxLength: 400 }), (additions) => {
        const keys = new KeySet();
        const oracle = new Map<string, number | string>();
        for (const [k, w] of additions) {
          expect(keys.add(k, w)).toBe(oracle.get(k));
          if (!oracle.has(k)) oracle.set(k, w);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('keeps every key through many growths of its table (100,000 keys, each added twice)', () => {
    const keys = new KeySet();
    for (let i = 0; i < 100_000; i++) expect(keys.add(`AWV\u0000dossier-${i}`, i + 2)).toBeUndefined();
    for (let i = 0; i < 100_000; i++) {
      const seen = keys.add(`AWV\u0000dossier-${i}`, 0);
      if (seen !== i + 2) expect(seen).toBe(i + 2);
    }
  });
});
