import { describe, expect, it } from 'vitest';
import { fitColumns, textWidth, wrapText } from '../../src/io/table-layout.js';

const col = (natural: number, opts: { shrink?: boolean; hide?: number; compact?: number; min?: number } = {}) => ({
  natural,
  compact: opts.compact ?? natural,
  shrink: opts.shrink ?? false,
  hide: opts.hide,
  min: opts.min,
});
const rowWidth = (widths: number[]) => {
  const shown = widths.filter((w) => w > 0);
  return shown.reduce((a, b) => a + b, 0) + 2 * (shown.length - 1);
};

describe('fitColumns', () => {
  it('keeps natural widths when they fit, or when there is no width (piped)', () => {
    expect(fitColumns([col(10), col(30, { shrink: true })], 80)).toEqual({ widths: [10, 30], hidden: [] });
    expect(fitColumns([col(10), col(300, { shrink: true })], undefined)).toEqual({ widths: [10, 300], hidden: [] });
  });

  it('cuts long free text to 30 columns, then wraps headers, then cuts free text further', () => {
    const columns = [col(10), col(12, { compact: 6 }), col(100, { shrink: true })];
    expect(fitColumns(columns, 60).widths).toEqual([10, 12, 34]);
    expect(fitColumns(columns, 50).widths).toEqual([10, 6, 30]);
    expect(fitColumns(columns, 40).widths).toEqual([10, 6, 20]);
  });

  it('leaves out optional columns before cutting free text below its minimum', () => {
    const fit = fitColumns([col(15), col(10, { hide: 1 }), col(11), col(80, { shrink: true }), col(24, { shrink: true, min: 24 })], 80);
    expect(fit.hidden).toEqual([1]);
    expect(rowWidth(fit.widths)).toBeLessThanOrEqual(80);
    expect(fit.widths[3]).toBeGreaterThanOrEqual(20);
    expect(fit.widths[4]).toBe(24);
  });

  it('cuts every column when nothing else helps', () => {
    const tight = fitColumns([col(30), col(30), col(30)], 40);
    expect(rowWidth(tight.widths)).toBeLessThanOrEqual(40);
  });
});

describe('wrapText and textWidth', () => {
  it('wraps at word boundaries, cuts words longer than the width, and keeps line feeds', () => {
    expect(wrapText('satu dua tiga empat', 9)).toEqual(['satu dua', 'tiga', 'empat']);
    expect(wrapText('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrapText('a\nb', 10)).toEqual(['a', 'b']);
    expect(wrapText('tidak dibungkus', undefined)).toEqual(['tidak dibungkus']);
  });

  it('counts code points and ignores our colours', () => {
    expect(textWidth('\u001b[1m─…\u001b[22m')).toBe(2);
  });
});
