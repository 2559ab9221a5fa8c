import { defineConfig } from 'vitest/config';

// Unit tests: pure logic in src/lib, no build needed.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/harness/**/*.test.ts'],
  },
});
