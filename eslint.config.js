// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    // Build output, generated types, measured results and the test fixtures (bad on purpose).
    ignores: ['dist/', '.astro/', 'bench/results/', 'bench/.corpus-*/', 'tests/fixtures/', 'test-results/', 'playwright-report/'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // `_name` marks a parameter a signature needs but the body does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // A function longer than a screen hides what it does: split it into named steps.
    files: ['src/**/*.{ts,astro}'],
    rules: { 'max-lines-per-function': ['error', { max: 100 }] },
  },
);
