import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';
import { readdirSync } from 'node:fs';

/**
 * Import boundaries, for every import form (static, dynamic, re-export; `@/…` and relative):
 * app → features → shared (components, lib, config); features never import each other; only
 * src/main.tsx imports src/mocks/; the simulated backend stands alone; src/ never imports server/.
 * eslint-boundaries.test.ts breaks each rule on purpose.
 */
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const shared = ['./src/components', './src/lib', './src/config'];

export const boundaryZones = [
  { target: shared, from: ['./src/app', './src/features', './src/mocks'], message: 'Shared code must not import app, features or mocks.' },
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: ['./src/app', './src/mocks', ...features.filter((other) => other !== feature).map((other) => `./src/features/${other}`)],
    message: 'A feature may import shared code only: not app, mocks or another feature.',
  })),
  { target: './src/app', from: './src/mocks', message: 'Only src/main.tsx decides about mock mode and imports src/mocks/.' },
  { target: './src/mocks', from: ['./src/app', './src/features'], message: 'The simulated backend stands alone: it speaks the wire contract.' },
  { target: './src', from: './server', message: 'src/ never imports server/ (it runs in Node, with the secrets).' },
];

export default tseslint.config(
  { ignores: ['dist', '.bench', '.test-reports', 'node_modules', 'public/mockServiceWorker.js', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text, never HTML.' },
        { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
      ],
      'no-restricted-imports': ['error', { paths: [{ name: 'react-router-dom', message: "Import from 'react-router'." }] }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}', 'src/testing/**'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: { 'import-x/no-restricted-paths': ['error', { zones: boundaryZones }] },
  },
  {
    // Specs take `test` from e2e/fixtures.ts, whose guard fails a test on any unexpected page error.
    files: ['e2e/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: '@playwright/test', importNames: ['test'], message: "Import test from './fixtures': it fails a test on page errors it did not expect." }] },
      ],
    },
  },
);
