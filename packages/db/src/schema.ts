/**
 * Table types as the database holds them. Domain types live in @koers/domain; the repositories
 * map between the two in one place each. Booleans are stored as 0/1 (null = unknown) so the same
 * SQL runs on SQLite and PostgreSQL.
 */
import type { ProcurementRecord } from '@koers/domain';
import type { ColumnType, Generated } from 'kysely';

interface PolicyDomainTable {
  code: string;
  name_nl: string;
  name_fr: string;
  name_en: string;
  valid_from: string;
  valid_to: string | null;
}

export interface EntityTable {
  code: string;
  name: string;
  type: string;
  policy_domain: string | null;
  flemish_government: number;
  enterprise_number: string | null;
  /** `flemish_government`, `local` or `other`. */
  tier: ColumnType<string, string | undefined, string>;
  name_fr: ColumnType<string | null, string | null | undefined, string | null>;
  nis_code: ColumnType<string | null, string | null | undefined, string | null>;
  /** NIS code of the province (its own for a province). */
  province: ColumnType<string | null, string | null | undefined, string | null>;
  inhabitants: ColumnType<number | null, number | null | undefined, number | null>;
  population_class: ColumnType<string | null, string | null | undefined, string | null>;
  valid_from: ColumnType<string | null, string | null | undefined, string | null>;
  valid_to: ColumnType<string | null, string | null | undefined, string | null>;
  succeeded_by: ColumnType<string | null, string | null | undefined, string | null>;
}

interface ProductGroupTable {
  code: string;
  name_nl: string;
  name_fr: string;
  name_en: string;
  /** Space-separated CPV prefixes (digits as text). */
  cpv_prefixes: string;
  essential_criteria: number;
}

export interface TargetTable {
  id: Generated<number>;
  indicator: string;
  scope: string;
  /** '' for scope `all`, so the unique key works the same on both engines. */
  scope_code: string;
  year: number;
  value: number;
  source: string;
  updated_at: string;
}

export interface PolicyEventTable {
  id: Generated<number>;
  /** ISO date (yyyy-mm-dd). */
  event_date: string;
  label_nl: string;
  label_fr: string;
  label_en: string;
  scope: string;
  /** '' for scope `all`, as for targets. */
  scope_code: string;
  source: string | null;
  updated_at: string;
}

/** `dossierId` → `dossier_id`: a record field's column name. */
type SnakeCase<S extends string> = S extends `${infer Head}${infer Rest}`
  ? `${Head extends Lowercase<Head> ? Head : `_${Lowercase<Head>}`}${SnakeCase<Rest>}`
  : S;

/** How a field is stored: booleans as 0/1, answers from a list as their text. */
type Column<T> = T extends boolean ? number : T extends string ? string : T;

/**
 * The record as stored, derived from the domain's record (one declaration of its fields): each
 * field in its snake_case column, except the euro value, which is kept in cents.
 */
export type RecordTable = {
  [K in Exclude<keyof ProcurementRecord, 'valueEur'> as SnakeCase<K>]: Column<ProcurementRecord[K]>;
} & {
  id: Generated<number>;
  year: number;
  /** Awarded value excl. VAT in euro cents: integer sums are exact in any order. */
  value_cents: number | null;
  import_id: number | null;
  updated_at: string;
};

/**
 * Pre-aggregated sums per (year, entity, product group, indicator), maintained on every import so
 * that a dashboard call sums a few thousand rows instead of scanning every record.
 */
interface AggregateTable {
  year: number;
  entity: string;
  /** '' when the record has no product group. */
  product_group: string;
  indicator: string;
  num: number;
  den: number;
  n: number;
  scope: number;
}

export interface ImportTable {
  id: Generated<number>;
  created_at: string;
  actor: string;
  file_name: string;
  checksum: string;
  format: string | null;
  mode: string;
  dry_run: number;
  applied: number;
  accepted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  skipped: number;
  /** The full import report as JSON (errors, warnings, skips). */
  report: string;
  /** `running` while the import runs (left so if it was interrupted), `done` after. */
  status: ColumnType<string, string | undefined, string>;
  finished_at: string | null;
  /** When an administrator undid the import (its records restored), and who. */
  undone_at: ColumnType<string | null, string | null | undefined, string | null>;
  undone_by: ColumnType<string | null, string | null | undefined, string | null>;
  /** Commit order of the imports and corrections that wrote (given inside the write lock); null for the others. */
  write_seq: ColumnType<number | null, number | null | undefined, number | null>;
  /** The process running the import (`host:pid`), to tell an interrupted entry from a running one. */
  runner: ColumnType<string | null, string | null | undefined, string | null>;
}

/** The version of a record before an import changed it (JSON of its row), for undo. */
interface RecordVersionTable {
  import_id: number;
  entity: string;
  dossier_id: string;
  previous: string;
}

/** An API token: only the SHA-256 hash of the token is stored, never the token itself. */
export interface TokenTable {
  id: Generated<number>;
  label: string;
  /** `admin`, `editor` or `viewer`. */
  role: string;
  /** Space-separated entity codes an editor may write ('' for other roles). */
  entities: string;
  /** base64url SHA-256 of the token. */
  token_hash: string;
  created_at: string;
  created_by: string;
  revoked_at: string | null;
  revoked_by: string | null;
  last_used_at: string | null;
}

/** Every change of a target: who, when, the old and the new value (null = none). */
export interface TargetChangeTable {
  id: Generated<number>;
  changed_at: string;
  actor: string;
  indicator: string;
  scope: string;
  /** '' for scope `all`, as in `targets`. */
  scope_code: string;
  year: number;
  old_value: number | null;
  new_value: number | null;
  old_source: string | null;
  new_source: string | null;
}

/** Administrative actions that are not imports or target changes: undo, tokens. */
interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor: string;
  action: string;
  subject: string;
  /** JSON object. */
  details: string;
}

interface SettingTable {
  key: string;
  value: string;
}

export interface Database {
  policy_domains: PolicyDomainTable;
  entities: EntityTable;
  product_groups: ProductGroupTable;
  targets: TargetTable;
  policy_events: PolicyEventTable;
  records: RecordTable;
  aggregates: AggregateTable;
  imports: ImportTable;
  record_versions: RecordVersionTable;
  settings: SettingTable;
  tokens: TokenTable;
  target_changes: TargetChangeTable;
  audit_log: AuditLogTable;
}
