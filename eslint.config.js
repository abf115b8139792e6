import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const root = import.meta.dirname;
const web = join(root, 'apps/web/src');
const features = readdirSync(join(web, 'features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/**
 * The dependency rules of decision 0007, checked rather than remembered: packages never
 * import apps; in the dashboard, shared → features → app, and no feature imports another; the
 * dashboard takes the API's types from @koers/contract, never from the API (decision 0022).
 */
const boundaries = [
  { target: join(root, 'packages'), from: join(root, 'apps'), message: 'A package may not import an app: move the shared code into a package.' },
  {
    target: join(root, 'apps/web'),
    from: join(root, 'apps/api'),
    message: 'The dashboard may not import the API: take request and answer types from @koers/contract (decision 0022).',
  },
  {
    target: join(root, 'apps/api/src/routes'),
    from: join(root, 'packages/db'),
    message: 'A route reads through @koers/services like it writes, so a rule about what may be read lives in one place (decision 0022).',
  },
  { target: join(web, 'shared'), from: join(web, 'features'), message: 'shared/ may not import a feature: move what both need into shared/.' },
  { target: join(web, 'shared'), from: join(web, 'app'), message: 'shared/ may not import app/.' },
  { target: join(web, 'features'), from: join(web, 'app'), message: 'A feature may not import app/: pass what it needs in, or move it to shared/.' },
  ...features.map((feature) => ({
    target: join(web, 'features', feature),
    from: join(web, 'features'),
    except: [`./${feature}`],
    message: 'A feature may not import another feature: move what both need into shared/.',
  })),
];

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/.turbo/**', 'data/**', 'tests/artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Rules that need the types: promises that are never awaited or handled, awaiting what is not
    // a promise, and assertions the compiler already proves (most `!` in the code).
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: root } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      '@typescript-eslint/no-for-in-array': 'error',
      '@typescript-eslint/restrict-plus-operands': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: false }],
      'import-x/no-restricted-paths': ['error', { zones: boundaries }],
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
);
