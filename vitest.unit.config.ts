import { defineConfig } from 'vitest/config';

/**
 * `npm run test:unit`, the edit loop: the pure domain, io and transfer tests and the sync's pure
 * parts, with no CLI run, spawned process or HTTP server, and no build. `npm test` runs them too.
 */
export default defineConfig({
  test: {
    include: ['test/domain/**/*.test.ts', 'test/io/**/*.test.ts', 'test/transfer/**/*.test.ts', 'test/sync/retry.test.ts', 'test/sync/payload.test.ts'],
    testTimeout: 30_000,
    pool: 'forks',
    // Files of a worker share loaded modules instead of each importing the CLI afresh (about half
    // the CPU time of the suite). Safe while src/ keeps only caches of fixed data at module level
    // and test helpers register their clean-up per test (onTestFinished), not at module level.
    isolate: false,
  },
});
