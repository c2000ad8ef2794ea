import { describe, expect, it } from 'vitest';
import { CsvRecords } from '../../src/transfer/import-csv.js';

// The import's fast CSV path must read every input exactly as csv-parse does with the import's
// options: the same cells, the same line numbers, the same errors. csv-parse alone (fast: false)
// is the reference.

interface Outcome {
  records: [string[], number][];
  error?: { code: string; lines: number };
  library: boolean;
}

function read(input: Buffer, fast: boolean, chunks: number[], delimiter = ','): Outcome {
  const records: [string[], number][] = [];
  const csv = new CsvRecords({ delimiter, maxRecordSize: 1_000_000, fast }, (cells, line) => records.push([cells, line]));
  try {
    let at = 0;
    for (let i = 0; at < input.length; i++) {
      const size = chunks[i % chunks.length]!;
      csv.push(input.subarray(at, at + size));
      at += size;
    }
    csv.end();
  } catch (error) {
    const e = error as Error & { code: string; lines: number };
    return { records, error: { code: e.code, lines: e.lines }, library: csv.usesLibrary };
  }
  return { records, library: csv.usesLibrary };
}

function same(text: string | Buffer, chunks: number[], delimiter = ','): Outcome {
  const input = typeof text === 'string' ? Buffer.from(text) : text;
  const reference = read(input, false, [input.length || 1], delimiter);
  const fast = read(input, true, chunks, delimiter);
  expect({ records: fast.records, error: fast.error }, `${JSON.stringify(input.toString())} ${JSON.stringify(chunks)}`).toEqual({
    records: reference.records,
    error: reference.error,
  });
  return fast;
}

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): (n: number) => number {
  let s = seed;
  return (n) => {
    s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff;
    return s % n;
  };
}

const pieces = [
  'a',
  'jalan rusak',
  'é',
  'Lubang 😀',
  ' ',
  '',
  '"',
  '""',
  '"x"',
  '"a,b"',
  '"a;b"',
  '"a""b"',
  '"dua\nbaris"',
  '"dua\r\nbaris"',
  '"odd"x',
  'x"y',
  '5" pipa',
  '\t',
  '"tutup',
  '"a"""',
  '" "',
  '"\r"',
  '"\n\n"',
  ',',
  ';',
];
const breaks = ['\r\n', '\r\n', '\r\n', '\n', '\r', ''];
/** What a spreadsheet writes: unquoted text (a quote inside is kept), or one properly quoted field. */
const unquoted = ['a', 'jalan rusak', 'é', 'Lubang 😀', ' ', '', 'x"y', '5" pipa', ',', ';', '\t'];
const quoted = ['""', '"x"', '"a,b"', '"a;b"', '"a""b"', '"dua\nbaris"', '"dua\r\nbaris"', '"a"""', '" "', '"\n\n"', '"\r\n"'];

function field(rnd: (n: number) => number, odd: boolean): string {
  if (odd) return rnd(3) === 0 ? pieces[rnd(pieces.length)]! + pieces[rnd(pieces.length)]! : pieces[rnd(pieces.length)]!;
  if (rnd(3) === 0) return quoted[rnd(quoted.length)]!;
  const text = unquoted[rnd(unquoted.length)]! + unquoted[rnd(unquoted.length)]!;
  return text.startsWith('"') ? text.slice(1) : text;
}

function generate(rnd: (n: number) => number, delimiter: string, odd: boolean): string {
  const style = rnd(3) === 0 ? '\n' : '\r\n';
  const lines: string[] = [];
  for (let r = rnd(odd ? 8 : 40); r >= 0; r--) {
    const fields: string[] = [];
    for (let f = rnd(5); f >= 0; f--) fields.push(field(rnd, odd));
    lines.push(fields.join(delimiter));
  }
  let text = '';
  for (const line of lines) text += line + (odd && rnd(6) === 0 ? breaks[rnd(breaks.length)]! : style);
  return rnd(4) === 0 ? text.replace(/\r?\n$/, '') : text;
}

