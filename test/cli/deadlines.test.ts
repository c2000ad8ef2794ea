import crypto from 'node:crypto';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { run, tempDb, query } from '../helpers/cli.js';

/*
 * Stored deadlines and their fingerprint (app/deadlines.ts): changes recompute at once, read
 * commands never write (they compute stale deadlines on the fly), write commands repair.
 */

// Friday 27 Nov 2026, 09:00 WITA.
const day = (date: string, time = '09:00') => new Date(`${date}T${time}:00+08:00`).toISOString();

async function setupCase() {
  const db = tempDb();
  const ok = async (args: string[], at = day('2026-11-27')) => {
    const r = await run(args, { db, now: at });
    if (r.code !== 0) throw new Error(`${args.join(' ')} -> ${r.code}\n${r.stderr}`);
    return r;
  };
  await ok(['init', '--agency-code', 'PPU', '--agency-name', 'Pemkab PPU', '--timezone', 'Asia/Makassar', '--admin-name', 'Siti']);
  const ticket = (
    await ok(['add', '--channel', 'surat', '--title', 'Jalan berlubang di Sepaku', '--description', 'Lubang besar di jalan poros sejak Oktober'])
  ).stdout.trim();
  const other = (await ok(['add', '--channel', 'sms', '--title', 'Lampu jalan mati total', '--description', 'Lampu jalan mati di Waru'])).stdout.trim();
  return { db, ticket, other, ok };
}

const deadlinesOf = (db: string) =>
  query<Record<string, unknown>>(db, 'SELECT ticket, verify_by, followup_by, auto_close_on, complete_by, due_kind, due_date FROM reports ORDER BY id');
const fingerprint = (db: string) => query<{ value: string }>(db, "SELECT value FROM settings WHERE key = 'internal.deadlines_fingerprint'")[0]?.value;

/** As if `lapor holiday add 2026-11-30` had been killed right after its commit (or an upgrade shipped it). */
function commitHolidayBehindTheToolsBack(db: string): void {
  const handle = new Database(db);
  handle.prepare("INSERT INTO holiday_overrides (date, action, name, created_at, created_by) VALUES ('2026-11-30', 'add', 'Hari jadi', 'x', 'x')").run();
  handle.close();
}

