// `lapor import` of N generated rows (default 500,000) against three references loading the same
// file, plus the peak memory of an import of BENCH_RSS_ROWS rows (default 1,000,000).
// Goals (issue 13): at most 1.2x the same-writes floor and at most 1.2x `sqlite-utils insert --csv`,
// with full validation; peak RSS under 200 MB at 1M rows. The references:
// - same writes: `sqlite3 .import` into a staging table, then `INSERT INTO reports SELECT ...` from
//   it, written the way lapor import writes a big file (the same indexes dropped and rebuilt, the
//   same full-text index, change numbers, deadline columns and outbox rows), with no validation:
//   what SQLite alone needs to store these rows in our schema;
// - sqlite-utils: `sqlite-utils insert DB staging FILE --csv`, a new table with no index;
// - bare (shown only): `sqlite3 .import --csv` into a new table: CSV into SQLite, nothing more.
// Each round runs all four in a rotating order (bench/paired.js: load falls on all alike); medians
// of BENCH_RUNS rounds (at least 5). BENCH_FLOOR_PARTS=1 also times the floor without its index
// rebuilds and without its full-text index, once each: what the floor itself is made of.
// Usage: npm run build && node bench/import.js [rows]
import { execSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin', 'lapor.cjs');
const total = Number(process.argv[2] ?? 500_000);
const rssRows = Number(process.env.BENCH_RSS_ROWS ?? (process.env.BENCH_QUICK === '1' ? total : 1_000_000));
const runs = Math.max(5, Number(process.env.BENCH_RUNS ?? 5));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lapor-bench-import-'));
const env = { ...process.env, HOME: dir, NO_COLOR: '1' };

if (!fs.existsSync(path.join(root, 'dist', 'transfer', 'import-worker.js'))) execSync('npx tsc -p tsconfig.json', { cwd: root, stdio: 'inherit' });
for (const [tool, pkg] of [
  ['sqlite3', 'sqlite3'],
  ['sqlite-utils', 'sqlite-utils'],
]) {
  if (!spawnSync(tool, ['--version']).error) continue;
  console.log(`${tool} not found: installing Debian's ${pkg}`);
  execSync(`apt-get update && apt-get install -y ${pkg}`, { stdio: 'inherit' });
}

import { columns, generate } from './import-rows.js';
import { median } from './paired.js';

function seconds(start) {
  return Number(process.hrtime.bigint() - start) / 1e9;
}

const template = path.join(dir, 'template.db');
const init = spawnSync(process.execPath, [bin, 'init', '--agency-code', 'PPU', '--timezone', 'Asia/Makassar', '--admin-name', 'bench'], {
  env: { ...env, LAPOR_DB: template },
});
if (init.status !== 0) throw new Error(`lapor init: ${init.stderr}`);

function freshDb(name) {
  const file = path.join(dir, name);
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
  fs.copyFileSync(template, file);
  return file;
}

const rssFile = path.join(dir, 'rss');
// Our peak memory, read by the import process itself at exit (no external `time` needed).
const probe = `data:text/javascript,import fs from "node:fs"; process.on("exit", () => fs.writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)))`;

// Each timed run starts with the previous run's writes on disk (sync), so none pays for another's.
const settle = () => spawnSync('sync');

function importOnce(csv) {
  const db = freshDb('lapor.db');
  settle();
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', probe, bin, 'import', csv, '--format', 'json'], {
    env: { ...env, LAPOR_DB: db },
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const time = seconds(start);
  if (r.status !== 0) throw new Error(`lapor import: exit ${r.status}\n${r.stderr}`);
  const summary = JSON.parse(r.stdout);
  if (summary.stored !== summary.rows || summary.rejected !== 0) throw new Error(`lapor import stored ${summary.stored} of ${summary.rows} rows`);
  return { time, rssMb: Number(fs.readFileSync(rssFile, 'utf8')) / 1024, summary };
}

function sqliteOnce(csv, sql) {
  const db = sql ? freshDb('floor.db') : path.join(dir, 'sqlite3.db');
  if (!sql) for (const f of [db, `${db}-wal`, `${db}-shm`]) fs.rmSync(f, { force: true });
  settle();
  const start = process.hrtime.bigint();
  const r = spawnSync('sqlite3', [db, '.import --csv ' + csv + ' staging', ...(sql ? [sql] : [])], { encoding: 'utf8' });
  const time = seconds(start);
  if (r.status !== 0 || r.stderr) throw new Error(`sqlite3: ${r.stderr}`);
  return time;
}

function sqliteUtilsOnce(csv) {
  const db = path.join(dir, 'sqlite-utils.db');
  for (const f of [db, `${db}-wal`, `${db}-shm`]) fs.rmSync(f, { force: true });
  settle();
  const start = process.hrtime.bigint();
  const r = spawnSync('sqlite-utils', ['insert', db, 'staging', csv, '--csv'], { encoding: 'utf8' });
  const time = seconds(start);
  if (r.status !== 0) throw new Error(`sqlite-utils: ${r.stderr}`);
  return time;
}

// What the rows cost in SQLite alone on the real schema, written the way lapor import writes a big
// file: the same secondary indexes and FTS/change-number insert triggers dropped in the transaction
// (suspendedObjects, shared with the import) and rebuilt before COMMIT; tickets, change numbers,
// deadline columns (varied dates, as the indexes on them see ours), outbox entries with keys in
// report order (ours: a random prefix per batch of 1,000, then the report id), foreign keys checked (as lapor's own connection does; the sqlite3 shell leaves them off).
// No parsing or validation.
const { suspendedObjects } = await import(pathToFileURL(path.join(root, 'dist', 'store', 'suspend.js')).href);
const schema = new Database(template, { readonly: true });
const suspended = suspendedObjects(schema);
schema.close();
const floorSql = floorOf({ indexes: true, fts: true });
function floorOf(parts) {
  return `PRAGMA foreign_keys = ON;
BEGIN IMMEDIATE;
${suspended.map((o) => `DROP ${o.type.toUpperCase()} ${o.name};`).join('\n')}
INSERT INTO reports (ticket, classification, channel, title, description, category, received_at, received_date, location,
  region_code, ref, reporter_name, reporter_nik, reporter_phone, reporter_phone_raw, reporter_email, status, created_at, created_by, updated_at, updated_by, change_seq,
  verify_by, complete_by, due_kind, due_date)
SELECT printf('PPU-2026-%06d', rowid), 'complaint', channel, title, description, category, received_at, substr(received_at, 1, 10), location,
  region, ref, reporter_name, nullif(nik, ''), nullif(phone, ''), nullif(phone, ''), nullif(email, ''), 'recorded', '2026-11-27', 'bench', '2026-11-27', 'bench', rowid,
  printf('2026-%02d-%02d', 1 + rowid % 10, 1 + rowid % 28), printf('2026-%02d-%02d', 3 + rowid % 10, 1 + rowid % 28), 'verify', printf('2026-%02d-%02d', 1 + rowid % 10, 1 + rowid % 28)
FROM staging;
UPDATE counters SET value = (SELECT count(*) FROM reports) WHERE name = 'reports.change_seq';
INSERT INTO outbox (report_id, kind, idempotency_key, created_at) SELECT id, 'create', printf('%08d-', id / 1000) || id, '2026-11-27' FROM reports;
${
  parts.indexes
    ? suspended
        .filter((o) => o.type === 'index')
        .map((o) => `${o.sql};`)
        .join('\n')
    : ''
}
${parts.fts ? 'INSERT INTO reports_fts (rowid, title, description) SELECT id, title, description FROM reports;' : ''}
${suspended
  .filter((o) => o.type === 'trigger')
  .map((o) => `${o.sql};`)
  .join('\n')}
COMMIT;`;
}

const csv = path.join(dir, `rows-${total}.csv`);
let start = process.hrtime.bigint();
await generate(total, csv);
console.log(`generated ${total.toLocaleString('en')} rows (${(fs.statSync(csv).size / 1024 ** 2).toFixed(0)} MB) in ${seconds(start).toFixed(1)} s`);

// One round: the four in a rotating order, so no one always runs right after another's writes.
const times = { ours: [], floor: [], sqliteUtils: [], bare: [] };
const ours = [];
const jobs = {
  ours: () => {
    const r = importOnce(csv);
    ours.push(r);
    return r.time;
  },
  floor: () => sqliteOnce(csv, floorSql),
  sqliteUtils: () => sqliteUtilsOnce(csv),
  bare: () => sqliteOnce(csv),
};
const names = Object.keys(jobs);
for (let i = 0; i < runs; i++) for (let k = 0; k < names.length; k++) times[names[(i + k) % names.length]].push(jobs[names[(i + k) % names.length]]());
const oursTime = median(times.ours);
const floorTime = median(times.floor);
const suTime = median(times.sqliteUtils);
const sqliteTime = median(times.bare);
let parts = '';
if (process.env.BENCH_FLOOR_PARTS === '1') {
  const plain = sqliteOnce(csv, floorOf({ indexes: false, fts: false }));
  const indexed = sqliteOnce(csv, floorOf({ indexes: true, fts: false }));
  const full = sqliteOnce(csv, floorSql);
  parts = `\n  the floor, once each: rows and outbox ${plain.toFixed(2)} s; + rebuilding the report indexes ${(indexed - plain).toFixed(2)} s; + the full-text index ${(full - indexed).toFixed(2)} s`;
}

let rss = ours.reduce((max, o) => Math.max(max, o.rssMb), 0);
let rssAt = total;
if (rssRows > total) {
  const big = path.join(dir, `rows-${rssRows}.csv`);
  await generate(rssRows, big);
  fs.rmSync(csv, { force: true });
  const r = importOnce(big);
  rss = r.rssMb;
  rssAt = rssRows;
  console.log(`imported ${rssRows.toLocaleString('en')} rows in ${r.time.toFixed(1)} s (${Math.round(rssRows / r.time).toLocaleString('en')} rows/s)`);
}

const goal = 1.2;
const fairRatio = oursTime / floorTime;
const suRatio = oursTime / suTime;
const bareRatio = oursTime / sqliteTime;
const memoryGoal = 200;
// The time goals are set at 500,000 rows: on small runs (BENCH_QUICK) start-up dominates.
const timeChecked = total >= 500_000;
const memoryChecked = rssAt >= 1_000_000;
const verdict = (checked, ok) => (!checked ? 'not checked at this size' : ok ? 'ok' : 'MISSED');
console.log(`
import of ${total.toLocaleString('en')} rows, ${columns.length} columns (medians of ${runs} rounds)
  lapor import (full validation)                       ${oursTime.toFixed(2)} s   ${Math.round(total / oursTime).toLocaleString('en')} rows/s
  sqlite3, same writes: .import + INSERT INTO reports  ${floorTime.toFixed(2)} s   ratio ${fairRatio.toFixed(2)}x (goal <= ${goal}x)   ${verdict(timeChecked, fairRatio <= goal)}
  sqlite-utils insert --csv (a new table, no index)    ${suTime.toFixed(2)} s   ratio ${suRatio.toFixed(2)}x (goal <= ${goal}x)   ${verdict(timeChecked, suRatio <= goal)}
  sqlite3, bare: .import --csv into a new table        ${sqliteTime.toFixed(2)} s   ratio ${bareRatio.toFixed(2)}x (shown only)${parts}
  peak RSS of lapor at ${`${rssAt.toLocaleString('en')} rows`.padEnd(32)}${rss.toFixed(0)} MB   (goal < ${memoryGoal} MB at 1,000,000 rows)   ${verdict(memoryChecked, rss < memoryGoal)}
sqlite-utils and the bare .import store a table with no index, no full-text index, no trigger and
no outbox; the same-writes floor stores what lapor stores (docs/PERFORMANCE.md).`);
fs.rmSync(dir, { recursive: true, force: true });
process.exitCode = (!timeChecked || (fairRatio <= goal && suRatio <= goal)) && (!memoryChecked || rss < memoryGoal) ? 0 : 1;
