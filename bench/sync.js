// `lapor sync push` of N queued reports (default 10,000) to the local national simulator with
// 20 ms latency per request, at the default concurrency. Prints reports/s next to the ideal
// (concurrency / latency): the gap is what the client itself costs per report.
// Usage: node bench/sync.js [reports] [latency-ms]     (needs `npm run build` first)
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin', 'lapor.cjs');
const simMain = path.join(root, 'dist', 'sync', 'simulator', 'main.js');
const total = Number(process.argv[2] ?? 10_000);
const latency = Number(process.argv[3] ?? 20);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lapor-bench-sync-'));
const file = path.join(dir, 'lapor.db');
const env = { ...process.env, LAPOR_DB: file, HOME: dir, NO_COLOR: '1', LAPOR_API_KEY: 'bench-key', LAPOR_API_TOKEN: 'bench-token' };
const lapor = (...args) => {
  const r = spawnSync(process.execPath, [bin, ...args], { env, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`lapor ${args.join(' ')} -> ${r.status}\n${r.stderr}`);
  return r;
};

// The simulator in its own process, as an admin would run it: its event loop is not ours.
const sim = spawn(process.execPath, [simMain, '--port', '0', '--latency', String(latency), '--api-key', 'bench-key', '--token', 'bench-token'], {
  stdio: ['ignore', 'pipe', 'ignore'],
});
const url = await new Promise((resolve, reject) => {
  let out = '';
  sim.stdout.on('data', (d) => {
    out += d.toString();
    if (out.includes('\n')) resolve(out.trim());
  });
  sim.on('exit', (code) => reject(new Error(`simulator exited ${code}`)));
});

try {
  lapor('init', '--agency-code', 'PPU', '--timezone', 'Asia/Makassar', '--admin-name', 'bench');
  lapor('config', 'set', 'national.url', url);
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  const report =
    db.prepare(`INSERT INTO reports (ticket, classification, channel, title, description, received_at, received_date, status, created_at, created_by, updated_at, updated_by)
    VALUES (?, 'complaint', 'walk-in', ?, 'Uraian laporan untuk pengukuran sinkronisasi', ?, ?, 'recorded', ?, 'bench', ?, 'bench')`);
  const queue = db.prepare("INSERT INTO outbox (report_id, kind, idempotency_key, created_at) VALUES (?, 'create', ?, ?)");
  const at = new Date().toISOString();
  db.transaction(() => {
    for (let i = 1; i <= total; i++) {
      const id = Number(report.run(`PPU-2026-${String(i).padStart(6, '0')}`, `Laporan ${i}`, at, at.slice(0, 10), at, at).lastInsertRowid);
      queue.run(id, randomUUID(), at);
    }
  })();
  db.close();
  const concurrency = Number(lapor('config', 'get', 'national.concurrency').stdout.trim());

  const start = process.hrtime.bigint();
  const r = lapor('sync', 'push', '--format', 'json');
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const summary = JSON.parse(r.stdout);

  const check = new Database(file, { readonly: true });
  const sent = check.prepare('SELECT count(*) AS n FROM reports WHERE national_id IS NOT NULL').get().n;
  const distinct = check.prepare('SELECT count(DISTINCT national_id) AS n FROM reports').get().n;
  check.close();
  const state = await (await fetch(`${url}/__sim/state`)).json();
  if (summary.pushed !== total || sent !== total || distinct !== total || state.complaints.length !== total) {
    throw new Error(`incomplete: pushed ${summary.pushed}, stored ${sent}, distinct ${distinct}, national ${state.complaints.length} of ${total}`);
  }
  const rate = total / seconds;
  const ideal = concurrency / (latency / 1000);
  console.log(`sync push: ${total.toLocaleString('en')} queued reports, simulator latency ${latency} ms per request`);
  console.log(`  concurrency        ${concurrency} (default)`);
  console.log(`  elapsed            ${seconds.toFixed(1)} s (whole process: start-up, push, summary)`);
  console.log(`  throughput         ${rate.toFixed(1)} reports/s`);
  console.log(`  ideal              ${ideal.toFixed(1)} reports/s (concurrency / latency)`);
  console.log(`  efficiency         ${((rate / ideal) * 100).toFixed(1)} %`);
  console.log(`  national copies    ${state.complaints.length.toLocaleString('en')} (one per report), requests ${state.stats.requests.toLocaleString('en')}`);
} finally {
  sim.kill('SIGTERM');
  fs.rmSync(dir, { recursive: true, force: true });
}