/** Everything a read could change: the bytes and mtime of the file (and its WAL), the table, the counter. */
function snapshot(db: string) {
  // An empty WAL comes and goes as connections open and close; its content is what counts.
  const files = [db, `${db}-wal`].filter((f) => fs.existsSync(f) && fs.statSync(f).size > 0);
  return {
    files: files.map((f) => ({ f, hash: crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex'), mtime: fs.statSync(f).mtimeMs })),
    reports: query(db, 'SELECT * FROM reports ORDER BY id'),
    settings: query(db, 'SELECT * FROM settings ORDER BY key'),
  };
}

describe('deadlines after a policy or calendar change', () => {
  it('holiday add recomputes every stored deadline at once, with its fingerprint', async () => {
    const { db, ticket, ok } = await setupCase();
    const before = fingerprint(db);
    expect(before).toMatch(/^[0-9a-f]{64}$/);
    expect(deadlinesOf(db)[0]).toMatchObject({ ticket, verify_by: '2026-12-02' });
    const r = await ok(['holiday', 'add', '2026-11-30', '--name', 'Hari Jadi Kabupaten']);
    expect(r.stderr).toContain('Deadlines recomputed for 2 reports.');
    // Received Fri 27 Nov, Mon 30 Nov now a holiday: 3 working days -> Thu 3 Dec.
    expect(deadlinesOf(db)[0]).toMatchObject({ ticket, verify_by: '2026-12-03', due_date: '2026-12-03' });
    expect(fingerprint(db)).not.toBe(before);
    // Nothing left to repair: the next write recomputes nothing more.
    const next = await ok(['verify', ticket]);
    expect(next.stderr).not.toContain('recomputed');
  });

  it('read commands on a stale fingerprint show correct deadlines and do not modify the file', async () => {
    const { db, ticket, other } = await setupCase();
    commitHolidayBehindTheToolsBack(db);
    const stored = deadlinesOf(db);
    expect(stored[0]).toMatchObject({ verify_by: '2026-12-02', due_date: '2026-12-02' });
    const before = snapshot(db);
    const now = day('2026-12-03');

    const show = await run(['show', ticket, '--format', 'json'], { db, now });
    expect(show.code).toBe(0);
    expect(show.stderr).toContain('Stored deadlines are out of date');
    expect(JSON.parse(show.stdout).deadlines).toMatchObject({ verify_by: '2026-12-03', current: { kind: 'verify', date: '2026-12-03' } });

    // Stored: due Wed 2 Dec, late on Thu 3 Dec. Computed: due Thu 3 Dec, not late yet.
    const overdue = await run(['list', '--overdue', '--format', 'json'], { db, now });
    expect(overdue.code).toBe(0);
    expect(JSON.parse(overdue.stdout)).toEqual([]);
    const soon = JSON.parse((await run(['list', '--due-within', '0', '--format', 'json'], { db, now })).stdout) as { ticket: string }[];
    expect(soon.map((r) => r.ticket)).toEqual([other, ticket]);
    const due = await run(['due', '--within', '0', '--format', 'json'], { db, now });
    expect(due.code).toBe(0);
    expect(JSON.parse(due.stdout)).toEqual([
      expect.objectContaining({ ticket, due_date: '2026-12-03', days_late: 0 }),
      expect.objectContaining({ ticket: other, due_date: '2026-12-03', days_late: 0 }),
    ]);
    const limited = JSON.parse((await run(['due', '--within', '0', '--limit', '1', '--format', 'json'], { db, now })).stdout) as { ticket: string }[];
    expect(limited.map((r) => r.ticket)).toEqual([ticket]);
    expect((await run(['list', '--format', 'json'], { db, now })).code).toBe(0);
    expect((await run(['history', ticket, '--format', 'json'], { db, now })).code).toBe(0);
    const exported = await run(['export', '--format', 'json'], { db, now });
    expect(exported.code).toBe(0);
    expect(exported.stderr).toContain('exported as stored');
    expect((await run(['close', '--auto', '--dry-run'], { db, now })).code).toBe(0);

    expect(snapshot(db)).toEqual(before);
  });

  it('a recompute killed halfway is finished by the next write command', async () => {
    const { db, ticket, other, ok } = await setupCase();
    await ok(['holiday', 'add', '2026-11-30', '--name', 'Hari Jadi Kabupaten']);
    const correct = deadlinesOf(db);
    const current = fingerprint(db);
    // Killed after its first page: one report still has the old deadlines, the fingerprint the old value.
    const handle = new Database(db);
    handle.prepare("UPDATE reports SET verify_by = '2026-12-02', due_date = '2026-12-02' WHERE ticket = ?").run(other);
    handle.prepare("UPDATE settings SET value = 'killed-halfway' WHERE key = 'internal.deadlines_fingerprint'").run();
    handle.close();

    const r = await ok(['verify', ticket], day('2026-11-27', '10:00'));
    expect(r.stderr).toContain('Deadlines recomputed for 2 reports.');
    expect(fingerprint(db)).toBe(current);
    const after = deadlinesOf(db);
    expect(after[1]).toEqual(correct[1]);
    expect(after[0]).toMatchObject({ ticket, verify_by: '2026-12-03' });
    expect(query(db, 'SELECT status FROM reports WHERE ticket = ?', ticket)).toEqual([{ status: 'verified' }]);
  });

  it('a database set up without a time zone gets its fingerprint from the first write; reads stay quiet', async () => {
    const db = tempDb();
    const empty = await run(['list'], { db });
    expect(empty.stderr).not.toContain('out of date');
    expect(fingerprint(db)).toBeUndefined();
    expect((await run(['init', '--agency-code', 'PPU'], { db })).code).toBe(0);
    expect(fingerprint(db)).toBeUndefined();
    const added = await run(['add', '--channel', 'sms', '--title', 'Lampu jalan mati total', '--description', 'Lampu jalan mati di Waru'], { db });
    expect(added.code).toBe(0);
    expect(fingerprint(db)).toMatch(/^[0-9a-f]{64}$/);
    const listed = await run(['list'], { db });
    expect(listed.code).toBe(0);
    expect(listed.stderr).not.toContain('out of date');
  });

  it('config set sla.* and init with a new time zone recompute at once', async () => {
    const { db, ticket, ok } = await setupCase();
    const policy = await ok(['config', 'set', 'sla.verify_days', '5']);
    expect(policy.stderr).toContain('recomputed');
    expect(deadlinesOf(db)[0]).toMatchObject({ ticket, verify_by: '2026-12-04' });
    // The same value again changes nothing, so nothing is recomputed.
    expect((await ok(['config', 'set', 'sla.verify_days', '5'])).stderr).not.toContain('recomputed');
    const before = fingerprint(db);
    const zone = await ok(['init', '--agency-code', 'PPU', '--timezone', 'Asia/Jakarta']);
    expect(zone.stderr).toContain('recomputed');
    expect(fingerprint(db)).not.toBe(before);
  });
});
