import { defineConfig } from 'vitest/config';

/** Node tests: everything under tests/ except the browser suite (tests/e2e, see vitest.e2e.config.ts). */
export default defineConfig({
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
