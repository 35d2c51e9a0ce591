import { defineConfig } from 'vitest/config';

// Tests that take minutes (`npm run test:slow`): kept out of `npm test`.
export default defineConfig({
  test: {
    include: ['test/slow/**/*.test.ts'],
    testTimeout: 900_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
