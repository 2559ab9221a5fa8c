import { defineConfig } from 'vitest/config';

// Build-output tests: read dist/, so they run after `astro build`.
export default defineConfig({
  test: {
    include: ['tests/dist/**/*.test.ts'],
  },
});
