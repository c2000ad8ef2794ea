import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { encodeRow, excelText, neutralizeFormula, restoreExcelText } from '../../src/domain/csv.js';

describe('our CSV encoder against csv-parse', () => {
  it('round-trips awkward cells exactly', () => {
    const rows = [
      ['plain', 'with,comma', 'with "quotes"', 'multi\nline', 'crlf\r\nline', '', 'ümlaut ñ 日本'],
      ['+6281234567890', '2026-11-27', '12', 'x'.repeat(100_000), ' leading space', 'trailing ', '"'],
    ];
    const text = rows.map((r) => encodeRow(r)).join('');
    expect(parse(text, { relax_column_count: false })).toEqual(rows);
  });

  it('neutralises formula starts only in free-text columns', () => {
    const line = encodeRow(['=SUM(A1)', '+6281234567890', '-5', '@cmd', '\tx'], [true, false, false, true, true]);
    expect(parse(line)).toEqual([["'=SUM(A1)", '+6281234567890', '-5', "'@cmd", "'\tx"]]);
    expect(neutralizeFormula('normal')).toBe('normal');
    // A cell that already starts with a quote before a formula character gets one more, so restoring is exact.
    expect(parse(encodeRow(["'=x", "'plain"], [true, true]))).toEqual([["''=x", "'plain"]]);
  });
});

describe('identifiers for Excel (--excel)', () => {
  it('wraps what Excel would read as a number, and import unwraps exactly that', () => {
    for (const value of ['6409014502900003', '+6281234567890', '0812-3456-7890', '64.09.04', '001234', '(0542) 123 456', '2026/11/20'])
      expect([excelText(value), restoreExcelText(excelText(value))]).toEqual([`="${value}"`, value]);
    for (const value of ['PPU-2026-000001', 'Jalan rusak', '', '12a', '="x"']) {
      expect(excelText(value)).toBe(value);
      expect(restoreExcelText(value)).toBe(value);
    }
  });
});
