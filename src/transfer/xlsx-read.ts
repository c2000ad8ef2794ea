/** Reading one sheet of an .xlsx as rows of text cells, streamed: shared strings, date formats, inline strings. */

import { entryPieces, entryText, zipEntries, ZipFormatError, type ZipEntry, type ZipSource } from './xlsx-zip.js';

/**
 * Why our own reader over fflate (already a dependency) and not a library: on the export of
 * 100,000 reports (41 columns, 24 MB), read-excel-file 5 (tried outside the project) builds the
 * whole sheet as a document tree and ran out of memory at 4.3 GB after 70 s of CPU; this reads the
 * sheet's XML a slice at a time and keeps only the shared strings: 3.3 s of CPU, 120 MB peak RSS
 * for the reading alone (2026-12-03, README "Spreadsheets"). What it reads is checked against LibreOffice's own CSV
 * conversion of the same files in test/cli/spreadsheets.test.ts (the reference).
 *
 * Cells come out as the text an admin sees in them, in the form `lapor import` parses: text as
 * is, numbers as written in the file (an integer in full, not 6.4E+15), booleans `true`/`false`,
 * date-formatted numbers as `YYYY-MM-DD` or `YYYY-MM-DD HH:MM:SS` (wall-clock time, no zone).
 * Formulas give their cached result; error cells (`#N/A`) their code.
 */

export interface SheetRow {
  /** Row number in the sheet (1 = first). */
  row: number;
  cells: string[];
}

export interface Workbook {
  sheets: string[];
  /** The rows of a sheet (the first when no name is given), in order, empty rows left out. */
  rows(sheet: string | undefined): Generator<SheetRow>;
}

export class SheetNotFoundError extends Error {
  constructor(
    readonly sheet: string,
    readonly sheets: string[],
  ) {
    super(`no sheet ${sheet}`);
  }
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  let out = text.includes('&')
    ? text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (m, e: string) => {
        if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
        if (e.startsWith('#')) return String.fromCodePoint(Number(e.slice(1)));
        return entities[e] ?? m;
      })
    : text;
  // OOXML's own escape for characters XML cannot hold (_x000D_ for CR); _x005F_ is a literal `_`.
  if (out.includes('_x')) out = out.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  return out;
}

const attrPatterns = new Map<string, RegExp>();

/** An attribute's value; the patterns are compiled once (this runs for every cell). */
function attr(tag: string, name: string): string | undefined {
  let pattern = attrPatterns.get(name);
  if (!pattern) attrPatterns.set(name, (pattern = new RegExp(`\\s${name}="([^"]*)"`)));
  const m = pattern.exec(tag);
  return m ? m[1] : undefined;
}

/** The text of a string item (`<si>` or `<is>`): its `<t>` runs, phonetic runs (`<rPh>`) left out. */
function itemText(xml: string): string {
  const plain = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  let out = '';
  for (const m of plain.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t\s*\/>/g)) out += m[1] ?? '';
  return unescapeXml(out);
}

/** Built-in number formats that are dates or times (ECMA-376 18.8.30), and custom ones by their code. */
const builtinDates = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  return /[ymdhs]/i.test(bare) && !/^general$/i.test(bare);
}

