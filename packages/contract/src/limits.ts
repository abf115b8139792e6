/**
 * The bounds the API holds requests to, as plain values: the schemas use them, the services check
 * the same when the command line calls them, and the dashboard's forms check them before sending.
 * No zod here, so a form imports them without the validator.
 */

/** Years a target or a policy event may be for. */
export const TARGET_YEAR_MIN = 2000;
export const TARGET_YEAR_MAX = 2100;
/** Longest source of a target or a policy event. */
export const SOURCE_MAX = 500;
/** Longest words of a policy event, per language. */
export const EVENT_LABEL_MAX = 300;
/** Years a query may ask for. */
export const QUERY_YEAR_MIN = 1990;
export const QUERY_YEAR_MAX = 2100;
/**
 * Status thresholds: the most records a year may be asked to have (beyond it no entity's year would
 * ever be usable), and the largest pace ratio (ten times the required pace is far beyond on track).
 */
export const MAX_MIN_N = 100_000;
export const MAX_PACE_RATIO = 10;
/** The largest id a path may name (the id columns are 32-bit). */
export const MAX_ID = 2_147_483_647;
/** Records per page, at most. */
export const RECORD_PAGE_MAX = 500;
/** Entries per page of the import history, the target log and the audit trail, at most. */
export const HISTORY_PAGE_MAX = 1_000;
