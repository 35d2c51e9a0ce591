// A small rule set the code follows, run by `npm test` (test/layering/lint.test.ts) and `npm run lint`.
// Type-aware rules are left out: they would double the test run's time for little the compiler misses.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'reports/', 'test/fixtures/'] },
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      // Unused code is dead code; `_name` marks a parameter a signature needs.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Types come in as types, so that the layers' type-only edges are visible as such.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-asserted-optional-chain': 'error',
      'prefer-const': 'error',
      eqeqeq: ['error', 'always'],
      'no-var': 'error',
      'no-debugger': 'error',
    },
  },
  {
    // Printing lives at the edge: the core returns text; the CLI, the scripts and the tests write it.
    files: ['src/**/*.ts', 'generators/**/*.ts'],
    rules: { 'no-console': 'error' },
  },
);
