import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { count, copyDb, lapor, ok, read, sound } from './harness.js';
import { tempDir } from '../helpers/cli.js';
import { syncPushScenario } from './sync-scenario.js';

/*
 * One scenario per command the crash harness kills. Each takes a kill moment, runs the command with
 * SIGKILL at that moment, checks what the kill left, re-runs the command to its end and checks the
 * final state. A broken promise throws (the test adds the seed and trial number); the result says
 * whether the kill landed (the command may have finished before the moment).
 */

export interface Fixtures {
  /** An initialised, empty database. */
  empty: string;
  /** A database holding `rows` imported reports (tickets PPU-2026-000001..). */
  full: string;
  rows: number;
  /** The CSV behind `full` (all rows valid) and one with a few invalid rows. */
  csv: string;
  csvWithBad: string;
  validInBad: number;
  /**
   * A database with more reports than one recompute page (5,000), so a kill can land between the
   * pages of a holiday recompute; its deadlines before and after `holiday add` of the holiday below.
   */
  calendar: string;
  calendarRows: number;
  deadlinesBefore: string;
  deadlinesAfter: string;
  fingerprintBefore: string;
  fingerprintAfter: string;
  /** Reports, a follow-up and a file queued for `sync push` (sync-scenario.ts). */
  syncing: string;
}

export const holiday = { date: '2026-10-20', name: 'Libur uji crash' };

interface Result {
  killed: boolean;
  /** How long an uninterrupted run took (the re-run), reported to check the kill windows. */
  fullMs: number;
  /** The kill left a visibly unfinished state to recover from (some batches stored, a recompute half done). */
  midway?: boolean;
}

/** `faultSeed` seeds what a scenario draws besides the kill moment (the simulator's faults). */
type Scenario = (fx: Fixtures, killAt: number, faultSeed: number) => Promise<Result>;

function expectNone(problems: string[], when: string): void {
  if (problems.length > 0) throw new Error(`${when}: ${problems.join('\n')}`);
}

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

/** The refs of a rejects file (semicolon separated, with a BOM, like the input). */
function rejectedRefs(file: string): string[] {
  const records = parse(fs.readFileSync(file, 'utf8'), { columns: true, delimiter: ';', bom: true }) as { no_referensi: string }[];
  return records.map((r) => r.no_referensi);
}

/** Every rejects file under a final name is complete: it holds each invalid row once. */
function rejectsComplete(input: string, invalid: number, when: string): void {
  const dir = path.dirname(input);
  for (const name of fs.readdirSync(dir).filter((n) => n.startsWith('input.rejects'))) {
    const refs = rejectedRefs(path.join(dir, name));
    check(refs.length === invalid && new Set(refs).size === invalid, `${when}: ${name} holds ${refs.length} rows, expected the ${invalid} invalid ones`);
  }
}

/** The re-run removed the temporary files the killed run left in its output folder. */
function noTemps(dir: string, when: string): void {
  const left = fs.readdirSync(dir).filter((n) => n.startsWith('.lapor-tmp-'));
  check(left.length === 0, `${when}: temporary files left in ${dir}: ${left.join(', ')}`);
}

const importOf =
  (skipInvalid: boolean): Scenario =>
  async (fx, killAt) => {
    const db = copyDb(fx.empty);
    // Its own folder per trial: the rejects files of --skip-invalid are written beside the input.
    const input = path.join(tempDir('lapor-crash-in-'), 'input.csv');
    fs.copyFileSync(skipInvalid ? fx.csvWithBad : fx.csv, input);
    const total = skipInvalid ? fx.validInBad : fx.rows;
    const args = ['import', input, ...(skipInvalid ? ['--skip-invalid'] : [])];
    const killed = await lapor(db, args, killAt);
    expectNone(sound(db), 'after the kill');
    const stored = count(db);
    // An atomic import stores all or nothing; --skip-invalid commits whole batches, never more than the valid rows.
    if (skipInvalid) check(stored <= total, `after the kill: ${stored} reports, more than the ${total} valid rows`);
    else check(stored === 0 || stored === total, `after the kill: ${stored} reports, neither none nor all ${total}`);
    if (skipInvalid) rejectsComplete(input, fx.rows - total, 'after the kill');
    const again = await ok(db, [...args, '--format', 'json'], 'the re-run');
    expectNone(sound(db), 'after the re-run');
    if (skipInvalid) {
      const file = (JSON.parse(again.stdout) as { rejects_file: string }).rejects_file;
      check(rejectedRefs(file).length === fx.rows - total, `after the re-run: ${file} does not hold the ${fx.rows - total} invalid rows`);
      rejectsComplete(input, fx.rows - total, 'after the re-run');
    }
    noTemps(path.dirname(input), 'after the re-run');
    check(count(db) === total, `after the re-run: ${count(db)} reports, expected ${total}`);
    const refs = read<{ n: number }>(db, 'SELECT count(DISTINCT ref) AS n FROM reports')[0]!.n;
    check(refs === total, `after the re-run: ${refs} distinct refs, expected ${total}`);
    return { killed: killed.killed, fullMs: again.ms, midway: stored > 0 && stored < total };
  };

