/**
 * The layering rules are checked by lint (eslint.config.js), not remembered: each kind of forbidden
 * import is written to a real file in the tree, linted with the project's own configuration, and
 * must be refused; the same files without the forbidden import must pass.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ESLint } from 'eslint';
import { afterEach, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const written: string[] = [];

function write(path: string, text: string): string {
  const file = join(root, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  written.push(file);
  return file;
}

async function ruleIds(files: string[]): Promise<string[]> {
  const eslint = new ESLint({ cwd: root });
  const results = await eslint.lintFiles(files);
  return results.flatMap((r) => r.messages.map((m) => m.ruleId ?? m.message));
}

afterEach(() => {
  for (const file of written.splice(0)) rmSync(file, { force: true });
});

describe('lint boundaries', () => {
  it('refuses an import cycle', async () => {
    const a = write('packages/domain/src/lint-probe-a.ts', "import { b } from './lint-probe-b.ts';\nexport const a = (): number => b + 1;\n");
    const b = write('packages/domain/src/lint-probe-b.ts', "import { a } from './lint-probe-a.ts';\nexport const b = 1;\nexport const c = a;\n");
    expect(await ruleIds([a, b])).toEqual(['import-x/no-cycle', 'import-x/no-cycle']);
  });

  it('refuses a package importing an app', async () => {
    const file = write('packages/domain/src/lint-probe.ts', "import '../../../apps/api/src/app.ts';\nexport {};\n");
    expect(await ruleIds([file])).toEqual(['import-x/no-restricted-paths']);
  });

  it('refuses the dashboard importing the API', async () => {
    const file = write(
      'apps/web/src/shared/api/lint-probe.ts',
      "import { API_VERSION } from '../../../../api/src/app.ts';\nexport const version = API_VERSION;\n",
    );
    expect(await ruleIds([file])).toEqual(['import-x/no-restricted-paths']);
  });

  it('refuses an API route reading the database itself rather than through the services', async () => {
    const file = write('apps/api/src/routes/lint-probe.ts', "import { listImports } from '@koers/db';\nexport const list = listImports;\n");
    expect(await ruleIds([file])).toEqual(['import-x/no-restricted-paths']);
  });

  it('refuses shared/ importing a feature, and a feature importing another feature', async () => {
    const shared = write('apps/web/src/shared/lib/lint-probe.ts', "import '../../features/compare/api/get-comparison.ts';\nexport {};\n");
    const feature = write('apps/web/src/features/overview/lib/lint-probe.ts', "import '../../compare/api/get-comparison.ts';\nexport {};\n");
    expect(await ruleIds([shared, feature])).toEqual(['import-x/no-restricted-paths', 'import-x/no-restricted-paths']);
  });

  it('lets a feature import shared/ and its own files', async () => {
    const file = write(
      'apps/web/src/features/overview/lib/lint-probe.ts',
      "import '../../../shared/format/format.ts';\nimport './indicator-snapshot.ts';\nexport {};\n",
    );
    expect(await ruleIds([file])).toEqual([]);
  });
});
