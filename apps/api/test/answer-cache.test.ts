import { describe, expect, it } from 'vitest';
import { AnswerCache } from '../src/answer-cache.ts';

const answer = (bytes: number, fill = 1) => ({ body: new Uint8Array(bytes).fill(fill), contentType: 'application/json' });

describe('answers kept per data version', () => {
  it('serves an answer only for the version it was computed for', () => {
    const cache = new AnswerCache(1_600);
    cache.set('7', '/a', answer(10));
    expect(cache.get('7', '/a')?.body.byteLength).toBe(10);
    expect(cache.get('8', '/a')).toBeUndefined();
    expect(cache.get('7', '/b')).toBeUndefined();
  });

  it('drops everything when a newer version arrives, and never lets an older one back in', () => {
    const cache = new AnswerCache(1_600);
    cache.set('7', '/a', answer(10));
    cache.set('8', '/b', answer(10));
    expect(cache.stats()).toEqual({ version: '8', answers: 1, bytes: 10 });
    expect(cache.get('7', '/a')).toBeUndefined();
    // A request that read version 7 and finished late.
    cache.set('7', '/a', answer(10));
    expect(cache.stats()).toEqual({ version: '8', answers: 1, bytes: 10 });
    // Versions compare as numbers, not strings.
    cache.set('10', '/c', answer(10));
    expect(cache.stats().version).toBe('10');
  });

  it('stays within its budget, evicting the least recently used answer', () => {
    const cache = new AnswerCache(1_600); // at most 100 bytes an answer
    cache.set('1', '/a', answer(100, 1));
    for (let i = 0; i < 14; i++) cache.set('1', `/fill${i}`, answer(100));
    cache.get('1', '/a'); // used: now the newest
    cache.set('1', '/b', answer(100));
    cache.set('1', '/c', answer(100));
    expect(cache.stats().bytes).toBeLessThanOrEqual(1_600);
    expect(cache.get('1', '/a')?.body[0]).toBe(1);
    expect(cache.get('1', '/fill0')).toBeUndefined();
    expect(cache.get('1', '/c')).toBeDefined();
  });

  it('keeps no answer larger than a sixteenth of the budget, and nothing at all with no budget', () => {
    const cache = new AnswerCache(1_600);
    cache.set('1', '/big', answer(101));
    expect(cache.get('1', '/big')).toBeUndefined();
    const off = new AnswerCache(0);
    expect(off.enabled).toBe(false);
    off.set('1', '/a', answer(1));
    expect(off.get('1', '/a')).toBeUndefined();
  });

  it('replaces an answer kept under the same key without counting it twice', () => {
    const cache = new AnswerCache(1_600);
    cache.set('1', '/a', answer(50));
    cache.set('1', '/a', answer(60));
    expect(cache.stats()).toEqual({ version: '1', answers: 1, bytes: 60 });
  });
});
