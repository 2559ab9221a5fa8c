import { defineConfig } from 'vitest/config';

// Unit tests: pure logic in src/lib, no build needed. The timeout only guards against a hang: a
// model build over the whole corpus can take seconds on a busy 2-core machine.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/harness/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
