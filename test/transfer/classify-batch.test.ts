import { describe, expect, it } from 'vitest';
import { classifyBatch, lookupKeys, type ExistingReport, type UnitRef } from '../../src/transfer/classify-batch.js';
import type { RowOutcome } from '../../src/transfer/import-rows.js';
import type { ReportDraft } from '../../src/domain/report.js';

// No SQLite here: stored reports and units are plain maps, as the import looks them up per batch.
function draft(title: string, extra: Partial<ReportDraft> = {}): ReportDraft {
  return {
    classification: 'complaint',
    channel: 'letter',
    title,
    description: 'Uraian laporan yang cukup',
    receivedAt: '2026-11-20T02:00:00.000Z',
    receivedDate: '2026-11-20',
    anonymous: false,
    confidential: false,
    reporter: {},
    ...extra,
  };
}
const valid = (line: number, d: ReportDraft, hash?: string): RowOutcome => ({
  line,
  draft: d,
  problems: [],
  cells: [d.ref ?? '', d.title],
  ...(hash ? { hash } : {}),
});
const invalid = (line: number, ref = ''): RowOutcome => ({
  line,
  problems: [{ field: 'title', code: 'text.tooShort', severity: 'error' }],
  cells: [ref, 'ab'],
});

const stored: ExistingReport = { id: 7, ticket: 'PPU-2026-000007' };
const lookups = (existing: [string, ExistingReport][] = [], units: [string, UnitRef | null][] = []) => ({
  existing: new Map(existing),
  units: new Map(units),
  refIndex: 0,
});

describe('classifyBatch', () => {
  it('inserts new rows, rejects invalid ones and keeps warnings of the rows that pass', () => {
    const warned: RowOutcome = {
      ...valid(3, draft('Lampu jalan mati', { ref: 'B' })),
      problems: [{ field: 'category', code: 'report.unknownCategory', severity: 'warning' }],
    };
    const c = classifyBatch([valid(2, draft('Jalan rusak', { ref: 'A' })), warned, invalid(4)], lookups(), 'skip');
    expect(c.inserts.map((r) => r.line)).toEqual([2, 3]);
    expect(c.rejects.map((r) => r.row.line)).toEqual([4]);
    expect(c.warnings).toEqual([{ line: 3, problems: warned.problems }]);
    expect(c).toMatchObject({ updates: [], duplicates: 0 });
  });

  it('skips duplicates of stored reports and of earlier rows (by ref, or by content hash without one)', () => {
    const rows = [
      valid(2, draft('Jalan rusak', { ref: 'A' })),
      valid(3, draft('Lampu mati'), 'H0'),
      valid(4, draft('Jalan rusak'), 'H1'),
      valid(5, draft('Jalan rusak'), 'H1'),
    ];
    const c = classifyBatch(rows, lookups([['r:A', stored]]), 'skip');
    expect(c.inserts.map((r) => r.line)).toEqual([3, 4]);
    expect(c.duplicates).toBe(2);
  });

  it('--on-duplicate error rejects them, naming the stored ticket or the earlier line', () => {
    const c = classifyBatch(
      [valid(2, draft('Jalan rusak', { ref: 'A' })), valid(3, draft('X', { ref: 'B' })), valid(4, draft('Y', { ref: 'B' }))],
      lookups([['r:A', stored]]),
      'error',
    );
    expect(c.inserts.map((r) => r.line)).toEqual([3]);
    expect(c.rejects.map((r) => [r.row.line, r.problems[0]!.code, r.problems[0]!.params])).toEqual([
      [2, 'import.duplicateRef', { ticket: 'PPU-2026-000007', ref: 'A' }],
      [4, 'import.duplicateRef', { ticket: 'line 3', ref: 'B' }],
    ]);
  });

  it('--on-duplicate update updates stored reports, lets a later row replace an earlier one, and takes invalid rows whose ref is stored', () => {
    const rows = [
      valid(2, draft('Jalan rusak', { ref: 'A' })),
      valid(3, draft('X', { ref: 'B' })),
      valid(4, draft('Y', { ref: 'B' })),
      invalid(5, 'A'),
      invalid(6, 'Z'),
    ];
    const c = classifyBatch(rows, lookups([['r:A', stored]]), 'update');
    expect(c.updates.map((u) => [u.existing.id, u.row.line])).toEqual([
      [7, 2],
      [7, 5],
    ]);
    expect(c.inserts).toHaveLength(1);
    expect(c.inserts[0]).toMatchObject({ line: 4, draft: { title: 'Y' } });
    expect(c.duplicates).toBe(1);
    expect(c.rejects.map((r) => r.row.line)).toEqual([6]);
  });

  it('rejects rows for unknown or inactive units and gives the others the unit id', () => {
    const units: [string, UnitRef | null][] = [
      ['dpupr', { id: 1, code: 'DPUPR', active: true }],
      ['old', { id: 2, code: 'OLD', active: false }],
      ['nope', null],
    ];
    const rows = [valid(2, draft('A', { unit: 'DPUPR' }), 'h2'), valid(3, draft('B', { unit: 'old' }), 'h3'), valid(4, draft('C', { unit: 'nope' }), 'h4')];
    const c = classifyBatch(rows, lookups([], units), 'skip');
    expect(c.inserts.map((r) => [r.line, r.unitId])).toEqual([[2, 1]]);
    expect(c.rejects.map((r) => r.problems[0]!.code)).toEqual(['report.inactiveUnit', 'report.unknownUnit']);
  });

  it('lookupKeys asks for the refs, hashes and units a batch needs, and the ref cells of invalid rows only for updates', () => {
    const rows = [valid(2, draft('A', { ref: 'R1', unit: 'DPUPR' })), valid(3, draft('B'), 'H'), invalid(4, 'R2')];
    expect(lookupKeys(rows, 'update', 0)).toEqual({ refs: ['R1', 'R2'], hashes: ['H'], tickets: [], units: ['dpupr'] });
    expect(lookupKeys(rows, 'skip', 0).refs).toEqual(['R1']);
    expect(
      lookupKeys(
        [
          { ...valid(2, draft('A')), ticket: 'PPU-2026-000007' },
          { ...invalid(3), ticket: 'T2' },
        ],
        'skip',
        0,
      ).tickets,
    ).toEqual(['PPU-2026-000007', 'T2']);
  });

  it('a row naming a stored ticket is that report, valid or not, whatever its ref or content', () => {
    const found: ExistingReport = { ...stored, hash: 'STORED' };
    const named = (row: RowOutcome) => ({ ...row, ticket: stored.ticket });
    const rows = [named(valid(2, draft('A'), 'NEW')), named(invalid(3)), named(valid(4, draft('B', { ref: 'R9' })))];
    const existing = lookups([[`t:${stored.ticket}`, found]]);
    const skip = classifyBatch(rows, existing, 'skip');
    expect(skip).toMatchObject({ inserts: [], updates: [], duplicates: 3, rejects: [] });
    const update = classifyBatch(rows, existing, 'update');
    expect(update.updates.map((u) => [u.row.line, u.existing])).toEqual([
      [2, found],
      [3, found],
      [4, found],
    ]);
    const error = classifyBatch(rows, existing, 'error');
    expect(error.rejects.map((r) => r.problems[0]!.code)).toEqual(['import.duplicateTicket', 'text.tooShort', 'import.duplicateTicket']);
    // A ticket the database does not hold (another agency's export): judged by ref or content as usual.
    const other = classifyBatch([{ ...valid(2, draft('A'), 'H'), ticket: 'XYZ-2026-000001' }], lookups(), 'skip');
    expect(other.inserts).toHaveLength(1);
  });
});
