// `lapor due` and `lapor list --overdue` on a database of N reports (default 1,000,000).
// Most reports of a long-running agency are closed (no current deadline); 3% are open, spread
// over 60 officers, with deadlines from 40 working days ago to 10 ahead.
// Usage: node bench/due.js [reports]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin', 'lapor.cjs');
const total = Number(process.argv[2] ?? 1_000_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lapor-bench-due-'));
const file = path.join(dir, 'lapor.db');
const env = { ...process.env, LAPOR_DB: file, HOME: dir, NO_COLOR: '1' };
const lapor = (...args) => spawnSync(process.execPath, [bin, ...args], { env, encoding: 'utf8', maxBuffer: 1 << 28 });

lapor('init', '--agency-code', 'PPU', '--timezone', 'Asia/Makassar', '--admin-name', 'bench');
const db = new Database(file);
db.pragma('journal_mode = WAL');
const t0 = Date.now();
db.transaction(() => {
  for (let u = 1; u <= 20; u++) db.prepare("INSERT INTO units (code, name, created_at, updated_at) VALUES (?, ?, 'x', 'x')").run(`U${u}`, `Unit ${u}`);
  for (let o = 1; o <= 60; o++)
    db.prepare("INSERT INTO officers (unit_id, name, created_at, updated_at) VALUES (?, ?, 'x', 'x')").run(
      ((o - 1) % 20) + 1,
      `Officer ${String(o).padStart(2, '0')}`,
    );
})();
const insert = db.prepare(`INSERT INTO reports (ticket, classification, channel, title, description, received_at, received_date, unit_id, officer_id,
  status, created_at, created_by, updated_at, updated_by, verify_by, followup_by, complete_by, due_kind, due_date)
  VALUES (?, 'complaint', 'walk-in', ?, 'Uraian laporan untuk pengukuran', ?, ?, ?, ?, ?, ?, 'bench', ?, 'bench', ?, ?, ?, ?, ?)`);
const base = Date.UTC(2020, 0, 1);
const day = (n) => new Date(base + n * 86_400_000).toISOString().slice(0, 10);
const batch = db.transaction((from, to) => {
  for (let i = from; i < to; i++) {
    const open = i % 33 === 0;
    const received = Math.floor((i / total) * 2500);
    const officer = (i % 60) + 1;
    const dueDay = open ? 2520 - (i % 50) : null; // around "today" (day 2520 ~ 2026-11-25)
    insert.run(
      `PPU-${2020 + Math.floor(received / 365)}-${String(i).padStart(7, '0')}`,
      `Laporan ${i}`,
      `${day(received)}T02:00:00.000Z`,
      day(received),
      ((officer - 1) % 20) + 1,
      officer,
      open ? 'assigned' : 'done',
      `${day(received)}T02:00:00.000Z`,
      `${day(received)}T02:00:00.000Z`,
      day(received + 3),
      day(received + 7),
      day(received + 60),
      open ? 'followup' : null,
      dueDay === null ? null : day(dueDay),
    );
  }
});
for (let i = 0; i < total; i += 10_000) batch(i, Math.min(total, i + 10_000));
db.pragma('wal_checkpoint(TRUNCATE)');
db.close();
console.log(
  `generated ${total.toLocaleString('en')} reports (${Math.round(total / 33).toLocaleString('en')} open) in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
);

function time(label, args, runs = 5) {
  const samples = [];
  let out = '';
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const r = lapor(...args);
    if (r.status !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    out = r.stdout;
  }
  samples.sort((a, b) => a - b);
  const rows = out.trim().startsWith('[') ? JSON.parse(out).length : out.split('\n').length;
  console.log(`  ${label.padEnd(44)} ${samples[Math.floor(runs / 2)].toFixed(0).padStart(5)} ms median (${rows} rows, whole process)`);
}
time('lapor due (default: late + 2 working days)', ['due', '--format', 'json']);
time('lapor due --officer "Officer 07" --within 5', ['due', '--officer', 'Officer 07', '--within', '5', '--format', 'json']);
time('lapor list --overdue --limit 50', ['list', '--overdue', '--limit', '50', '--format', 'json']);
time('lapor --help (reference)', ['--help']);
fs.rmSync(dir, { recursive: true, force: true });
