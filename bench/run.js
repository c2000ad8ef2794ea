// `npm run bench`: every benchmark, one after the other, each printing its own result block.
// Sizes can be lowered for a quick look: BENCH_QUICK=1 npm run bench. Each benchmark prints its
// figures with their references and ratios, and exits non-zero when a goal is missed; so does this.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const quick = process.env.BENCH_QUICK === '1';
const benches = [
  ['startup.js', []],
  ['queries.js', [quick ? '100000' : '1000000']],
  ['due.js', [quick ? '100000' : '1000000']],
  ['recap.js', [quick ? '100000' : '1000000']],
  ['import.js', [quick ? '50000' : '500000']],
  ['export.js', [quick ? '50000' : '500000']],
  ['sync.js', [quick ? '1000' : '10000']],
];
let failed = 0;
for (const [file, args] of benches) {
  if (!fs.existsSync(path.join(here, file))) continue;
  console.log(`\n== ${file} ${args.join(' ')}`);
  const r = spawnSync(process.execPath, ['--expose-gc', path.join(here, file), ...args], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
