// The query benchmarks' database: N reports (default 1,000,000) of a long-running agency, made
// once into the temp folder and reused (generating 1M rows takes a minute or two on 2 cores).
// 3% are open (30,000 of 1M) over 60 officers with deadlines around today; reporters have names,
// NIKs and phones (5% confidential, 10% anonymous); titles and descriptions draw from a word list.
// The file name carries a generator version: change FIXTURE_VERSION when the rows change.
// Queries run on a copy-free file: `lapor` migrates it on first open (a new migration's cost is
// paid once, by the first timed run's warm-up).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';

const FIXTURE_VERSION = 2;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin', 'lapor.cjs');
const initArgs = ['--agency-code', 'PPU', '--timezone', 'Asia/Makassar', '--admin-name', 'bench'];

/** A phone of the fixture, as stored (E.164) and as an admin types it. */
export const fixturePhone = (i) => ({
  e164: `+62812${String((i * 7919) % 100_000_000).padStart(8, '0')}`,
  typed: `0812-${String((i * 7919) % 100_000_000).padStart(8, '0')}`,
});

const generateSql = `
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < @total),
g AS (SELECT i, (i - 1) * 7 / @total AS y, (i % 33 = 0) AS open, 2000 + (i - 1) * 2525 / @total AS d,
  CASE WHEN i % 10 = 3 THEN 1 ELSE 0 END AS anon, CASE WHEN i % 20 = 7 THEN 1 ELSE 0 END AS conf FROM n)
INSERT INTO reports (ticket, classification, channel, title, description, category, received_at, received_date, unit_id, officer_id,
  anonymous, confidential, reporter_name, reporter_nik, reporter_phone, reporter_phone_raw, status, created_at, created_by, updated_at, updated_by,
  assigned_at, followup_from, verify_by, followup_by, complete_by, due_kind, due_date, change_seq)
SELECT printf('PPU-%d-%06d', 2020 + y, i - (y * @total + 6) / 7), 'complaint', 'walk-in',
  (SELECT group_concat(w, ' ') FROM (SELECT value AS w FROM json_each(@words) WHERE key IN (i % 37, (i * 7) % 37, (i * 13) % 37))) || ' ' || i,
  (SELECT group_concat(w, ' ') FROM (SELECT value AS w FROM json_each(@words) WHERE key IN (i % 37, (i / 3) % 37, (i * 11) % 37, (i * 17) % 37, (i * 29) % 37, (i / 7) % 37))),
  'Infrastruktur', date('2019-12-01', '+' || d || ' days') || 'T02:00:00.000Z', date('2019-12-01', '+' || d || ' days'), 1 + i % 20, 1 + i % 60,
  anon, conf,
  CASE WHEN anon THEN NULL ELSE (SELECT value FROM json_each(@names) WHERE key = i % 24) || ' ' || (SELECT value FROM json_each(@surnames) WHERE key = (i / 24) % 20) END,
  CASE WHEN anon OR i % 3 = 0 THEN NULL ELSE printf('6409%012d', i) END,
  CASE WHEN anon OR i % 4 = 0 THEN NULL ELSE printf('+62812%08d', (i * 7919) % 100000000) END,
  CASE WHEN anon OR i % 4 = 0 THEN NULL ELSE printf('0812-%08d', (i * 7919) % 100000000) END,
  CASE WHEN open THEN CASE i % 5 WHEN 0 THEN 'recorded' WHEN 1 THEN 'verified' WHEN 2 THEN 'assigned' WHEN 3 THEN 'in_progress' ELSE 'followed_up' END
       ELSE CASE WHEN i % 50 = 1 THEN 'rejected' WHEN i % 97 = 2 THEN 'forwarded' ELSE 'done' END END,
  date('2019-12-01', '+' || d || ' days') || 'T02:00:00.000Z', 'bench', date('2019-12-01', '+' || d || ' days') || 'T02:00:00.000Z', 'bench',
  date('2019-12-01', '+' || (d + 1) || ' days') || 'T03:00:00.000Z', date('2019-12-01', '+' || (d + 1) || ' days') || 'T03:00:00.000Z',
  date('2019-12-01', '+' || (d + 3) || ' days'), date('2019-12-01', '+' || (d + 7) || ' days'), date('2019-12-01', '+' || (d + 60) || ' days'),
  CASE WHEN open THEN 'followup' END, CASE WHEN open THEN date('2026-12-03', '-' || (i % 50) || ' days', '+10 days') END, i
FROM g`;

