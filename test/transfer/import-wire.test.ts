import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RowReader, type RowOutcome } from '../../src/transfer/import-rows.js';
import { cellsNeeded, packRow, unpackRow } from '../../src/transfer/import-wire.js';
import { loadCategories, loadRegions } from '../../src/data.js';
import { repoRoot } from '../helpers/cli.js';

const env = { now: new Date('2026-11-27T02:00:00Z'), timeZone: 'Asia/Makassar', categories: loadCategories(), regions: loadRegions() };

function rowsOf(file: string): RowOutcome[] {
  return read(fs.readFileSync(path.join(repoRoot, 'data', 'samples', file)));
}

function read(bytes: Buffer): RowOutcome[] {
  const reader = new RowReader({ map: [], ignoreUnknown: true }, env);
  return [...reader.feed(bytes), ...reader.end()];
}

/** Through the structured clone the worker's messages go through, as the worker sends them. */
const cloned = <T>(value: T): T => structuredClone(value);

describe('rows between the import worker and the main thread', () => {
  it('arrive as the reader made them: valid, invalid, anonymous, with warnings', () => {
    const rows = ['pengaduan-loket.csv', 'pengaduan-dengan-kesalahan.csv', 'complaints-en.csv'].flatMap(rowsOf);
    // Anonymous and confidential at once: stored, with a warning.
    rows.push(...read(Buffer.from('title,description,channel,anonymous,confidential\nJalan rusak di Sepaku,Lubang besar di jalan poros,surat,ya,ya\n')));
    expect(rows.some((r) => r.draft === undefined)).toBe(true);
    expect(rows.some((r) => r.draft?.anonymous)).toBe(true);
    expect(rows.some((r) => r.draft && r.problems.length > 0)).toBe(true);
    for (const row of rows) expect(unpackRow(cloned(packRow(row, true)))).toEqual(row);
  });

  it("leave a valid row's cells behind only when nothing can reject or update it later", () => {
    const [valid] = rowsOf('complaints-en.csv');
    const invalid = rowsOf('pengaduan-dengan-kesalahan.csv').find((r) => !r.draft)!;
    const { cells, ...rest } = valid!;
    expect(cells).toBeDefined();
    expect(unpackRow(cloned(packRow(valid!, false)))).toEqual(rest);
    expect(unpackRow(cloned(packRow(invalid, false))).cells).toEqual(invalid.cells);
    expect(cellsNeeded('skip', ['title', 'description', 'channel'])).toBe(false);
    expect(cellsNeeded('skip', ['title', 'unit', null])).toBe(true);
    expect(cellsNeeded('error', ['title'])).toBe(true);
    expect(cellsNeeded('update', ['title'])).toBe(true);
  });
});