/** For each cell style index: whether its number format is a date. */
function dateStyles(xml: string | undefined): boolean[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(/<numFmt\b[^>]*>/g)) custom.set(Number(attr(m[0], 'numFmtId')), unescapeXml(attr(m[0], 'formatCode') ?? ''));
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? '';
  return [...xfs.matchAll(/<xf\b[^>]*>/g)].map((m) => {
    const id = Number(attr(m[0], 'numFmtId') ?? 0);
    return builtinDates.has(id) || (custom.has(id) && isDateFormat(custom.get(id)!));
  });
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A serial day number as wall-clock text: a whole day as a date, otherwise a date-time (to the second). */
function serialText(serial: number, date1904: boolean): string {
  const ms = Math.round(((serial - (date1904 ? 24_107 : 25_569)) * 86_400_000) / 1000) * 1000;
  const d = new Date(ms);
  const day = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  if (ms % 86_400_000 === 0) return day;
  return `${day} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** A number as written; an integer written with an exponent (6.4090145029E+15) in full. */
function numberText(v: string): string {
  if (!/[eE]/.test(v)) return v;
  const n = Number(v);
  return Number.isInteger(n) && Math.abs(n) < 1e21 ? BigInt(n).toString() : v;
}

function columnIndex(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

function resolveTarget(target: string): string {
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`.replace(/\/\.\//g, '/');
}

/** Opens a workbook (a file or bytes: xlsx-zip.ts); throws ZipFormatError when it is not one. */
export function openWorkbook(buf: ZipSource): Workbook {
  const entries = zipEntries(buf);
  const text = (name: string) => {
    const e = entries.get(name);
    return e ? entryText(buf, e) : undefined;
  };
  const workbook = text('xl/workbook.xml');
  if (workbook === undefined) throw new ZipFormatError('no xl/workbook.xml');
  const rels = new Map<string, string>();
  for (const m of (text('xl/_rels/workbook.xml.rels') ?? '').matchAll(/<Relationship\b[^>]*>/g)) rels.set(attr(m[0], 'Id') ?? '', attr(m[0], 'Target') ?? '');
  const sheets = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => ({
    name: unescapeXml(attr(m[0], 'name') ?? ''),
    path: resolveTarget(rels.get(attr(m[0], 'r:id') ?? '') ?? ''),
  }));
  const date1904 = /<workbookPr\b[^>]*\sdate1904="(1|true)"/.test(workbook);
  return {
    sheets: sheets.map((s) => s.name),
    *rows(name) {
      const sheet = name === undefined ? sheets[0] : (sheets.find((s) => s.name === name) ?? sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()));
      const entry = sheet && entries.get(sheet.path);
      if (!sheet || !entry)
        throw new SheetNotFoundError(
          name ?? '',
          sheets.map((s) => s.name),
        );
      const shared = [...(text('xl/sharedStrings.xml') ?? '').matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) => itemText(m[1] ?? ''));
      yield* sheetRows(buf, entry, { shared, dates: dateStyles(text('xl/styles.xml')), date1904 });
    },
  };
}

interface SheetContext {
  shared: string[];
  dates: boolean[];
  date1904: boolean;
}

const cellPattern = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;

function cellText(attrs: string, body: string, c: SheetContext): string {
  const type = attr(attrs, 't');
  if (type === 'inlineStr') return itemText(/<is>([\s\S]*?)<\/is>/.exec(body)?.[1] ?? '');
  const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
  if (v === undefined) return '';
  if (type === 's') return c.shared[Number(v)] ?? '';
  if (type === 'b') return v === '1' ? 'true' : 'false';
  if (type === 'str' || type === 'e' || type === 'd') return unescapeXml(v);
  const style = Number(attr(attrs, 's') ?? 0);
  return c.dates[style] ? serialText(Number(v), c.date1904) : numberText(v);
}

function parseRow(tag: string, body: string, fallback: number, c: SheetContext): SheetRow {
  const row = Number(attr(tag, 'r') ?? fallback);
  const cells: string[] = [];
  for (const m of body.matchAll(cellPattern)) {
    const attrs = m[1]!;
    const ref = attr(attrs, 'r');
    const at = ref === undefined ? cells.length : columnIndex(ref);
    while (cells.length < at) cells.push('');
    cells[at] = cellText(attrs, m[2] ?? '', c);
  }
  return { row, cells };
}

/** The rows of a sheet's XML, read a slice at a time: only whole `<row>` elements are parsed. */
function* sheetRows(buf: ZipSource, entry: ZipEntry, c: SheetContext): Generator<SheetRow> {
  let carry = '';
  let last = 0;
  for (const piece of entryPieces(buf, entry)) {
    const text = carry + piece;
    let p = 0;
    for (;;) {
      const open = text.indexOf('<row', p);
      if (open < 0) {
        p = Math.max(p, text.length - 4);
        break;
      }
      const next = text.charCodeAt(open + 4);
      // <rowBreaks> and the like, after the data.
      if (next !== 32 && next !== 62 && next !== 47) {
        p = open + 4;
        continue;
      }
      const close = text.indexOf('>', open);
      if (close < 0) break;
      const tag = text.slice(open, close + 1);
      if (tag.endsWith('/>')) {
        p = close + 1;
        last = Number(attr(tag, 'r') ?? last + 1);
        continue;
      }
      const end = text.indexOf('</row>', close);
      if (end < 0) break;
      const row = parseRow(tag, text.slice(close + 1, end), last + 1, c);
      last = row.row;
      p = end + 6;
      if (row.cells.some((cell) => cell !== '')) yield row;
    }
    carry = text.slice(p);
  }
}
