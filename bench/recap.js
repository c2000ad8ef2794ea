// `lapor recap --year` over N reports (default 1,000,000) with their lifecycle steps (about 4 per
// report), generated with SQL over 2020-2026 (bench/recap-data.js). Target: at most 3 s and 100 MB
// for the whole process on the development machine.
// Usage: node bench/recap.js [reports]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { generateRecapData } from './recap-data.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin', 'lapor.cjs');
const total = Number(process.argv[2] ?? 1_000_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lapor-bench-recap-'));
const file = path.join(dir, 'lapor.db');
const env = { ...process.env, LAPOR_DB: file, HOME: dir, NO_COLOR: '1' };
const lapor = (...args) => spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, bin, ...args], { env, encoding: 'utf8', maxBuffer: 1 << 28 });
const hasTime = fs.existsSync('/usr/bin/time');
const run = (...args) => (hasTime ? lapor(...args) : spawnSync(process.execPath, [bin, ...args], { env, encoding: 'utf8', maxBuffer: 1 << 28 }));

run('init', '--agency-code', 'PPU', '--timezone', 'Asia/Makassar', '--admin-name', 'bench');
const db = new Database(file);
db.pragma('journal_mode = WAL');
const t0 = Date.now();
const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
generateRecapData(db, { total, from: '2020-01-01', to: today, today });
const events = db.prepare('SELECT count(*) AS n FROM report_events').get().n;
db.pragma('wal_checkpoint(TRUNCATE)');
db.close();
console.log(`generated ${total.toLocaleString('en')} reports, ${events.toLocaleString('en')} steps in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

function time(label, args, runs = 3) {
  const samples = [];
  let peak = 0;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const r = run(...args);
    if (r.status !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    // GNU time prints the peak resident set (KB) as the last line of stderr.
    if (hasTime) peak = Math.max(peak, Number(r.stderr.trim().split('\n').at(-1)) / 1024);
  }
  samples.sort((a, b) => a - b);
  const memory = hasTime ? `, peak ${peak.toFixed(0)} MB` : '';
  console.log(`  ${label.padEnd(40)} ${samples[Math.floor(runs / 2)].toFixed(0).padStart(5)} ms median${memory} (whole process)`);
}
time('lapor recap --year 2025 (by unit)', ['recap', '--year', '2025', '--format', 'json']);
time('lapor recap --year 2025 --by officer', ['recap', '--year', '2025', '--by', 'officer', '--format', 'json']);
time('lapor recap --month 2025-11 --format html', ['recap', '--month', '2025-11', '--format', 'html']);
fs.rmSync(dir, { recursive: true, force: true });
