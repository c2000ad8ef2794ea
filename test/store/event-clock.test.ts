import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { run, tempDb } from '../helpers/cli.js';
import { backfillEventClock } from '../../src/store/migrations/010-event-clock.js';

// Steps typed in on Friday 15 Jan 2027, back-dated with --at (WITA), through the real CLI.
const now = new Date('2027-01-15T09:00:00+08:00');
let db = '';
const tickets: Record<string, string> = {};

async function ok(args: string[]) {
  const r = await run(args, { db, now });
  if (r.code !== 0) throw new Error(`${args.join(' ')} -> ${r.code}\n${r.stderr}`);
  return r;
}
const step = (verb: string, name: string, at: string, ...rest: string[]) => ok([verb, tickets[name]!, ...rest, '--at', at]);
const note = ['--note', 'Sudah ditangani di lapangan'];

async function add(name: string, receivedAt: string) {
  const r = await ok([
    'add',
    '--channel',
    'surat',
    '--title',
    `Laporan ${name} tentang jalan`,
    '--description',
    'Uraian yang cukup panjang untuk laporan',
    '--received-at',
    receivedAt,
    '--allow-duplicate',
    '--unit',
    'DPUPR',
  ]);
  tickets[name] = r.stdout.trim();
}

type Row = { id: number; kind: string; clock_from: string | null; first_response: number };
const stored = (handle: Database.Database) => handle.prepare('SELECT id, kind, clock_from, first_response FROM report_events ORDER BY id').all() as Row[];
const at = (local: string) => new Date(`${local.replace(' ', 'T')}:00+08:00`).toISOString();

/**
 * A: verify, assign, respond, follow-up, a reply that re-opens, a same-unit re-assignment (keeps
 *    the clock), a second follow-up, a back-dated reply before it (history only), a third follow-up.
 * B: rejected, re-opened to intake, verified, assigned, followed up, closed, re-opened, followed up.
 */
beforeAll(async () => {
  db = tempDb();
  await ok(['init', '--agency-code', 'PPU', '--agency-name', 'Pemkab PPU', '--timezone', 'Asia/Makassar', '--admin-name', 'Siti']);
  await ok(['unit', 'add', 'DPUPR', '--name', 'Dinas PUPR']);
  await ok(['officer', 'add', '--name', 'Andi Pratama', '--unit', 'DPUPR']);
  await ok(['officer', 'add', '--name', 'Rina Wulandari', '--unit', 'DPUPR']);
  await add('A', '2026-12-01 09:00');
  await step('verify', 'A', '2026-12-01 10:00');
  await step('assign', 'A', '2026-12-02 09:00', 'Andi Pratama');
  await step('respond', 'A', '2026-12-03 09:00', ...note);
  await step('followup', 'A', '2026-12-07 09:00', ...note);
  await step('reply', 'A', '2026-12-08 09:00', ...note);
  await step('assign', 'A', '2026-12-09 09:00', 'Rina Wulandari');
  await step('followup', 'A', '2026-12-10 09:00', ...note);
  await step('reply', 'A', '2026-12-09 12:00', ...note);
  await step('followup', 'A', '2026-12-11 09:00', ...note);
  await add('B', '2026-12-01 09:00');
  await step('reject', 'B', '2026-12-02 09:00', '--reason', 'vague');
  await step('reopen', 'B', '2026-12-03 09:00', '--reason', 'Pelapor melengkapi');
  await step('verify', 'B', '2026-12-04 09:00');
  await step('assign', 'B', '2026-12-04 10:00', 'Andi Pratama');
  await step('followup', 'B', '2026-12-07 10:00', ...note);
  await step('close', 'B', '2026-12-08 10:00');
  await step('reopen', 'B', '2027-01-05 10:00', '--reason', 'Pelapor datang lagi');
  await step('followup', 'B', '2027-01-07 10:00', ...note);
}, 120_000);

describe('report_events.clock_from / first_response (migration 010)', () => {
  it('the lifecycle stores the clock each step stops, as the report had it', () => {
    const handle = new Database(db, { readonly: true });
    const rows = stored(handle).filter((r) => ['verify', 'respond', 'followup'].includes(r.kind));
    handle.close();
    expect(rows.map((r) => [r.kind, r.clock_from, r.first_response])).toEqual([
      ['verify', null, 0],
      ['respond', null, 1],
      ['followup', at('2026-12-02 09:00'), 0],
      // After the re-opening reply of 8 Dec; the re-assignment of 9 Dec within the unit kept it.
      ['followup', at('2026-12-08 09:00'), 0],
      // The back-dated reply answered nothing new: no new clock, so no measured follow-up.
      ['followup', null, 0],
      // B's verification counts from its re-opening, its first follow-up is its first response.
      ['verify', at('2026-12-03 09:00'), 0],
      ['followup', at('2026-12-04 10:00'), 1],
      ['followup', at('2027-01-05 10:00'), 0],
    ]);
  });

  it('the backfill of existing steps gives what the lifecycle wrote', () => {
    const handle = new Database(db);
    const written = stored(handle);
    handle.exec('DROP TRIGGER report_events_no_update');
    handle.exec('UPDATE report_events SET clock_from = NULL, first_response = 0');
    handle.exec(backfillEventClock);
    expect(stored(handle)).toEqual(written);
    handle.close();
  });
});
