// The everyday queries on a database of N reports (default 1,000,000; 30,000 open over 60
// officers: bench/fixture.js), each as a whole `lapor` process against `node -e 0` run in turn
// with it (bench/paired.js). Goal (issue 13): each at most 2x `node -e 0` (the exit status). Printed
// beside it: the CPU time of both (steadier than wall time on a shared machine), the same command
// on an empty database (start-up and rendering, not the query) and the query alone in-process.
// Usage: npm run build && node bench/queries.js [reports]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { fixture, fixturePhone } from './fixture.js';
import { cpuProbe, line, median, paired, timeRun } from './paired.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin', 'lapor.cjs');
const total = Number(process.argv[2] ?? 1_000_000);
const file = await fixture(total);
const env = { ...process.env, LAPOR_DB: file, HOME: path.dirname(file), NO_COLOR: '1', LAPOR_LANG: 'en' };
const goal = 2;

const { listReports, getReportByTicket } = await import(pathToFileURL(path.join(root, 'dist', 'store', 'reports-repo.js')).href);
const phone = fixturePhone(3 * 7 + 1); // report 22: a named, non-confidential reporter with a phone
const ticket = 'PPU-2023-000123';
// Default view: late and due within 2 working days (the date the fixture's deadlines are around).
const dueUntil = '2026-12-07';
const cases = [
  ['lapor due (default view)', ['due'], { dueUntil, orderBy: 'due', limit: 500 }],
  ['lapor list --search jalan --limit 20', ['list', '--search', 'jalan', '--limit', '20'], { search: 'jalan', limit: 20 }],
  ['lapor list --status verified --limit 20', ['list', '--status', 'verified', '--limit', '20'], { status: ['verified'], limit: 20 }],
  ['lapor list --status done --limit 20', ['list', '--status', 'done', '--limit', '20'], { status: ['done'], limit: 20 }],
  ['lapor list --reporter PHONE', ['list', '--reporter', phone.typed], { reporter: { phone: phone.e164 } }],
  ['lapor show TICKET', ['show', ticket], undefined],
];

/** In-process time of the query alone (median of 5), as the command's store call runs it. */
function inProcess(filter) {
  const db = new Database(file, { readonly: true });
  const times = [];
  for (let i = 0; i < 5; i++) {
    const start = process.hrtime.bigint();
    if (filter) listReports(db, filter);
    else getReportByTicket(db, ticket);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  db.close();
  return median(times);
}

// The same commands on an empty database: what start-up alone costs them (bench/startup.js and
// the perfstart work own that part); the difference is the query's share.
const empty = path.join(path.dirname(file), `lapor-bench-empty-${process.pid}.db`);
const emptyEnv = { ...env, LAPOR_DB: empty };
timeRun(process.execPath, [bin, 'init', '--agency-code', 'PPU', '--timezone', 'Asia/Makassar', '--admin-name', 'bench'], { spawn: { env: emptyEnv } });

console.log(`\nqueries on ${total.toLocaleString('en')} reports, whole process (piped: JSON), paired with node -e 0, medians`);
let ok = true;
const cpuFile = path.join(path.dirname(file), `lapor-bench-cpu-${process.pid}`);
const probe = cpuProbe(cpuFile);
/** A run's CPU seconds, as the process itself counted them (the probe adds the same to both sides). */
const cpuOf = (args, spawnEnv) => {
  timeRun(process.execPath, ['--import', probe, ...args], { spawn: { env: spawnEnv } });
  return Number(fs.readFileSync(cpuFile, 'utf8'));
};
for (const [label, args, filter] of cases) {
  timeRun(process.execPath, [bin, ...args], { spawn: { env } }); // warm the page cache
  const r = paired(
    () => timeRun(process.execPath, [bin, ...args], { spawn: { env } }),
    () => timeRun(process.execPath, ['-e', '0']),
  );
  ok = line(label, r, goal, 'node -e 0') && ok;
  const cpu = paired(
    () => cpuOf([bin, ...args], env),
    () => cpuOf(['-e', '0'], env),
  );
  console.log(`  ${''.padEnd(40)} CPU time ${(cpu.ours * 1000).toFixed(0)} ms vs ${(cpu.reference * 1000).toFixed(0)} ms: ${cpu.ratio.toFixed(2)}x`);
  const share = paired(
    () => timeRun(process.execPath, [bin, ...args], { spawn: { env } }),
    () => timeRun(process.execPath, [bin, ...args], { spawn: { env: emptyEnv }, exitCodes: [0, 3] }), // show: not found
  );
  const ms = (s) => `${(s * 1000).toFixed(0)} ms`;
  console.log(
    `  ${''.padEnd(40)} same on an empty database ${ms(share.reference)} (start-up and rendering): the ${total.toLocaleString('en')} reports add ${ms(share.ours - share.reference)}; query in-process ${inProcess(filter).toFixed(1)} ms`,
  );
}
for (const f of [empty, `${empty}-wal`, `${empty}-shm`, cpuFile]) fs.rmSync(f, { force: true });
process.exitCode = ok ? 0 : 1;
