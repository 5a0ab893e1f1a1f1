import { defineConfig } from 'vitest/config';

// Real browsers against the real sandbox server: one file at a time (a 2-core machine runs one browser
// well), generous timeouts for browser start-up.
export default defineConfig({
  resolve: { alias: { '@': import.meta.dirname } },
  test: {
    environment: 'node',
    include: ['e2e/**/*.test.ts'],
    globalSetup: ['e2e/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 180_000,
  },
});
