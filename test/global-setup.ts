import path from 'node:path';
import { buildIfStale, bundleIfStale } from '../bin/build-if-stale.js';

/*
 * The tests that spawn bin/lapor.cjs run bundle/ (build.js); those that need the import worker
 * thread in-process run the compiled dist/. `npm test` builds first (pretest); a bare `npx vitest
 * run` after an edit would run the old build, so this builds once here whenever any source file is
 * newer than its output (the same check `npm run national-sim` makes).
 */
const root = path.resolve(import.meta.dirname, '..');

export default function setup(): void {
  buildIfStale(root);
  bundleIfStale(root);
}
