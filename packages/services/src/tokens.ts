/**
 * API tokens: 32 random bytes (base64url, prefixed `koers_`), shown once when created and stored
 * only as their SHA-256 hash. A token carries a role and, for an editor, the entities it may write.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  appendAudit,
  findActiveTokenByHash,
  getToken,
  insertToken,
  listEntities,
  listTokens as listTokenRows,
  revokeToken as revokeTokenRow,
  touchTokenUsed,
  type Db,
  type TokenEntry,
  writeTransaction,
} from '@koers/db';
import { InvalidInputError, NotFoundError } from './errors.ts';
import { isRole, type Principal, type Role } from './permissions.ts';

const PREFIX = 'koers_';
/** The shape of every token this module makes; anything else is refused without a lookup. */
export const TOKEN_PATTERN = /^koers_[A-Za-z0-9_-]{43}$/;

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('base64url');
}

export interface NewTokenRequest {
  role: string;
  entities?: readonly string[];
  label?: string;
  /** Who creates it (for the audit trail). */
  actor: string;
}

export interface CreatedToken {
  /** The token itself: shown once, never stored. */
  token: string;
  id: number;
  role: Role;
  entities: string[];
  label: string;
  createdAt: string;
}

export async function createToken(db: Db, request: NewTokenRequest): Promise<CreatedToken> {
  if (!isRole(request.role)) throw new InvalidInputError('role', `"${request.role}" is not a role; use admin, editor or viewer`);
  const role = request.role;
  const wanted = [...new Set((request.entities ?? []).map((e) => e.trim().toUpperCase()).filter(Boolean))];
  if (role === 'editor' && wanted.length === 0) throw new InvalidInputError('entity', 'an editor token needs at least one entity (--entity CODE)');
  if (role !== 'editor' && wanted.length > 0) throw new InvalidInputError('entity', `entities bind editors only; a token with the ${role} role takes none`);
  if (wanted.length > 0) {
    const known = new Set((await listEntities(db.kysely)).map((e) => e.code.toUpperCase()));
    const unknown = wanted.filter((e) => !known.has(e));
    if (unknown.length) throw new InvalidInputError('entity', `unknown entit${unknown.length === 1 ? 'y' : 'ies'} ${unknown.join(', ')}: not in the registry`);
  }
  const label = (request.label ?? '').trim() || (wanted.length ? `${role} ${wanted.join(' ')}` : role);
  if (label.length > 100 || [...label].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f))
    throw new InvalidInputError('label', 'must be at most 100 printable characters');

  const token = PREFIX + randomBytes(32).toString('base64url');
  const createdAt = new Date().toISOString();
  const id = await writeTransaction(db.kysely, async (trx) => {
    const newId = await insertToken(trx, { label, role, entities: wanted, tokenHash: hashToken(token), createdAt, createdBy: request.actor });
    await appendAudit(trx, {
      at: createdAt,
      actor: request.actor,
      action: 'token_create',
      subject: `token ${newId} (${label})`,
      details: { tokenId: newId, role, entities: wanted, label },
    });
    return newId;
  });
  return { token, id, role, entities: wanted, label, createdAt };
}

/** Tokens are marked used at most this often, so that reads do not turn into writes. */
const TOUCH_INTERVAL_MS = 15 * 60 * 1000;

/**
 * The principal a token stands for, or null when it is malformed, unknown or revoked. Checked
 * against the database on every call, so a revocation takes effect at once on every instance.
 */
export async function verifyToken(db: Db, token: string): Promise<Principal | null> {
  if (!TOKEN_PATTERN.test(token)) return null;
  const entry = await findActiveTokenByHash(db.kysely, hashToken(token));
  if (!entry || !isRole(entry.role)) return null;
  const now = Date.now();
  if (!entry.lastUsedAt || now - Date.parse(entry.lastUsedAt) > TOUCH_INTERVAL_MS) {
    // Best effort: a failure to note the use must never fail the request.
    await touchTokenUsed(db.kysely, entry.id, new Date(now).toISOString()).catch(() => undefined);
  }
  return principalOf(entry);
}

export function principalOf(entry: TokenEntry): Principal {
  const role = entry.role as Role;
  return {
    role,
    entities: role === 'editor' ? entry.entities : [],
    tokenId: entry.id,
    label: entry.label,
    actor: `${entry.label} (token ${entry.id})`,
  };
}

export async function listTokens(db: Db): Promise<TokenEntry[]> {
  return listTokenRows(db.kysely);
}

export type RevokeOutcome = 'revoked' | 'already_revoked';

export async function revokeToken(db: Db, id: number, actor: string): Promise<RevokeOutcome> {
  return writeTransaction(db.kysely, async (trx) => {
    const entry = await getToken(trx, id);
    if (!entry) throw new NotFoundError(`no token ${id}`);
    if (entry.revokedAt) return 'already_revoked';
    const at = new Date().toISOString();
    await revokeTokenRow(trx, id, at, actor);
    await appendAudit(trx, {
      at,
      actor,
      action: 'token_revoke',
      subject: `token ${id} (${entry.label})`,
      details: { tokenId: id, role: entry.role, entities: entry.entities, label: entry.label },
    });
    return 'revoked' as const;
  });
}
