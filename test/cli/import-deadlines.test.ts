import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDb, tempDir, query } from '../helpers/cli.js';

const now = '2026-11-27T02:00:00Z';

const deadlineColumns = 'verify_by, followup_by, auto_close_on, complete_by, due_kind, due_date';
type Deadlines = Record<'verify_by' | 'followup_by' | 'auto_close_on' | 'complete_by' | 'due_kind' | 'due_date', string | null>;

async function setup(): Promise<string> {
  const db = tempDb();
  expect((await run(['init', '--agency-code', 'PPU', '--timezone', 'Asia/Makassar', '--admin-name', 'Siti'], { db, now })).code).toBe(0);
  return db;
}

function csvFile(content: string): string {
  const p = path.join(tempDir(), 'loket.csv');
  fs.writeFileSync(p, content);
  return p;
}

const deadlinesOf = (db: string, where: string, ...params: unknown[]) =>
  query<Deadlines>(db, `SELECT ${deadlineColumns} FROM reports WHERE ${where}`, ...params)[0];

/** `lapor add` with the given received date/time, returning its stored deadlines. */
async function added(db: string, receivedAt: string): Promise<Deadlines> {
  const r = await run(
    ['add', '--channel', 'surat', '--title', `Pembanding ${receivedAt}`, '--description', 'Laporan pembanding tenggat', '--received-at', receivedAt],
    { db, now },
  );
  expect(r.code).toBe(0);
  return deadlinesOf(db, 'ticket = ?', r.stdout.trim())!;
}

