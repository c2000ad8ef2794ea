import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import type { Choice } from '../../src/io/prompter.js';
import { humanDateTime, parseDateTime } from '../../src/domain/dates.js';
import { query, run, scriptedPrompter, tempDb, tempDir } from '../helpers/cli.js';

/*
 * Times shown to people are agency time with the zone's name (WIB/WITA/WIT); JSON and CSV keep
 * ISO 8601. The report below was received at 00:00 WITA on 1 December, which is still
 * 30 November in UTC: a view printing the stored instant shows the wrong day.
 */

const now = '2026-12-03T02:00:00Z';
const ISO_RECEIVED = '2026-11-30T16:00:00.000Z';
let db: string;

beforeAll(async () => {
  db = tempDb();
  const init = ['init', '--agency-code', 'PPU', '--agency-name', 'Pemkab PPU', '--timezone', 'Asia/Makassar', '--admin-name', 'Siti'];
  expect((await run(init, { db, now })).code).toBe(0);
  const add = ['add', '--channel', 'surat', '--title', 'Jalan berlubang', '--description', 'Lubang besar di jalan poros', '--anonymous'];
  expect((await run([...add, '--received-at', '2026-12-01 00:00'], { db, now })).code).toBe(0);
});

describe('humanDateTime', () => {
  it('names the Indonesian zones and gives other zones their offset, both read back by parseDateTime', () => {
    expect(humanDateTime(ISO_RECEIVED, 'Asia/Makassar')).toBe('2026-12-01 00:00 WITA');
    expect(humanDateTime(ISO_RECEIVED, 'Asia/Jakarta')).toBe('2026-11-30 23:00 WIB');
    expect(humanDateTime(ISO_RECEIVED, 'Asia/Jayapura')).toBe('2026-12-01 01:00 WIT');
    expect(humanDateTime(ISO_RECEIVED, 'Asia/Kolkata')).toBe('2026-11-30 21:30 +05:30');
    for (const tz of ['Asia/Makassar', 'Asia/Jakarta', 'Asia/Kolkata', 'UTC']) {
      expect(parseDateTime(humanDateTime(ISO_RECEIVED, tz), 'received_at', 'Asia/Jayapura').value).toBe(ISO_RECEIVED);
    }
  });
});

describe('local time in human views', () => {
  it('show: agency time on a terminal, ISO in JSON and CSV', async () => {
    const table = await run(['show', 'PPU-2026-000001', '--format', 'table'], { db, now });
    expect(table.stdout).toMatch(/Received\s+2026-12-01 00:00 WITA/);
    expect(table.stdout).toMatch(/Recorded\s+2026-12-03 10:00 WITA Siti/);
    const json = JSON.parse((await run(['show', 'PPU-2026-000001', '--format', 'json'], { db, now })).stdout) as Record<string, unknown>;
    expect(json.received_at).toBe(ISO_RECEIVED);
    const csv = (await run(['show', 'PPU-2026-000001', '--format', 'csv'], { db, now })).stdout;
    expect(csv).toContain(ISO_RECEIVED);
    expect(csv).not.toContain('WITA');
  });

  it('history: when and the stored received_at in agency time; JSON keeps ISO', async () => {
    const table = await run(['history', 'PPU-2026-000001', '--format', 'table'], { db, now });
    expect(table.stdout).toContain('2026-12-03 10:00 WITA');
    expect(table.stdout).toContain('Received: 2026-12-01 00:00 WITA');
    expect(table.stdout).not.toContain('T16:00:00');
    const json = JSON.parse((await run(['history', 'PPU-2026-000001', '--format', 'json'], { db, now })).stdout) as { at: string }[];
    expect(json[0]!.at).toBe('2026-12-03T02:00:00.000Z');
  });

  it('export marks: the export time in agency time; JSON keeps ISO', async () => {
    const out = path.join(tempDir(), 'nightly.csv');
    expect((await run(['export', '--incremental', 'nightly', '--out', out], { db, now })).code).toBe(0);
    const table = await run(['export', 'marks', '--format', 'table'], { db, now });
    expect(table.stdout).toContain('2026-12-03 10:00 WITA');
    const json = JSON.parse((await run(['export', 'marks', '--format', 'json'], { db, now })).stdout) as { exported_at: string }[];
    expect(json[0]!.exported_at).toBe('2026-12-03T02:00:00.000Z');
  });

  it('the edit picker shows the received time in agency time, and taking it as offered changes nothing', async () => {
    let shown = '';
    const prompter = scriptedPrompter([
      [
        /field/i,
        (choices?: readonly Choice<unknown>[]) => {
          shown = choices!.find((c) => c.value === 'received_at')!.name;
          return 'received_at';
        },
      ],
      [/received/i, ''],
      [/field/i, ''],
      [/save/i, true],
    ]);
    const r = await run(['edit', 'PPU-2026-000001'], { db, now, tty: true, prompter });
    expect(shown).toContain('2026-12-01 00:00 WITA');
    expect(r.code, r.stderr).not.toBe(1);
    expect(query<{ received_at: string }>(db, 'SELECT received_at FROM reports')[0]!.received_at).toBe(ISO_RECEIVED);
  });
});
