/**
 * Who may do what: the role × action matrix in one place, used by the API, the CLI and (through
 * GET /api/v1/session) the dashboard.
 *
 *   action          admin  editor (own entities)  viewer  anonymous
 *   read            yes    yes                    yes     yes, unless reads are private
 *   import          yes    yes, own entities      no      no
 *   correct         yes    yes, own entities      no      no
 *   add_entities    yes    no                     no      no
 *   undo_import     yes    no                     no      no
 *   edit_targets    yes    no                     no      no
 *   read_audit      yes    no                     no      no
 */
import { ROLES, type Role } from '@koers/domain';

export { ROLES, type Role };

export const ACTIONS = ['read', 'import', 'correct', 'add_entities', 'undo_import', 'edit_targets', 'read_audit'] as const;
export type Action = (typeof ACTIONS)[number];

const MATRIX: Record<Role, readonly Action[]> = {
  admin: ACTIONS,
  editor: ['read', 'import', 'correct'],
  viewer: ['read'],
};

/** Who acts: a token's holder, or the local command line. */
export interface Principal {
  role: Role;
  /** Entities an editor may write; empty for other roles (an admin may write every entity). */
  entities: readonly string[];
  /** Token id, or null for the command line. */
  tokenId: number | null;
  label: string;
  /** What the history records as "who". */
  actor: string;
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function allows(role: Role, action: Action): boolean {
  return MATRIX[role].includes(action);
}

/** The entities a principal may write, or null for every entity (an admin). */
export function writableEntities(principal: Principal): readonly string[] | null {
  return principal.role === 'admin' ? null : principal.role === 'editor' ? principal.entities : [];
}

export function mayWriteEntity(principal: Principal, entity: string): boolean {
  const allowed = writableEntities(principal);
  return allowed === null || allowed.some((e) => e.toUpperCase() === entity.toUpperCase());
}

/** The command line has direct database access: it acts as a local administrator. */
export function localAdmin(user: string | undefined): Principal {
  const name = user && user.trim() ? user.trim() : 'unknown';
  return { role: 'admin', entities: [], tokenId: null, label: `cli:${name}`, actor: `cli:${name}` };
}

export const ACTION_DESCRIPTIONS: Record<Action, string> = {
  read: 'read data',
  import: 'import files',
  correct: 'correct records',
  add_entities: 'add entities from a file',
  undo_import: 'undo imports',
  edit_targets: 'edit targets',
  read_audit: 'read the audit trail',
};
