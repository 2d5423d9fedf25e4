// ESLint 9 flat config: typescript-eslint recommended for src/ and test/, plain JS rules for scripts.
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const globals = require('globals');

// Scripts may still take `performance` from perf_hooks.
const { performance: _performance, ...nodeGlobals } = globals.node;

module.exports = tseslint.config(
  { ignores: ['dist/**', 'lib/**', 'node_modules/**', 'coverage/**', 'test-results/**', 'out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Chinese text legitimately holds the ideographic space (U+3000): `项　目`.
    rules: { 'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipRegExps: true, skipComments: true, skipJSXText: true }] },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { ...nodeGlobals, structuredClone: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-require-imports': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The e2e test runs callbacks inside the page.
    files: ['test/e2e/**/*.js'],
    languageOptions: { globals: { window: 'readonly', getComputedStyle: 'readonly', performance: 'readonly' } },
  },
);