const words = (
  'jalan rusak lubang besar poros sejak oktober air bersih tidak mengalir pelayanan lambat antrean panjang kantor kelurahan sampah ' +
  'menumpuk pasar lampu mati sekolah bocor puskesmas obat habis izin usaha banjir drainase tersumbat jembatan retak listrik padam'
).split(' ');
const names = 'Budi Siti Agus Dewi Rina Andi Sri Joko Wati Hendra Yuni Bambang Ratna Eko Lestari Fajar Nur Rudi Ani Dedi Tuti Iwan Maya Slamet'.split(' ');
const surnames =
  'Santoso Wijaya Hidayat Saputra Rahman Kusuma Pratama Siregar Nasution Lubis Hasibuan Sitompul Gunawan Setiawan Halim Susanto Purba Tanjung Sinaga Harahap'.split(
    ' ',
  );

/**
 * Whether a kept fixture's deadlines were stored under other deadline rules than lapor's now (a
 * rules version, the calendar): every command would then recompute them for its view, and `due`
 * would measure that instead of its query. Compared with what `lapor init` stores today.
 */
function deadlinesOutdated(file) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lapor-bench-rules-'));
  try {
    const env = { ...process.env, LAPOR_DB: path.join(dir, 'x.db'), HOME: dir, NO_COLOR: '1' };
    const init = spawnSync(process.execPath, [bin, 'init', ...initArgs], { env });
    if (init.status !== 0) throw new Error(`lapor init: ${init.stderr}`);
    const key = "SELECT value FROM settings WHERE key = 'internal.deadlines_fingerprint'";
    const now = new Database(env.LAPOR_DB, { readonly: true });
    const kept = new Database(file, { readonly: true });
    try {
      return now.prepare(key).get()?.value !== kept.prepare(key).get()?.value;
    } finally {
      now.close();
      kept.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The path of the fixture database of `total` reports, generated when missing. */
export async function fixture(total) {
  const file = path.join(os.tmpdir(), `lapor-bench-fixture-v${FIXTURE_VERSION}-${total}.db`);
  if (fs.existsSync(file) && !deadlinesOutdated(file)) return file;
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
  const tmp = `${file}.part`;
  for (const f of [tmp, `${tmp}-wal`, `${tmp}-shm`]) fs.rmSync(f, { force: true });
  const env = { ...process.env, LAPOR_DB: tmp, HOME: os.tmpdir(), NO_COLOR: '1' };
  const init = spawnSync(process.execPath, [bin, 'init', ...initArgs], { env });
  if (init.status !== 0) throw new Error(`lapor init: ${init.stderr}`);
  const t0 = Date.now();
  const { suspendedObjects } = await import(pathToFileURL(path.join(root, 'dist', 'store', 'suspend.js')).href);
  const db = new Database(tmp);
  db.pragma('journal_mode = WAL');
  db.transaction(() => {
    const suspended = suspendedObjects(db);
    for (const o of suspended) db.exec(`DROP ${o.type.toUpperCase()} ${o.name}`);
    for (let u = 1; u <= 20; u++) db.prepare("INSERT INTO units (code, name, created_at, updated_at) VALUES (?, ?, 'x', 'x')").run(`U${u}`, `Unit ${u}`);
    for (let o = 1; o <= 60; o++)
      db.prepare("INSERT INTO officers (unit_id, name, created_at, updated_at) VALUES (?, ?, 'x', 'x')").run(
        ((o - 1) % 20) + 1,
        `Officer ${String(o).padStart(2, '0')}`,
      );
    // Inlined: better-sqlite3 binds a JS number as REAL, and the ticket arithmetic needs integers.
    db.prepare(generateSql.replaceAll('@total', String(Math.trunc(total)))).run({
      words: JSON.stringify(words),
      names: JSON.stringify(names),
      surnames: JSON.stringify(surnames),
    });
    // Closed reports keep no current deadline and no officer clock.
    db.exec("UPDATE reports SET due_kind = NULL, due_date = NULL WHERE status IN ('done', 'rejected', 'forwarded')");
    db.exec(`UPDATE counters SET value = ${total} WHERE name = 'reports.change_seq'`);
    for (const o of suspended.filter((s) => s.type === 'index')) db.exec(o.sql);
    db.exec('INSERT INTO reports_fts (rowid, title, description) SELECT id, title, description FROM reports');
    for (const o of suspended.filter((s) => s.type === 'trigger')) db.exec(o.sql);
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  fs.renameSync(tmp, file);
  for (const f of [`${tmp}-wal`, `${tmp}-shm`]) fs.rmSync(f, { force: true });
  console.log(`generated ${total.toLocaleString('en')} reports into ${file} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return file;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) console.log(await fixture(Number(process.argv[2] ?? 1_000_000)));
