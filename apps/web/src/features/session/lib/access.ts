/** What the dashboard offers a caller, from the permissions GET /api/v1/session answers. */
import type { Permissions, Session } from '../../../shared/api/get-session.ts';
import type { Page } from '../../../shared/url-state/view-state.ts';

/**
 * Whether a page is listed in the navigation. Only the import page is about doing rather than
 * reading; the targets page shows the targets and their change log to everyone and its editing
 * only to those who may edit. A page left out can still be opened by its link: it then offers
 * nothing the caller may not do.
 */
export function pageVisible(page: Page, permissions: Permissions): boolean {
  return page === 'imports' ? permissions.import : true;
}

/** Who is signed in, in a few words: the role, and an editor's entities. */
export function describeSession(
  session: Session,
  words: { roles: Record<NonNullable<Session['role']>, string>; forEntities: (list: string) => string },
  list: (items: readonly string[]) => string,
): string | null {
  if (!session.authenticated || !session.role) return null;
  const role = words.roles[session.role];
  return session.role === 'editor' && session.entities.length ? `${role} ${words.forEntities(list(session.entities))}` : role;
}
