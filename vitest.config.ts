import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Builds dist/ when it is older than src/: spawned binaries and the import worker run it.
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // Files of a worker share loaded modules instead of each importing the CLI afresh (about half
    // the CPU time of the suite). Safe while src/ keeps only caches of fixed data at module level
    // and test helpers register their clean-up per test (onTestFinished), not at module level.
    isolate: false,
  },
});
