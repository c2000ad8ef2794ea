import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CsvRecords } from '../../src/transfer/import-csv.js';

// Issue 10, item 8 (property-based part, for the CSV reader): random and adversarial input never
// crashes or hangs it, the fast path reads exactly what csv-parse reads, and what was written as
// CSV comes back exactly, whatever the chunking.

type Outcome = { records: [string[], number][]; error?: string };

function read(input: Buffer, chunks: number[], fast: boolean): Outcome {
  const records: [string[], number][] = [];
  const csv = new CsvRecords({ delimiter: ',', maxRecordSize: 10_000, fast }, (cells, line) => records.push([cells, line]));
  try {
    let at = 0;
    for (let i = 0; at < input.length; i++) {
      const size = chunks[i % chunks.length]!;
      csv.push(input.subarray(at, at + size));
      at += size;
    }
    csv.end();
  } catch (error) {
    const code = (error as { code?: string }).code;
    // Only csv-parse's own input errors may come out: anything else is a bug.
    if (typeof code !== 'string' || !code.startsWith('CSV_')) throw error;
    return { records, error: code };
  }
  return { records };
}

/** Characters that matter to a CSV reader, and some that do not. */
const csvChar = fc.constantFrom(',', '"', '\n', '\r', '\r\n', ' ', 'a', 'é', '漢', '😀', '\t', ';', '\u0000');
const soup = fc.array(csvChar, { maxLength: 300 }).map((parts) => parts.join(''));
const chunking = fc.array(fc.integer({ min: 1, max: 64 }), { minLength: 1, maxLength: 5 });

const quote = (cell: string) => `"${cell.replaceAll('"', '""')}"`;

describe('CSV reader properties', () => {
  it('adversarial input: the fast path reads exactly what csv-parse reads, never another error', () => {
    fc.assert(
      fc.property(soup, chunking, (text, chunks) => {
        const input = Buffer.from(`title,description\n${text}`);
        const fast = read(input, chunks, true);
        const reference = read(input, [input.length || 1], false);
        expect(fast).toEqual(reference);
      }),
      { numRuns: 1500 },
    );
  });

  it('what is written as CSV comes back exactly, cell by cell, in any chunking', () => {
    const cell = fc.array(csvChar, { maxLength: 20 }).map((parts) => parts.join(''));
    const rows = fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 20 });
    fc.assert(
      fc.property(rows, chunking, fc.boolean(), (table, chunks, crlf) => {
        const eol = crlf ? '\r\n' : '\n';
        const text = ['a,b,c', ...table.map((r) => r.map(quote).join(','))].join(eol) + eol;
        const got = read(Buffer.from(text), chunks, true);
        expect(got.error).toBeUndefined();
        // csv-parse's skip_records_with_empty_values: rows of blanks only are skipped.
        const kept = [['a', 'b', 'c'], ...table].filter((r) => r.some((c) => c.trim() !== ''));
        expect(got.records.map(([cells]) => cells)).toEqual(kept);
      }),
      { numRuns: 1000 },
    );
  });
});
