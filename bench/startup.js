// Start-up of `lapor --help`, `list`, `show` and `add` against `node -e 0`: ratio and the 1.5x goal of issue 13.
// Measured in pairs in the same run: a loaded machine slows both sides of a pair alike, so the
// ratio holds where absolute times do not.
// Usage: node bench/startup.js [pairs]     (exit 1 when a command misses the goal)
//        node bench/startup.js [pairs] --floor   (also what node needs for commander or SQLite alone)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const GOAL = 1.5;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin', 'lapor.cjs');
const pairs = Math.max(10, Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 15));
const floor = process.argv.includes('--floor');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lapor-bench-startup-'));
const env = { ...process.env, LAPOR_DB: path.join(dir, 'lapor.db'), HOME: dir, NO_COLOR: '1', LANG: 'C' };
const addArgs = (i) => [
  bin,
  'add',
  '--no-input',
  '--channel',
  'sms',
  '--title',
  `Laporan bench nomor ${i}`,
  '--description',
  'Uraian laporan untuk pengukuran',
  '--allow-duplicate',
];

/** Wall time of one process in ms; a failing command fails the bench (a fast crash is no result). */
function once(args, extraEnv = {}) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: root, env: { ...env, ...extraEnv }, stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${r.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Alternates the order inside each pair (A B, B A, ...) so neither side always runs second. */
function paired(args, extraEnv) {
  const base = [];
  const cmd = [];
  const ratios = [];
  for (let i = 0; i < pairs; i++) {
    const a = i % 2 === 0 ? once(['-e', '0']) : undefined;
    const b = once(typeof args === 'function' ? args(i) : args, extraEnv);
    const a2 = a ?? once(['-e', '0']);
    base.push(a2);
    cmd.push(b);
    ratios.push(b / a2);
  }
  return { base: median(base), cmd: median(cmd), ratio: median(ratios) };
}

let ticket;
for (let i = 0; i < 20; i++) {
  const r = spawnSync(process.execPath, addArgs(i), { env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(String(r.stderr));
  ticket ??= r.stdout.trim();
}
// One warm-up of each, so the first pair does not pay for a cold disk cache.
for (const args of [
  ['-e', '0'],
  [bin, '--help'],
  [bin, 'list', '--limit', '20'],
  [bin, 'show', ticket],
])
  once(args);

const checked = {
  'lapor --help': [bin, '--help'],
  'lapor list --limit 20': [bin, 'list', '--limit', '20'],
  [`lapor show ${ticket}`]: [bin, 'show', ticket],
  'lapor add --no-input ...': (i) => addArgs(100 + i),
};
// What no CLI on this stack can go below: a script that loads commander, or opens SQLite and
// reads 20 rows, or both (the everyday commands also load the messages, the store and the
// calendar), as an ES module and as CommonJS (what bin/lapor.cjs and the bundle are).
const sqlite = (load) =>
  `const D = ${load}; const db = new D(${JSON.stringify(env.LAPOR_DB)}); db.prepare('SELECT * FROM reports LIMIT 20').all(); db.close();`;
const esmSqlite = sqlite("(await import('better-sqlite3')).default");
const cjsSqlite = sqlite("require('better-sqlite3')");
const info = floor
  ? {
      'lapor list, no compile cache': { args: [bin, 'list', '--limit', '20'], env: { LAPOR_NO_COMPILE_CACHE: '1' } },
      'floor: ESM, import commander': ['--input-type=module', '-e', "await import('commander')"],
      'floor: ESM, SQLite 20 rows': ['--input-type=module', '-e', esmSqlite],
      'floor: ESM, commander + SQLite': ['--input-type=module', '-e', `await import('commander'); ${esmSqlite}`],
      'floor: CJS, require commander': ['-e', "require('commander')"],
      'floor: CJS, SQLite 20 rows': ['-e', cjsSqlite],
      'floor: CJS, commander + SQLite': ['-e', `require('commander'); ${cjsSqlite}`],
    }
  : {};

console.log(`start-up, ${pairs} pairs each; medians in ms; ratio = median of paired ratios (goal <= ${GOAL}x)`);
console.log(`  ${'command'.padEnd(32)} ${'node -e 0'.padStart(9)} ${'command'.padStart(8)} ${'ratio'.padStart(6)}`);
let missed = 0;
for (const [name, args] of [...Object.entries(checked), ...Object.entries(info)]) {
  const r = Array.isArray(args) || typeof args === 'function' ? paired(args) : paired(args.args, args.env);
  const goal = name in info ? '(shown)' : r.ratio <= GOAL ? 'ok' : 'MISSED';
  if (goal === 'MISSED') missed++;
  console.log(`  ${name.padEnd(32)} ${r.base.toFixed(0).padStart(9)} ${r.cmd.toFixed(0).padStart(8)} ${r.ratio.toFixed(2).padStart(5)}x ${goal}`);
}
fs.rmSync(dir, { recursive: true, force: true });
if (missed) console.log(`${missed} command(s) above ${GOAL}x node -e 0`);
process.exitCode = missed ? 1 : 0;
