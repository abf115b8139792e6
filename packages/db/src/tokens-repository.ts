/** API tokens: only the SHA-256 hash of each token is stored; the token is shown once. */
import type { Kysely, Selectable } from 'kysely';
import type { Database, TokenTable } from './schema.ts';

type Conn = Kysely<Database>;

export interface TokenEntry {
  id: number;
  label: string;
  role: string;
  /** Entity codes an editor may write; empty for other roles. */
  entities: string[];
  createdAt: string;
  createdBy: string;
  revokedAt: string | null;
  revokedBy: string | null;
  lastUsedAt: string | null;
}

function fromRow(row: Selectable<TokenTable>): TokenEntry {
  return {
    id: row.id,
    label: row.label,
    role: row.role,
    entities: row.entities.split(' ').filter(Boolean),
    createdAt: row.created_at,
    createdBy: row.created_by,
    revokedAt: row.revoked_at,
    revokedBy: row.revoked_by,
    lastUsedAt: row.last_used_at,
  };
}

export interface NewToken {
  label: string;
  role: string;
  entities: readonly string[];
  tokenHash: string;
  createdAt: string;
  createdBy: string;
}

export async function insertToken(db: Conn, token: NewToken): Promise<number> {
  const row = await db
    .insertInto('tokens')
    .values({
      label: token.label,
      role: token.role,
      entities: token.entities.join(' '),
      token_hash: token.tokenHash,
      created_at: token.createdAt,
      created_by: token.createdBy,
      revoked_at: null,
      revoked_by: null,
      last_used_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The token with this hash, unless it was revoked. */
export async function findActiveTokenByHash(db: Conn, tokenHash: string): Promise<TokenEntry | null> {
  const row = await db.selectFrom('tokens').selectAll().where('token_hash', '=', tokenHash).where('revoked_at', 'is', null).executeTakeFirst();
  return row ? fromRow(row) : null;
}

export async function getToken(db: Conn, id: number): Promise<TokenEntry | null> {
  const row = await db.selectFrom('tokens').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? fromRow(row) : null;
}

export async function listTokens(db: Conn): Promise<TokenEntry[]> {
  const rows = await db.selectFrom('tokens').selectAll().orderBy('id').execute();
  return rows.map(fromRow);
}

/** Revokes a token that is still active; false when it does not exist or was already revoked. */
export async function revokeToken(db: Conn, id: number, at: string, by: string): Promise<boolean> {
  const result = await db.updateTable('tokens').set({ revoked_at: at, revoked_by: by }).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function touchTokenUsed(db: Conn, id: number, at: string): Promise<void> {
  await db.updateTable('tokens').set({ last_used_at: at }).where('id', '=', id).execute();
}
