import { describe, expect, it } from 'vitest';
import { exportColumns, selectColumns } from '../../src/transfer/columns.js';
import { jsonEncoder, type RowEncoder } from '../../src/transfer/export-format.js';
import { endOfDayW3c, instantW3c } from '../../src/transfer/export-open311.js';
import { pumpRows } from '../../src/transfer/export-pump.js';
import type { Sink } from '../../src/transfer/export-sink.js';

const columns = selectColumns(true);
const awkward = [
  'plain',
  'with,comma',
  'with "quotes"',
  'multi\nline',
  'crlf\r\nline',
  '=1+2',
  "'=x",
  '-',
  '+62',
  '@a',
  '\tTAB',
  '\rCR',
  'ümlaut 日本',
  ' lead',
  '"',
  "'",
];

/** A row of SQLite values: text cells cycle through awkward strings; typed cells look as stored. */
function rowOf(seed: number): unknown[] {
  return columns.map((c, i) => {
    if (c.kind === 'bool') return (seed + i) % 2;
    if ((seed + i) % 7 === 0) return null;
    if (c.kind === 'phone') return '+6281234567890';
    if (c.kind === 'date') return '2026-11-27';
    if (c.kind === 'instant') return '2026-11-27T02:00:00.000Z';
    return awkward[(seed * 3 + i) % awkward.length]!;
  });
}

const memorySink = (): Sink & { text: string; writes: number } => {
  const s = {
    text: '',
    writes: 0,
    write(chunk: string) {
      s.text += chunk;
      s.writes++;
    },
    commit: async () => undefined,
    abort: () => undefined,
  };
  return s;
};

async function encode<R>(encoder: RowEncoder<R>, rows: R[]): Promise<string> {
  const sink = memorySink();
  await pumpRows(rows, encoder, sink);
  return sink.text;
}

describe('export encoders', () => {
  const rows = Array.from({ length: 200 }, (_, i) => rowOf(i));

  it('JSON and NDJSON: exact values, null for empty, booleans for flags', async () => {
    const expected = rows.map((r) => Object.fromEntries(columns.map((c, i) => [c.key, c.kind === 'bool' ? r[i] === 1 : r[i]])));
    expect(JSON.parse(await encode(jsonEncoder(columns, 'en', false), rows))).toEqual(expected);
    const nd = (await encode(jsonEncoder(columns, 'en', true), rows))
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as unknown);
    expect(nd).toEqual(expected);
    expect(JSON.parse(await encode(jsonEncoder(columns, 'id', false), []))).toEqual([]);
    const id = JSON.parse(await encode(jsonEncoder(exportColumns.slice(0, 8), 'id', false), [rowOf(1).slice(0, 8)])) as Record<string, unknown>[];
    expect(Object.keys(id[0]!)).toEqual(['tiket', 'id_nasional', 'id_pelacakan', 'status', 'status_nasional', 'klasifikasi', 'saluran', 'judul']);
  });

  it('writes large chunks, not a write per row', async () => {
    const sink = memorySink();
    const many = Array.from({ length: 20_000 }, (_, i) => rowOf(i));
    expect(await pumpRows(many, jsonEncoder(columns, 'en', true), sink)).toBe(20_000);
    expect(sink.writes).toBeLessThan(20);
    expect(sink.writes).toBeGreaterThan(1);
  });
});

describe('Open311 datetimes', () => {
  it('are W3C with the offset of the agency zone', () => {
    expect(instantW3c('2026-11-20T02:00:00.000Z', 'Asia/Makassar')).toBe('2026-11-20T10:00:00+08:00');
    expect(instantW3c('2026-11-20T20:30:00.000Z', 'Asia/Jakarta')).toBe('2026-11-21T03:30:00+07:00');
    expect(instantW3c('2026-07-01T12:00:00.000Z', 'America/New_York')).toBe('2026-07-01T08:00:00-04:00');
    expect(instantW3c(null, 'Asia/Jayapura')).toBeNull();
    expect(endOfDayW3c('2027-01-26', 'Asia/Jayapura')).toBe('2027-01-26T23:59:59+09:00');
  });
});
