// The project's linter: typescript-eslint's recommended rules over the code (not over letters, fixtures or output).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      'node_modules/**',
      'test-output/**',
      '.stryker-tmp/**',
      'reports/**',
      'test/fixtures/**',
      'test/editor/workspace/**',
      'server/src/core/gazetteer/data.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `_`-prefixed names are deliberately unused (callback positions, destructuring to drop a key)
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      // no line over 120 characters (prettier's width); long messages and patterns are strings, not lines to wrap
      'max-len': [
        'error',
        { code: 120, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true, ignoreUrls: true },
      ],
      // Vietnamese patterns escape "/" and "-" for readability next to số/ký hiệu; the escapes are harmless
      'no-useless-escape': 'off',
      // an empty catch says "this failure is expected and has no answer" (a probe, a best-effort cleanup)
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
  {
    // the real-editor scripts pass callbacks that run inside the page (document, window)
    files: ['test/editor/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // tests look for control characters and build loosely typed inputs on purpose
    files: ['test/**/*.ts', 'client/src/test/**/*.ts'],
    rules: {
      'no-control-regex': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    // the CLI's launcher is CommonJS so that it runs on any Node without a loader
    files: ['server/bin/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['client/media/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