describe('imported reports get the deadlines of `lapor add`', () => {
  it('stores them on insert, so `lapor due` and `list --overdue` show imported rows', async () => {
    const db = await setup();
    // Fri 14 Aug (Mon 17 Aug is a holiday), the day of `now` (Asia/Makassar), a Saturday, an early
    // morning that is still the day before in UTC, and two rows sharing one date.
    const input = csvFile(
      [
        'ref;tanggal_diterima;saluran;judul;uraian',
        'A-1;14/08/2026 10.00;surat;Jalan rusak di Sepaku;Lubang besar di jalan poros sejak Oktober',
        'A-2;27/11/2026 09.30;surat;Lampu jalan mati;Lampu jalan mati dua minggu di RT 05',
        'A-3;21/11/2026 08.00;surat;Sampah menumpuk;Sampah di pasar tidak diangkut seminggu',
        'A-4;25/11/2026 07.30;surat;Air tidak mengalir;Air PDAM tidak mengalir tiga hari',
        'A-5;14/08/2026 15.45;surat;Jembatan retak;Jembatan desa retak di bagian tengah',
      ].join('\n'),
    );
    const r = await run(['import', input, '--format', 'json'], { db, now });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ stored: 5 });

    const expected: [string, string][] = [
      ['A-1', '2026-08-14 10:00'],
      ['A-2', '2026-11-27 09:30'],
      ['A-3', '2026-11-21 08:00'],
      ['A-4', '2026-11-25 07:30'],
      ['A-5', '2026-08-14 15:45'],
    ];
    for (const [ref, receivedAt] of expected) {
      const stored = deadlinesOf(db, 'ref = ?', ref);
      expect(stored, ref).toEqual(await added(db, receivedAt));
      expect(stored!.due_kind, ref).toBe('verify');
    }
    // Worked out by hand, so both sides cannot be wrong together: 17 Aug is a holiday.
    expect(deadlinesOf(db, 'ref = ?', 'A-1')).toEqual({
      verify_by: '2026-08-20',
      followup_by: null,
      auto_close_on: null,
      complete_by: '2026-10-13',
      due_kind: 'verify',
      due_date: '2026-08-20',
    });
    expect(deadlinesOf(db, 'ref = ?', 'A-2')).toMatchObject({ verify_by: '2026-12-02', due_date: '2026-12-02' });
    expect(deadlinesOf(db, 'ref = ?', 'A-4')).toMatchObject({ verify_by: '2026-11-30' });

    const ticketOf = (ref: string) => query<{ ticket: string }>(db, 'SELECT ticket FROM reports WHERE ref = ?', ref)[0]!.ticket;
    const due = JSON.parse((await run(['due', '--within', '5', '--format', 'json'], { db, now })).stdout) as {
      ticket: string;
      due_date: string;
      due_kind: string;
    }[];
    for (const ref of ['A-1', 'A-2', 'A-3', 'A-4', 'A-5']) {
      expect(due, ref).toContainEqual(
        expect.objectContaining({ ticket: ticketOf(ref), due_kind: 'verify', due_date: deadlinesOf(db, 'ref = ?', ref)!.due_date }),
      );
    }
    const overdue = (JSON.parse((await run(['list', '--overdue', '--format', 'json'], { db, now })).stdout) as { ticket: string }[]).map((x) => x.ticket);
    // Verify by 20 Aug and 25 Nov (A-3: Sat 21 Nov -> 23, 24, 25) are past on 27 Nov; the rest are not.
    expect(overdue).toEqual(expect.arrayContaining([ticketOf('A-1'), ticketOf('A-5'), ticketOf('A-3')]));
    expect(overdue).not.toContain(ticketOf('A-2'));
    expect(overdue).not.toContain(ticketOf('A-4'));
  });

  it('the big one-transaction path (indexes rebuilt) stores the same deadlines', async () => {
    const db = await setup();
    const lines = ['ref,received_at,channel,title,description'];
    for (let i = 1; i <= 10_000; i++)
      lines.push(
        `B-${i},2026-${String(1 + (i % 10)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')} 09:00,surat,Jalan rusak ${i},Lubang besar di jalan poros km ${i}`,
      );
    const r = await run(['import', csvFile(lines.join('\n')), '--format', 'json'], { db, now });
    expect(JSON.parse(r.stdout)).toMatchObject({ stored: 10_000, indexes_rebuilt: true });
    expect(query(db, 'SELECT count(*) AS n FROM reports WHERE verify_by IS NULL OR complete_by IS NULL OR due_date IS NULL')).toEqual([{ n: 0 }]);
    for (const i of [1, 17, 233, 9_999]) {
      const day = `2026-${String(1 + (i % 10)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
      expect(deadlinesOf(db, 'ref = ?', `B-${i}`), day).toEqual(await added(db, `${day} 09:00`));
    }
    // The partial due index was rebuilt with the rows in it.
    const plan = query<{ detail: string }>(db, "EXPLAIN QUERY PLAN SELECT id FROM reports WHERE due_date IS NOT NULL AND due_date < '2026-03-01'");
    expect(plan.map((p) => p.detail).join()).toContain('reports_due');
    expect(query(db, "SELECT count(*) AS n FROM reports INDEXED BY reports_due WHERE due_date IS NOT NULL AND due_date < '2026-03-01'")).toEqual(
      query(db, "SELECT count(*) AS n FROM reports NOT INDEXED WHERE due_date IS NOT NULL AND due_date < '2026-03-01'"),
    );
  });

  it('--on-duplicate update recomputes them from the stored facts', async () => {
    const db = await setup();
    await run(
      ['import', csvFile('ref,received_at,channel,title,description\nC-1,2026-11-20 09:00,surat,Jalan rusak di Sepaku,Lubang besar di jalan poros\n')],
      { db, now },
    );
    const r = await run(
      ['import', csvFile('ref,received_at,title,description,channel\nC-1,2026-11-26 09:00,,,\n'), '--on-duplicate', 'update', '--yes', '--format', 'json'],
      { db, now },
    );
    expect(JSON.parse(r.stdout)).toMatchObject({ updated: 1 });
    expect(deadlinesOf(db, 'ref = ?', 'C-1')).toEqual(await added(db, '2026-11-26 09:00'));
    expect(deadlinesOf(db, 'ref = ?', 'C-1')).toMatchObject({ verify_by: '2026-12-01' });
  });
});
