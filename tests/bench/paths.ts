import { fileURLToPath } from 'node:url';

/** The repository root: the CLI and the server are started from there, as `pnpm koers` does. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
