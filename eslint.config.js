import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { readdirSync } from 'node:fs';

/** Import boundaries: app → features → shared (components, lib, config); features never import each other. */
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const reactRouterDom = { name: 'react-router-dom', message: "Import from 'react-router'." };
/** The browser app never imports the production server (it runs in Node with its secrets). */
const noServer = { group: ['**/server', '**/server/*', '**/server/**'], message: 'src/ never imports server/.' };
const noImport = (groups, message) => ({
  'no-restricted-imports': ['error', { paths: [reactRouterDom], patterns: [...(groups.length ? [{ group: groups, message }] : []), noServer] }],
});

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
      'no-restricted-imports': ['error', { paths: [reactRouterDom] }],
    },
  },
  { files: ['src/**'], rules: noImport([], '') },
  {
    files: ['src/components/**', 'src/lib/**', 'src/config/**'],
    rules: noImport(['@/app/*', '@/features/*', '@/mocks/*'], 'Shared code must not import app, features or mocks.'),
  },
  ...features.map((feature) => ({
    files: [`src/features/${feature}/**`],
    rules: noImport(
      ['@/app/*', '@/mocks/*', ...features.filter((other) => other !== feature).map((other) => `@/features/${other}/*`)],
      'A feature may import shared code only: not app, mocks or another feature.',
    ),
  })),
  {
    files: ['src/app/**'],
    rules: noImport(['@/mocks/*'], 'Only src/main.tsx decides about mock mode and imports src/mocks/.'),
  },
  {
    files: ['src/mocks/**'],
    rules: noImport(['@/app/*', '@/features/*'], 'The simulated backend stands alone: it speaks the wire contract.'),
  },
  {
    files: ['**/*.test.{ts,tsx}', 'e2e/**', 'src/testing/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
