/** Who may do what: the roles a token is made with. What each role may do is decided in @koers/services. */
export const ROLES = ['admin', 'editor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** How an import treats invalid rows: reject the whole file, or write the valid rows. */
export const IMPORT_MODES = ['all_or_nothing', 'partial'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];
