// Start-up time of `lapor --help` and `lapor list` (20 reports) next to `node -e 0`.
// Usage: node bench/startup.js [runs]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin', 'lapor.js');
const runs = Number(process.argv[2] ?? 20);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lapor-bench-startup-'));
const env = { ...process.env, LAPOR_DB: path.join(dir, 'lapor.db'), HOME: dir, NO_COLOR: '1' };

function time(args) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(samples.length / 2)], min: samples[0] };
}

for (let i = 0; i < 20; i++) {
  const r = spawnSync(
    process.execPath,
    [bin, 'add', '--channel', 'sms', '--title', `Laporan bench nomor ${i}`, '--description', 'Uraian laporan untuk pengukuran', '--allow-duplicate'],
    { env },
  );
  if (r.status !== 0) throw new Error(String(r.stderr));
}
const results = {
  'node -e 0': time(['-e', '0']),
  'lapor --help': time([bin, '--help']),
  'lapor list (20 rows, json)': time([bin, 'list']),
  'lapor list --format table': time([bin, 'list', '--format', 'table']),
};
console.log(`start-up, ${runs} runs each (median / min, ms)`);
for (const [name, r] of Object.entries(results)) console.log(`  ${name.padEnd(30)} ${r.median.toFixed(0).padStart(5)} / ${r.min.toFixed(0)}`);
fs.rmSync(dir, { recursive: true, force: true });
