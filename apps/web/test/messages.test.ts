import { LOCALES } from '@koers/domain';
import { describe, expect, it } from 'vitest';
import { messagesFor } from '../src/shared/i18n/messages.ts';

type Tree = { [key: string]: unknown };

function shape(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'function') return [`${path}()`];
    if (Array.isArray(value)) return [`${path}[${value.length}]`];
    if (value && typeof value === 'object') return shape(value as Tree, path);
    return [path];
  });
}

describe('every label exists in Dutch, French and English', () => {
  const dutch = shape(messagesFor('nl'));
  for (const locale of LOCALES) {
    it(`${locale} has exactly the Dutch keys, and no empty text`, () => {
      const messages = messagesFor(locale) as unknown as Tree;
      expect(shape(messages)).toEqual(dutch);
      const texts = JSON.stringify(messages);
      expect(texts).not.toMatch(/:""/);
    });
  }

  it('says how many points a target was missed by, in each language', () => {
    expect(messagesFor('nl').status.missedBy('27,6')).toBe('Gemist met 27,6 procentpunten');
    expect(messagesFor('fr').status.missedBy('27,6')).toBe('Manqué de 27,6 points');
    expect(messagesFor('en').status.missedBy('27.6')).toBe('Missed by 27.6 points');
  });
});
