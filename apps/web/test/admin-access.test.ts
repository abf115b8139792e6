import { LOCALES } from '@koers/domain';
import { describe, expect, it } from 'vitest';
import { IMPORT_MESSAGES } from '../src/features/imports/messages.ts';
import { describeSession, pageVisible } from '../src/features/session/lib/access.ts';
import { SESSION_MESSAGES } from '../src/features/session/messages.ts';
import { TARGET_MESSAGES } from '../src/features/targets-admin/messages.ts';
import { ANONYMOUS, isSession, type Session } from '../src/shared/api/get-session.ts';
import { hrefFor, nextView, parseView } from '../src/shared/url-state/view-state.ts';

const editor: Session = {
  ...ANONYMOUS,
  authenticated: true,
  role: 'editor',
  entities: ['AWV', 'MOW-DEP'],
  label: 'editor AWV',
  tokenId: 2,
  permissions: { ...ANONYMOUS.permissions, import: true, correct: true },
};

describe('what the dashboard offers each role', () => {
  it('lists the import page only for those who may import; targets are there for everyone to read', () => {
    expect(pageVisible('imports', ANONYMOUS.permissions)).toBe(false);
    expect(pageVisible('imports', editor.permissions)).toBe(true);
    expect(pageVisible('targets', ANONYMOUS.permissions)).toBe(true);
    expect(pageVisible('overview', ANONYMOUS.permissions)).toBe(true);
  });

  it('says who is signed in: the role, and an editor’s entities', () => {
    const list = (items: readonly string[]) => new Intl.ListFormat('nl-BE').format(items);
    expect(describeSession(editor, SESSION_MESSAGES.nl, list)).toBe('Redacteur voor AWV en MOW-DEP');
    expect(describeSession({ ...editor, role: 'admin', entities: [] }, SESSION_MESSAGES.en, list)).toBe('Administrator');
    expect(describeSession(ANONYMOUS, SESSION_MESSAGES.nl, list)).toBeNull();
  });

  it('accepts only a session answer with every permission, so a changed API is noticed', () => {
    expect(isSession(editor)).toBe(true);
    expect(isSession({ ...editor, permissions: { read: true } })).toBe(false);
    expect(isSession({ ...editor, role: 'root' })).toBe(false);
    expect(isSession(null)).toBe(false);
  });
});

describe('links to the data stewards’ pages', () => {
  it('open an import’s report by its id in the path, and drop it when the page changes', () => {
    const view = parseView('/imports/12', '?lang=fr');
    expect(view).toMatchObject({ page: 'imports', importId: 12, lang: 'fr' });
    expect(hrefFor(view)).toBe('/imports/12?lang=fr');
    expect(hrefFor(nextView(view, { importId: undefined }))).toBe('/imports?lang=fr');
    expect(nextView(view, { page: 'targets' }).importId).toBeUndefined();
    expect(parseView('/imports/0', '').importId).toBeUndefined();
    expect(parseView('/imports/abc', '')).toMatchObject({ page: 'imports' });
    expect(hrefFor(parseView('/targets', ''))).toBe('/targets');
  });
});

type Tree = { [key: string]: unknown };
function shape(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'function') return [`${path}()`];
    if (value && typeof value === 'object') return shape(value as Tree, path);
    return [path];
  });
}

describe('the sign-in, import and target pages speak Dutch, French and English', () => {
  for (const [name, messages] of Object.entries({ session: SESSION_MESSAGES, imports: IMPORT_MESSAGES, targets: TARGET_MESSAGES })) {
    it(`${name}: every language has exactly the Dutch keys, and no empty text`, () => {
      const dutch = shape(messages.nl);
      for (const locale of LOCALES) {
        expect(shape(messages[locale] as unknown as Tree)).toEqual(dutch);
        expect(JSON.stringify(messages[locale])).not.toMatch(/:""/);
      }
    });
  }
});
