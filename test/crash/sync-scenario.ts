import fs from 'node:fs';
import path from 'node:path';
import { copyDb, lapor, ok, read, sound } from './harness.js';
import { run, tempDir } from '../helpers/cli.js';
import { copiesByTicket, simEnv } from '../sync/helpers.js';
import { startSimulator, type SimOptions, type Simulator } from '../../src/sync/simulator/server.js';

/*
 * The crash harness's `sync push` scenario: the simulator loses acknowledgements (applies a create,
 * follow-up or upload, then closes the connection unanswered) and the client is SIGKILLed mid-push.
 * After the kill and after a clean re-run, every report and follow-up exists nationally exactly
 * once (the Idempotency-Key of each operation, shared/national-api.md), the national ids are
 * stored, nothing is left in flight and the database is sound.
 */

export const syncReports = 40;
/** Every such report gets a response, sent as a follow-up after its create. */
const followupEvery = 5;
const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

async function must(db: string, args: string[]): Promise<void> {
  const r = await run(args, { db, now: '2026-11-27T02:00:00Z' });
  if (r.code !== 0) throw new Error(`fixture: lapor ${args.join(' ')} exited ${r.code}\n${r.stderr}`);
}

/**
 * A database with `syncReports` reports queued for sending (imported), a response to send for
 * every fifth and a file on the first (an upload before its create). Built in-process: quicker.
 */
export async function syncFixture(empty: string): Promise<string> {
  const db = copyDb(empty);
  await must(db, ['unit', 'add', 'DPUPR', '--name', 'Dinas PUPR']);
  await must(db, ['officer', 'add', '--name', 'Andi Pratama', '--unit', 'DPUPR']);
  const csv = path.join(tempDir('lapor-crash-sync-'), 'reports.csv');
  const rows = Array.from({ length: syncReports }, (_, i) => `S-${i};20/11/2026 09.00;surat;Laporan sinkron ${i} tentang jalan;Uraian laporan sinkron ${i}`);
  fs.writeFileSync(csv, ['no_referensi;tanggal_diterima;saluran;judul;uraian', ...rows].join('\n'));
  await must(db, ['import', csv]);
  const tickets = read<{ ticket: string }>(db, 'SELECT ticket FROM reports ORDER BY id').map((r) => r.ticket);
  const letter = path.join(tempDir('lapor-crash-sync-'), 'surat.pdf');
  fs.writeFileSync(letter, pdf);
  await must(db, ['attach', tickets[0]!, letter]);
  for (const t of tickets.filter((_, i) => i % followupEvery === 0)) {
    await must(db, ['verify', t]);
    await must(db, ['assign', t, 'Andi Pratama']);
    await must(db, ['respond', t, '--note', `Tanggapan untuk ${t}`]);
  }
  return db;
}

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

/** What the national side holds must never be more than once per report, follow-up or file. */
function nationalOnce(sim: Simulator, when: string): void {
  const twice = [...copiesByTicket(sim)].filter(([, n]) => n > 1);
  check(twice.length === 0, `${when}: national copies twice: ${JSON.stringify(twice)}`);
  for (const c of sim.state.complaints.values()) {
    const contents = c.followups.map((f) => f.content);
    check(new Set(contents).size === contents.length, `${when}: complaint ${c.id} holds a follow-up twice: ${JSON.stringify(contents)}`);
  }
  check(sim.state.docs.size <= 1, `${when}: ${sim.state.docs.size} uploads of the one file`);
}

/** After the clean re-run: exactly one national copy each, ids stored, the outbox done. */
function allSent(db: string, sim: Simulator): void {
  const tickets = read<{ ticket: string; national_id: string | null }>(db, 'SELECT ticket, national_id FROM reports ORDER BY id');
  const copies = copiesByTicket(sim);
  const missing = tickets.filter((t) => copies.get(t.ticket) !== 1).map((t) => `${t.ticket}: ${copies.get(t.ticket) ?? 0}`);
  check(missing.length === 0 && copies.size === tickets.length, `after the re-run: national copies not one each: ${missing.join(', ')}`);
  for (const c of sim.state.complaints.values()) {
    const ticket = String(c.body.external_ref);
    const index = tickets.findIndex((t) => t.ticket === ticket);
    const wanted = index % followupEvery === 0 ? [`Tanggapan untuk ${ticket}`] : [];
    check(
      JSON.stringify(c.followups.map((f) => f.content)) === JSON.stringify(wanted),
      `after the re-run: ${ticket} follow-ups ${JSON.stringify(c.followups)}`,
    );
    check(tickets[index]!.national_id === String(c.id), `after the re-run: ${ticket} stores national id ${tickets[index]!.national_id}, not ${c.id}`);
  }
  check(sim.state.docs.size === 1, `after the re-run: ${sim.state.docs.size} uploads of the one file`);
  const left = read<{ state: string; n: number }>(db, "SELECT state, count(*) AS n FROM outbox WHERE state <> 'done' GROUP BY state");
  check(left.length === 0, `after the re-run: operations not done: ${JSON.stringify(left)}`);
  check(read(db, 'SELECT 1 FROM sync_lock').length === 0, 'after the re-run: the sync lock is still held');
}

/**
 * `sync push` against a simulator that loses a share of the acknowledgements of writes (seeded per
 * trial), SIGKILLed at `killAt` (or finishing before it: lost acknowledgements alone); then a clean
 * re-run (no faults) must finish the work without sending anything twice.
 */
export async function syncPushScenario(fixture: string, killAt: number, simSeed: number): Promise<{ killed: boolean; fullMs: number; midway: boolean }> {
  const db = copyDb(fixture);
  fs.cpSync(path.join(path.dirname(fixture), 'attachments'), path.join(path.dirname(db), 'attachments'), { recursive: true });
  const faults: SimOptions = { latencyMs: 5, lostAckRate: 0.25, seed: simSeed };
  const sim = await startSimulator(faults);
  try {
    for (const [key, value] of Object.entries({ 'national.url': sim.url, 'national.backoff_ms': '10', 'national.timeout_seconds': '5' })) {
      const r = await run(['config', 'set', key, value], { db });
      check(r.code === 0, `config set ${key}: ${r.stderr}`);
    }
    const first = await lapor(db, ['sync', 'push'], killAt, simEnv);
    // Finished before the kill: sent all (0), or some operations deferred after repeated lost answers (5).
    if (!first.killed) check(first.code === 0 || first.code === 5, `sync push exited ${first.code}: ${first.stderr}`);
    const problems = sound(db);
    check(problems.length === 0, `after the kill: ${problems.join('\n')}`);
    nationalOnce(sim, 'after the kill');
    const inFlight = read(db, "SELECT 1 FROM outbox WHERE state = 'in_flight'").length;
    const sent = sim.state.complaints.size;
    // The re-run meets no faults and must finish everything in one go (the simulator keeps the
    // options object it was started with, so clearing the rate here turns the faults off).
    Object.assign(faults, { lostAckRate: 0 });
    const again = await ok(db, ['sync', 'push', '--force'], 'the re-run', simEnv);
    const after = sound(db);
    check(after.length === 0, `after the re-run: ${after.join('\n')}`);
    nationalOnce(sim, 'after the re-run');
    allSent(db, sim);
    return { killed: first.killed, fullMs: first.killed ? again.ms : first.ms, midway: inFlight > 0 || (sent > 0 && sent < syncReports) };
  } finally {
    await sim.close();
  }
}
