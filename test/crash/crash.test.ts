import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyDb, csvOf, ok, prng, seed, trials } from './harness.js';
import { deadlinesOf, fingerprintOf, holiday, scenarios, type Fixtures } from './scenarios.js';
import { tempDb } from '../helpers/cli.js';

/*
 * Issue 10, item 8: SIGKILL the real binary at seeded random moments across import (atomic and
 * --skip-invalid), add, export --incremental, db backup and a holiday recompute; after each kill
 * the database is sound, nothing is stored twice, a re-run completes, and marks, files and deadlines
 * agree. `npm test` runs a quick set (LAPOR_CRASH_TRIALS, default 12); `npm run test:crash` runs 60.
 * A failure names the seed and the trial: LAPOR_CRASH_SEED=<seed> repeats the same kill moments.
 */

const rows = 3000;
const names = Object.keys(scenarios);
/** The first kill moments are drawn below these guesses (ms); then below what the last full run took. */
const window: Record<string, number> = Object.fromEntries(names.map((n) => [n, n === 'add in a loop' ? 2500 : 1000]));
const landed: Record<string, { trials: number; killed: number }> = Object.fromEntries(names.map((n) => [n, { trials: 0, killed: 0 }]));
const random = prng(seed);

let fx: Fixtures;

beforeAll(async () => {
  const empty = tempDb();
  await ok(empty, ['init', '--agency-code', 'PPU', '--timezone', 'Asia/Makassar'], 'fixture init');
  const csv = csvOf(rows);
  const full = copyDb(empty);
  await ok(full, ['import', csv], 'fixture import');
  const withHoliday = copyDb(full);
  await ok(withHoliday, ['holiday', 'add', holiday.date, '--name', holiday.name], 'fixture holiday');
  const deadlinesBefore = deadlinesOf(full, rows);
  const deadlinesAfter = deadlinesOf(withHoliday, rows);
  // The holiday must move some deadlines, or the recompute check would prove nothing.
  expect(deadlinesAfter).not.toBe(deadlinesBefore);
  fx = {
    empty,
    full,
    rows,
    csv,
    csvWithBad: csvOf(rows, 250),
    validInBad: rows - Math.floor(rows / 250),
    deadlinesBefore,
    deadlinesAfter,
    fingerprintBefore: fingerprintOf(full)!,
    fingerprintAfter: fingerprintOf(withHoliday)!,
  };
}, 60_000);

afterAll(() => {
  // The measurements for docs/RELIABILITY.md: how many kills landed mid-command per scenario.
  process.stderr.write(`crash harness seed ${seed}, ${trials} trial(s): ${JSON.stringify(landed)}\n`);
});

describe(`crash harness (seed ${seed})`, () => {
  it.each(Array.from({ length: trials }, (_, i) => i + 1))(
    'trial %i survives a SIGKILL at a random moment',
    async (trial) => {
      const name = names[(trial - 1) % names.length]!;
      const killAt = Math.floor(random() * window[name]!);
      try {
        const result = await scenarios[name]!(fx, killAt);
        window[name] = Math.max(200, result.fullMs);
        landed[name]!.trials++;
        if (result.killed) landed[name]!.killed++;
      } catch (error) {
        throw new Error(
          `crash trial ${trial} (${name}, kill at ${killAt} ms), seed ${seed}: repeat with LAPOR_CRASH_SEED=${seed}\n${(error as Error).message}`,
          {
            cause: error,
          },
        );
      }
    },
    60_000,
  );
});
