import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { RowReader, rowHash, type RowOutcome } from '../../src/transfer/import-rows.js';
import { InputDecoder, InputError, detectDelimiter, parseDelimiter, parseEncoding } from '../../src/transfer/import-decode.js';
import { mapHeaders, normalizeHeader, parseMapOptions } from '../../src/transfer/import-headers.js';
import { loadCategories, loadRegions } from '../../src/data.js';

const env = { now: new Date('2026-11-27T02:00:00Z'), timeZone: 'Asia/Makassar', categories: loadCategories(), regions: loadRegions() };

function read(input: Buffer | string, opts: Partial<ConstructorParameters<typeof RowReader>[0]> = {}, chunk = 0): RowOutcome[] {
  const reader = new RowReader({ map: [], ignoreUnknown: false, ...opts }, env);
  const bytes = typeof input === 'string' ? Buffer.from(input) : input;
  const rows: RowOutcome[] = [];
  if (chunk > 0) for (let i = 0; i < bytes.length; i += chunk) rows.push(...reader.feed(bytes.subarray(i, i + chunk)));
  else rows.push(...reader.feed(bytes));
  rows.push(...reader.end());
  return rows;
}

function failure(fn: () => unknown): InputError {
  try {
    fn();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('headers', () => {
  it('accepts canonical names, Indonesian names and spreadsheet spellings', () => {
    const m = mapHeaders(['\uFEFFJudul', 'Isi Laporan', 'SALURAN', 'No. HP', 'nama_pelapor', 'Tanggal Diterima', 'reporter_name '], {});
    expect(m.fields).toEqual(['title', 'description', 'channel', 'phone', 'reporter_name', 'received_at', 'reporter_name']);
    expect(m.problems.map((p) => p.code)).toEqual(['import.duplicateColumn']);
    expect(normalizeHeader(' No. HP ')).toBe('no_hp');
  });

  it('refuses unknown columns unless ignored, and names the missing required ones', () => {
    const m = mapHeaders(['judul', 'Keluhan', 'warna'], {});
    expect(m.problems.map((p) => p.code)).toEqual(['import.unknownColumns', 'import.missingColumns']);
    expect(m.problems[0]!.params.columns).toBe('"Keluhan", "warna"');
    expect(m.problems[1]!.params.fields).toBe('description, channel');
    const ignored = mapHeaders(['judul', 'Keluhan', 'saluran', 'warna'], { ignoreUnknown: true, map: parseMapOptions(['keluhan=description']).map });
    expect(ignored.fields).toEqual(['title', 'description', 'channel', null]);
    expect(ignored.problems).toEqual([]);
  });

  it('knows the extra columns of our own export and of a rejects file', () => {
    expect(mapHeaders(['ticket', 'status', 'title', 'description', 'channel', 'line', 'reason'], {}).problems).toEqual([]);
  });

  it('checks --map values', () => {
    expect(parseMapOptions(['Nama Warga=reporter_name']).map.get('nama warga')).toBe('reporter_name');
    expect(parseMapOptions(['Nama Warga=warna', 'no-equals']).problems).toHaveLength(2);
  });
});

describe('encodings and delimiters', () => {
  it('detects the delimiter of the header line, outside quotes', () => {
    expect(detectDelimiter('judul;isi;saluran')).toBe(';');
    expect(detectDelimiter('"a;b",c,d')).toBe(',');
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
    expect(parseDelimiter('tab')).toBe('\t');
    expect(parseDelimiter('ab')).toBeUndefined();
    expect(parseEncoding('CP1252')).toBe('windows-1252');
    expect(parseEncoding('latin1')).toBe('windows-1252');
    expect(parseEncoding('ebcdic')).toBeUndefined();
  });

  it('passes UTF-8 through, keeping characters split across chunks', () => {
    const decoder = new InputDecoder();
    const bytes = Buffer.from('\uFEFFtitle\nKélurahan 💡 Sepaku\n');
    const out: Buffer[] = [];
    for (const b of bytes) out.push(decoder.push(Buffer.from([b])));
    out.push(decoder.end());
    expect(Buffer.concat(out).toString()).toBe('title\nKélurahan 💡 Sepaku\n');
    expect(decoder.hadBom).toBe(true);
  });

  it('stops on bytes that are not UTF-8 and points at the line, suggesting --encoding', () => {
    const bytes = Buffer.concat([
      Buffer.from('title,description,channel\nJalan,Lubang di jalan poros,surat\n'),
      Buffer.from([0x43, 0x61, 0x66, 0xe9]),
      Buffer.from(',Kopi,surat\n'),
    ]);
    const error = failure(() => read(bytes, {}, 7));
    expect(error.code).toBe('import.notUtf8');
    expect(error.params.line).toBe(3);
  });

  it('reads Windows-1252 and UTF-16 (Excel "Unicode text")', () => {
    const cp1252 = Buffer.from('title;description;channel\r\nCaf\xe9 \x93Sepaku\x94;Pelayanan lambat di kafe;surat\r\n', 'latin1');
    expect(read(cp1252, { encoding: 'windows-1252' })[0]!.draft!.title).toBe('Café “Sepaku”');
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('title\tdescription\tchannel\r\nJalan rusak\tLubang besar di jalan\tsurat\r\n', 'utf16le'),
    ]);
    const [row] = read(utf16, {}, 5);
    expect(row!.draft).toMatchObject({ title: 'Jalan rusak', channel: 'letter' });
  });
});

