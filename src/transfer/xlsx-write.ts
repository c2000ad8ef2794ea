/** A streaming .xlsx writer over fflate: one sheet of typed cells, the header row frozen, column widths set. */

import zlib from 'node:zlib';
import { Zip, ZipDeflate, strToU8, type AsyncFlateStreamHandler, type ZipInputFile } from 'fflate';

/**
 * Why our own writer and not write-excel-file (which writes the recap): that library takes the
 * whole sheet as an array of cell objects and builds it in memory; 100,000 reports (25 of our 41
 * columns) took 25.7 s of CPU and 993 MB peak RSS (2026-12-03, README "Spreadsheets"), far over
 * the 200 MB budget. This one streams rows into the zip as they come: `lapor export --format
 * xlsx` of the same 100,000 reports, all 41 columns, 3.8 s of CPU and 134 MB peak RSS. The files
 * are checked by converting them with LibreOffice in test/cli/spreadsheets.test.ts.
 *
 * Cell kinds: `text` (a string cell), `id` (a string cell formatted as Text `@`, so NIK, phones,
 * tickets and codes stay text when an admin edits them), `date` and `datetime` (serial numbers
 * with a date format: zone-less wall-clock time, as spreadsheets hold it), `bool`.
 */
export type XlsxKind = 'text' | 'id' | 'date' | 'datetime' | 'bool';

export interface XlsxColumn {
  header: string;
  kind: XlsxKind;
  /** Width in characters. */
  width: number;
}

/** A value: a string for text/id, a serial day number for date/datetime (see serialOf), a boolean for bool. */
export type XlsxValue = string | number | boolean | null | undefined;

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Style indexes of cellXfs below. */
const STYLE = { text: 0, date: 1, datetime: 2, header: 3, id: 4 } as const;

const contentTypes = `${HEAD}<Types xmlns="${PKG}/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`;
const rootRels = `${HEAD}<Relationships xmlns="${PKG}/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const workbookRels = `${HEAD}<Relationships xmlns="${PKG}/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/></Relationships>`;
const xf = (numFmtId: number, fontId = 0) =>
  `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="0" borderId="0" xfId="0"${numFmtId > 0 ? ' applyNumberFormat="1"' : ''}${fontId > 0 ? ' applyFont="1"' : ''}/>`;
const styles =
  `${HEAD}<styleSheet xmlns="${MAIN}"><numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/><numFmt numFmtId="165" formatCode="yyyy-mm-dd hh:mm:ss"/></numFmts>` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  `<cellXfs count="5">${xf(0)}${xf(164)}${xf(165)}${xf(49, 1)}${xf(49)}</cellXfs>` +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/** Column letters: 0 -> A, 26 -> AA. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Days since 1899-12-30 (the 1900 date system) of a zone-less wall-clock time in epoch ms. */
export function serialOf(wallMs: number): number {
  return wallMs / 86_400_000 + 25_569;
}

// Characters XML 1.0 cannot hold go in as OOXML's _xHHHH_ escapes; a literal _xHHHH_ gets its `_` escaped.
const needsEscape = /[&<>\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|_x[0-9A-Fa-f]{4}_/;
const escapes = /[&<>\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|_(?=x[0-9A-Fa-f]{4}_)/g;
const hex4 = (c: string) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`;
const entity: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

export function xmlText(text: string): string {
  if (!needsEscape.test(text)) return text;
  return text.replace(escapes, (c) => entity[c] ?? hex4(c));
}

function stringCell(ref: string, text: string, style: number): string {
  const space = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}" t="inlineStr"${style ? ` s="${style}"` : ''}><is><t${space}>${xmlText(text)}</t></is></c>`;
}

/**
 * A zip entry deflated by Node's zlib (native) instead of fflate's JavaScript deflate, which was
 * two thirds of the writer's time. Each piece is deflated on its own with a sync flush, so the
 * pieces join into one deflate stream (the last one finishes it); fflate's Zip writes the headers.
 */
class NativeDeflate implements ZipInputFile {
  readonly compression = 8;
  size = 0;
  crc = 0;
  ondata?: AsyncFlateStreamHandler;

  constructor(readonly filename: string) {}

  push(text: string, final: boolean): void {
    const bytes = Buffer.from(text);
    this.size += bytes.length;
    this.crc = zlib.crc32(bytes, this.crc);
    const flush = final ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH;
    this.ondata!(null, zlib.deflateRawSync(bytes, { level: 1, finishFlush: flush }), final);
  }
}

/** Streams one sheet into an .xlsx: header row first, then `row()` per row, then `finish()`. */
export class XlsxWriter {
  private readonly zip: Zip;
  private readonly sheet: NativeDeflate;
  private readonly letters: string[];
  private buffer = '';
  private rowNumber = 1;

  constructor(
    private readonly columns: readonly XlsxColumn[],
    sheetName: string,
    out: (chunk: Uint8Array) => void,
  ) {
    this.zip = new Zip((error, data) => {
      if (error) throw error;
      out(data);
    });
    const file = (name: string, text: string) => {
      const part = new ZipDeflate(name, { level: 6 });
      this.zip.add(part);
      part.push(strToU8(text), true);
    };
    file('[Content_Types].xml', contentTypes);
    file('_rels/.rels', rootRels);
    file('xl/_rels/workbook.xml.rels', workbookRels);
    file('xl/styles.xml', styles);
    file(
      'xl/workbook.xml',
      `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="${xmlText(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    );
    this.sheet = new NativeDeflate('xl/worksheets/sheet1.xml');
    this.zip.add(this.sheet);
    this.letters = columns.map((_, i) => columnLetters(i));
    const cols = columns.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>`).join('');
    this.buffer =
      `${HEAD}<worksheet xmlns="${MAIN}"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>` +
      `<cols>${cols}</cols><sheetData><row r="1">${columns.map((c, i) => stringCell(`${this.letters[i]}1`, c.header, STYLE.header)).join('')}</row>`;
  }

  row(values: readonly XlsxValue[]): void {
    const n = ++this.rowNumber;
    let xml = `<row r="${n}">`;
    for (let i = 0; i < this.columns.length; i++) {
      const v = values[i];
      if (v === null || v === undefined || v === '') continue;
      const ref = `${this.letters[i]}${n}`;
      const kind = this.columns[i]!.kind;
      if (kind === 'bool') xml += `<c r="${ref}" t="b"><v>${v === true || v === 1 ? 1 : 0}</v></c>`;
      else if (typeof v === 'number') xml += `<c r="${ref}" s="${kind === 'date' ? STYLE.date : STYLE.datetime}"><v>${v}</v></c>`;
      else xml += stringCell(ref, String(v), kind === 'id' ? STYLE.id : STYLE.text);
    }
    this.buffer += `${xml}</row>`;
    if (this.buffer.length >= 1 << 18) this.flush(false);
  }

  private flush(final: boolean): void {
    this.sheet.push(this.buffer, final);
    this.buffer = '';
  }

  finish(): void {
    this.buffer += '</sheetData></worksheet>';
    this.flush(true);
    this.zip.end();
  }
}
