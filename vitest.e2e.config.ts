import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in Debian's Chromium through
// playwright-core. One browser at a time (2-core machines), generous timeouts.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
