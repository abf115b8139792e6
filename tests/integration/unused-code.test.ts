/**
 * `pnpm run check:unused` (knip, knip.jsonc) is only worth its place in `pnpm test` if it notices
 * what it is there for: a module written into the tree and imported by nothing, and an export no
 * module imports, must both be reported by the project's own configuration.
 */
import { execFile } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const written: string[] = [];

function write(path: string, text: string): void {
  const file = join(root, path);
  writeFileSync(file, text);
  written.push(file);
}

/** knip's report of unused files and exports, with its exit code (1 when it found any). */
function knip(): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(join(root, 'node_modules/.bin/knip'), ['--no-progress', '--include', 'files,exports'], { cwd: root }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr });
    });
  });
}

afterEach(() => {
  for (const file of written.splice(0)) rmSync(file, { force: true });
});

describe('unused code check', () => {
  it('reports a module nothing imports, and an export nothing imports', async () => {
    // The second module is imported by a test (an entry), so only its unused export is reported.
    // The probe test passes on its own, should another test run in this tree collect it meanwhile.
    write('packages/domain/src/knip-probe-orphan.ts', 'export const orphan = 1;\n');
    write('packages/domain/src/knip-probe-used.ts', 'export const used = 1;\nexport const neverImported = 2;\n');
    write(
      'packages/domain/test/knip-probe.test.ts',
      "import { expect, it } from 'vitest';\nimport { used } from '../src/knip-probe-used.ts';\n\nit('is a probe of the unused code check', () => expect(used).toBe(1));\n",
    );
    const { code, output } = await knip();
    expect(code).toBe(1);
    expect(output).toContain('packages/domain/src/knip-probe-orphan.ts');
    expect(output).toMatch(/neverImported\s+packages\/domain\/src\/knip-probe-used\.ts/);
    expect(output).not.toMatch(/\bused\s+packages\/domain\/src\/knip-probe-used\.ts/);
  });
});