const titles = 6;
const titleOf = (i: number) => `Laporan uji crash nomor ${i}`;

/** `add` in a loop of processes; the kill lands in whichever add runs at that moment. */
const addLoop: Scenario = async (fx, killAt) => {
  const db = copyDb(fx.empty);
  const started = Date.now();
  let killed = false;
  let done = 0;
  for (let i = 1; i <= titles && !killed; i++) {
    const r = await lapor(
      db,
      ['add', '--channel', 'surat', '--title', titleOf(i), '--description', `Uraian ${titleOf(i)}`],
      Math.max(0, killAt - (Date.now() - started)),
    );
    killed = r.killed;
    if (!killed) check(r.code === 0, `add ${i} exited ${r.code}: ${r.stderr}`);
    if (!killed) done = i;
  }
  expectNone(sound(db), 'after the kill');
  const present = read<{ title: string }>(db, 'SELECT title FROM reports ORDER BY id').map((r) => r.title);
  const expected = Array.from({ length: done }, (_, k) => titleOf(k + 1));
  // The killed add is either whole or absent: the completed ones, then at most the one that was killed.
  const withKilled = [...expected, titleOf(done + 1)];
  check(
    JSON.stringify(present) === JSON.stringify(expected) || (killed && JSON.stringify(present) === JSON.stringify(withKilled)),
    `after the kill: reports ${JSON.stringify(present)}, ${done} add(s) had finished`,
  );
  const rerunStart = Date.now();
  for (let i = present.length + 1; i <= titles; i++) {
    await ok(db, ['add', '--channel', 'surat', '--title', titleOf(i), '--description', `Uraian ${titleOf(i)}`], `the re-run of add ${i}`);
  }
  expectNone(sound(db), 'after the re-run');
  const final = read<{ title: string }>(db, 'SELECT title FROM reports ORDER BY id').map((r) => r.title);
  check(JSON.stringify(final) === JSON.stringify(Array.from({ length: titles }, (_, k) => titleOf(k + 1))), `after the re-run: ${JSON.stringify(final)}`);
  // Killed: the time to the kill plus the re-run of the rest is about one whole loop.
  return { killed, fullMs: killed ? Date.now() - started : rerunStart - started };
};

function exportedTickets(file: string): string[] {
  return (parse(fs.readFileSync(file, 'utf8'), { columns: true }) as { ticket: string }[]).map((r) => r.ticket);
}

/** `export --incremental`: the mark moves only with a complete file; a file under the final name is complete. */
const exportIncremental: Scenario = async (fx, killAt) => {
  const db = copyDb(fx.full);
  const dir = tempDir('lapor-crash-out-');
  const first = path.join(dir, 'first.csv');
  const killed = await lapor(db, ['export', '--incremental', 'nightly', '--out', first], killAt);
  expectNone(sound(db), 'after the kill');
  const mark = read<{ rows: number; file: string }>(db, "SELECT rows, file FROM export_marks WHERE name = 'nightly'")[0];
  const firstRows = fs.existsSync(first) ? exportedTickets(first) : undefined;
  // Whatever is under the final name must parse and hold every report (the run exports them all).
  if (firstRows) check(firstRows.length === fx.rows, `after the kill: ${first} holds ${firstRows.length} of ${fx.rows} rows`);
  if (mark)
    check(
      firstRows !== undefined && mark.rows === fx.rows && mark.file === first,
      `after the kill: mark ${JSON.stringify(mark)} but file rows ${firstRows?.length}`,
    );
  const second = path.join(dir, 'second.csv');
  const again = await ok(db, ['export', '--incremental', 'nightly', '--out', second], 'the re-run');
  const secondRows = exportedTickets(second);
  // Across the two runs, each report is handed over exactly once (if the mark moved, the first file counts).
  const handed = [...(mark ? firstRows! : []), ...secondRows];
  check(
    handed.length === fx.rows && new Set(handed).size === fx.rows,
    `after the re-run: ${handed.length} rows handed over (${new Set(handed).size} distinct), expected ${fx.rows}`,
  );
  noTemps(dir, 'after the re-run');
  const after = read<{ rows: number; file: string }>(db, "SELECT rows, file FROM export_marks WHERE name = 'nightly'")[0];
  check(after?.file === second && after.rows === secondRows.length, `after the re-run: mark ${JSON.stringify(after)}`);
  return { killed: killed.killed, fullMs: again.ms };
};

