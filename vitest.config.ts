import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'suites/**/*.test.ts'],
    // Minutes long (the GitLab pipeline under gitlab-ci-local): `npm run test:slow`, vitest.slow.config.ts.
    exclude: [...configDefaults.exclude, 'test/slow/**'],
    // Suites run many Python programs per test.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Each file in its own process: a suite's child processes and signals stay out of the others' way.
    pool: 'forks',
    // Suites measure races between threads: two suites at once on a 2-core machine would starve each other.
    fileParallelism: false,
  },
});
