import { defineConfig } from 'vitest/config';

/**
 * The browser suite: Debian Chromium driven by playwright-core against the production
 * build (dist/, made by `npm run build`) served on localhost. See tests/e2e/README.md.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