function backupSound(file: string, rows: number, when: string): void {
  expectNone(sound(file), `${when}: the backup`);
  check(count(file) === rows, `${when}: the backup holds ${count(file)} reports, expected ${rows}`);
}

/** `db backup FILE`: the final name is absent or a complete, sound copy. */
const backup: Scenario = async (fx, killAt) => {
  const db = copyDb(fx.full);
  const target = path.join(tempDir('lapor-crash-bak-'), 'backup.db');
  const killed = await lapor(db, ['db', 'backup', target], killAt);
  expectNone(sound(db), 'after the kill');
  if (fs.existsSync(target)) backupSound(target, fx.rows, 'after the kill');
  const again = await ok(db, ['db', 'backup', target, ...(fs.existsSync(target) ? ['--force'] : [])], 'the re-run');
  backupSound(target, fx.rows, 'after the re-run');
  noTemps(path.dirname(target), 'after the re-run');
  check(count(db) === fx.rows, `after the re-run: the database holds ${count(db)} reports`);
  return { killed: killed.killed, fullMs: again.ms };
};

/** Deadlines of the reports the fixture imported (not those added afterwards), as one string. */
export function deadlinesOf(db: string, rows: number): string {
  return JSON.stringify(read(db, 'SELECT ticket, verify_by, complete_by, due_kind, due_date FROM reports WHERE id <= ? ORDER BY id', rows));
}

export function fingerprintOf(db: string): string | undefined {
  return read<{ value: string }>(db, "SELECT value FROM settings WHERE key = 'internal.deadlines_fingerprint'")[0]?.value;
}

/** `holiday add` on thousands of reports: after the next write command, deadlines match the calendar. */
const holidayRecompute: Scenario = async (fx, killAt) => {
  const db = copyDb(fx.calendar);
  const args = ['holiday', 'add', holiday.date, '--name', holiday.name];
  const killed = await lapor(db, args, killAt);
  expectNone(sound(db), 'after the kill');
  const added = read(db, 'SELECT 1 FROM holiday_overrides WHERE date = ?', holiday.date).length > 0;
  const midway = added && fingerprintOf(db) !== fx.fingerprintAfter;
  // The next write command finishes a recompute the kill interrupted.
  await ok(db, ['add', '--channel', 'surat', '--title', 'Laporan setelah kill', '--description', 'Uraian setelah kill'], 'the next write');
  expectNone(sound(db), 'after the next write');
  const [deadlines, fingerprint] = added ? [fx.deadlinesAfter, fx.fingerprintAfter] : [fx.deadlinesBefore, fx.fingerprintBefore];
  check(deadlinesOf(db, fx.calendarRows) === deadlines, `after the next write: deadlines do not match the calendar (holiday ${added ? 'present' : 'absent'})`);
  check(fingerprintOf(db) === fingerprint, `after the next write: fingerprint ${fingerprintOf(db)}, expected ${fingerprint}`);
  const again = added ? undefined : await ok(db, args, 'the re-run');
  check(
    deadlinesOf(db, fx.calendarRows) === fx.deadlinesAfter && fingerprintOf(db) === fx.fingerprintAfter,
    'after the re-run: deadlines or fingerprint differ from a run never killed',
  );
  check(count(db) === fx.calendarRows + 1, `after the re-run: ${count(db)} reports, expected ${fx.calendarRows + 1}`);
  return { killed: killed.killed, fullMs: again?.ms ?? killed.ms, midway };
};

export const scenarios: Record<string, Scenario> = {
  'import (atomic)': importOf(false),
  'import --skip-invalid': importOf(true),
  'add in a loop': addLoop,
  'export --incremental': exportIncremental,
  'db backup': backup,
  'holiday add (recompute)': holidayRecompute,
  'sync push (lost acknowledgements)': (fx, killAt, faultSeed) => syncPushScenario(fx.syncing, killAt, faultSeed),
};