describe('the fast CSV path reads what csv-parse reads', () => {
  it('on thousands of generated inputs, chunked at random, with each delimiter', () => {
    const rnd = random(7);
    let oddToLibrary = 0;
    let wellFormedToLibrary = 0;
    for (let i = 0; i < 6000; i++) {
      const delimiter = [',', ';', '\t', '|'][i % 4]!;
      const odd = i % 2 === 0;
      const chunks = [1 + rnd(40), 1 + rnd(5), 1 + rnd(200)];
      const out = same(generate(rnd, delimiter, odd), chunks, delimiter);
      if (out.library && odd) oddToLibrary++;
      if (out.library && !odd) wellFormedToLibrary++;
    }
    // Odd input is there to exercise the hand-over; well-formed input never needs csv-parse.
    expect(oddToLibrary).toBeGreaterThan(1000);
    expect(wellFormedToLibrary).toBe(0);
  });

  it('takes the fast path on what spreadsheets write, including quoted line breaks and multi-byte text', () => {
    const excel = '\uFEFFjudul;isi;saluran\r\n"Jalan; rusak";"Lubang ""besar""\r\nsejak Oktober";surat\r\n;;\r\n\r\nCafé;Air 😀 mati;telepon\r\n';
    const out = same(excel.slice(1), [7, 3, 64], ';');
    expect(out.library).toBe(false);
    expect(out.records).toEqual([
      [['judul', 'isi', 'saluran'], 1],
      [['Jalan; rusak', 'Lubang "besar"\r\nsejak Oktober', 'surat'], 2],
      [['Café', 'Air 😀 mati', 'telepon'], 6],
    ]);
    const unix = same('title,description\na,"b\nc"\n"",\n  ,\nx,y', [5]);
    expect(unix.library).toBe(false);
    expect(unix.records).toEqual([
      [['title', 'description'], 1],
      [['a', 'b\nc'], 2],
      [['x', 'y'], 6],
    ]);
    // A skipped blank record with a quoted CRLF still moves the line count on by its two lines.
    expect(same('a\r\n"\r\n"\r\nb\r\n', [2]).records).toEqual([
      [['a'], 1],
      [['b'], 4],
    ]);
  });

  it('reads a big file a piece at a time, whatever the chunks', () => {
    const rnd = random(3);
    const lines = ['ref;judul;isi'];
    for (let i = 0; i < 20_000; i++) lines.push(`R-${i};${field(rnd, false)};${rnd(5) === 0 ? `"Café ""${i}""\r\nbaris 😀"` : `Air mati ${i}`}`);
    const text = `${lines.join('\r\n')}\r\n`;
    expect(text.length).toBeGreaterThan(400_000);
    for (const chunks of [[262_144], [65_536, 1, 100_003], [1_000_000]]) expect(same(text, chunks, ';').library).toBe(false);
  });

  it('names the line an unclosed quote starts on, past blank lines and quoted line breaks', () => {
    const cases: [string, number][] = [
      ['a,b\r\nc,d\r\n\r\n\r\n"e,f\r\ng\r\n', 5],
      ['a,b\nc,"d\n\nx"\n\n"e,f\ng\n', 6],
      ['a,b\r\n"c\r\nd",e\r\n\r\n"e,f\r\ng\r\n', 5],
    ];
    for (const [text, line] of cases) {
      for (const chunks of [[text.length], [3, 7]]) expect(same(text, chunks).error).toEqual({ code: 'CSV_QUOTE_NOT_CLOSED', lines: line });
    }
  });

  it('hands odd input to csv-parse from the record where it starts, keeping line numbers', () => {
    for (const text of ['a,b\r\nc,"d"e\r\nf,g\r\n', 'a,b\nc\rd\ne,f\n', 'a,b\r\nc\nd\r\ne\r\n', 'a,b\r\n"x\r\n\r\ny\r\n', 'a\rb\rc\r']) {
      expect(same(text, [3, 100]).library, JSON.stringify(text)).toBe(true);
    }
    // csv-parse reports the line it reached (a quoted CRLF counts twice there); the records before it are kept.
    const unclosed = same('a,b\r\nc,d\r\n"x,y\r\n\r\nz\r\n', [4]);
    expect(unclosed.error?.code).toBe('CSV_QUOTE_NOT_CLOSED');
    expect(unclosed.records).toEqual([
      [['a', 'b'], 1],
      [['c', 'd'], 2],
    ]);
  });

  it('leaves records near the size limit to csv-parse', () => {
    // 300,000 characters: under the limit, but csv-parse's to read; 1.2 MB of 'é': over it.
    const long = `a,b\n${'x'.repeat(300_000)},c\n"${'é'.repeat(600_000)}",d\nlast,row\n`;
    const out = same(long, [65_536]);
    expect(out.records.map(([cells, line]) => [cells[0]!.length, line])).toEqual([
      [1, 1],
      [300_000, 2],
    ]);
    expect(out.error).toEqual({ code: 'CSV_MAX_RECORD_SIZE', lines: 3 });
    expect(same(`a\n"${'y'.repeat(2_000_000)}`, [262_144]).error?.code).toBe('CSV_MAX_RECORD_SIZE');
  });
});
