/** Writes src/local-governments-data.ts from reference/local-governments.csv (run after the CSV changes). */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseLocalGovernmentCsv } from '../src/local-government-csv.ts';

const root = new URL('../', import.meta.url);
const rows = parseLocalGovernmentCsv(readFileSync(new URL('reference/local-governments.csv', root), 'utf8'));
const body = rows.map((r) => `  ${JSON.stringify(r)},`).join('\n');
writeFileSync(
  new URL('src/local-governments-data.ts', root),
  `// Generated from reference/local-governments.csv by scripts/generate-local-governments.ts: do not edit.
import type { LocalGovernmentRow } from './local-government-csv.ts';

export const LOCAL_GOVERNMENT_ROWS: readonly LocalGovernmentRow[] = [
${body}
];
`,
);
