// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      '.archive-cache/',
      '.astro/',
      'bench-results/',
      'dist/',
      'dist-fixtures/',
      'node_modules/',
      'playwright-report/',
      // Snowball's generated English stemmer, kept as generated (src/lib/search/query-terms.ts).
      'src/lib/search/snowball/',
      'test-results/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  ...astro.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Control characters in patterns are deliberate here: untrusted text is checked for them.
      'no-control-regex': 'off',
      // Unused arguments are named with a leading underscore; the rest is dead code.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // The Astro parser does not hand templates' types to typescript-eslint, so every value in
    // them reads as `any`; `astro check` type-checks them instead.
    files: ['**/*.astro'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['src/client/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