describe('rows', () => {
  const excel =
    '\uFEFFjudul;isi;saluran;no_hp\r\nJalan rusak;"Lubang besar\r\ndi ""jalan"" poros; sejak Oktober";tatap muka;0812-3456-7890\r\n;;;\r\n\r\nLampu mati;Lampu jalan mati dua minggu;telepon;12\r\n';

  it('reads what Excel writes: BOM, semicolons, CRLF, quoted newlines and quotes, empty rows', () => {
    for (const chunk of [0, 1, 3, 64]) {
      const rows = read(excel, {}, chunk);
      expect(rows.map((r) => r.line)).toEqual([2, 6]);
      expect(rows[0]!.draft).toMatchObject({ title: 'Jalan rusak', description: 'Lubang besar\ndi "jalan" poros; sejak Oktober', channel: 'walk-in' });
      expect(rows[0]!.draft!.reporter.phone).toBe('+6281234567890');
      expect(rows[1]!.draft).toBeUndefined();
      expect(rows[1]!.problems.map((p) => `${p.field}:${p.code}`)).toEqual(['phone:phone.tooShort']);
    }
  });

  it('gives the same cells as csv-parse on its own', () => {
    const text = 'title,description,channel\r\n"a ""b""","multi\nline, with comma",surat\r\nplain,"x\r\n\r\ny",email\r\n';
    const rows = read(text);
    expect(rows.map((r) => r.cells)).toEqual((parse(text) as string[][]).slice(1));
    expect(rows.map((r) => r.line)).toEqual([2, 4]);
  });

  it('reports a row with more cells than the header, and an unclosed quote', () => {
    const [row] = read('title,description,channel\nJalan rusak,Lubang, besar,surat\n');
    expect(row!.problems[0]).toMatchObject({ code: 'import.extraCells', params: { count: 4, expected: 3 } });
    const error = failure(() => read('title,description,channel\nJalan rusak,"Lubang besar,surat\nLampu,mati,surat\n'));
    expect(error.code).toBe('import.unclosedQuote');
    // The line the broken record starts on, not the end of the file where csv-parse notices it.
    const later = failure(() =>
      read('title,description,channel\nLampu,"mati\ndua hari",surat\nJalan,ok,surat\nJalan rusak,"Lubang besar,surat\nLampu,mati,surat\n\n'),
    );
    expect(later.params).toEqual({ line: 5 });
  });

  it('hashes a row by its fields, not by column order or ignored columns', () => {
    const a = read('title,description,channel,warna\nJalan rusak,Lubang besar di jalan,surat,merah\n', { ignoreUnknown: true })[0]!;
    const b = read('channel,description,title\nsurat, Lubang besar di jalan ,Jalan rusak\n')[0]!;
    expect(a.hash).toBe(b.hash);
    expect(rowHash({ title: 'x' })).not.toBe(rowHash({ title: 'y' }));
    expect(read('title,description,channel,ref\nJalan rusak,Lubang besar di jalan,surat,SRT-1\n')[0]!.hash).toBeUndefined();
  });

  it('undoes the formula quote of our export in free-text columns only', () => {
    const [row] = read("title,description,channel,phone\n'=Jalan rusak,'+ Lubang besar di jalan,surat,+6281234567890\n");
    expect(row!.draft).toMatchObject({ title: '=Jalan rusak', description: '+ Lubang besar di jalan' });
    expect(row!.draft!.reporter.phone).toBe('+6281234567890');
  });

  it('fails on a header problem or an empty file', () => {
    expect(failure(() => read('judul,warna\n')).code).toBe('import.unknownColumns');
    expect(failure(() => read('')).code).toBe('import.empty');
  });
});
