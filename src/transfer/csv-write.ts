/**
 * CSV encoding (RFC 4180). Kept small and ours because issue 4 needs a fast
 * encoder (csv-stringify measured ~4.4x slower than sqlite3 -csv here); the
 * round-trip against csv-parse is tested in test/transfer/csv-write.test.ts.
 */
const needsQuote = /[",\r\n]/;
const formulaStart = /^[=+\-@\t\r]/;

export type Cell = string | number | boolean | null | undefined;

/**
 * A spreadsheet runs a cell starting with = + - @ TAB or CR as a formula. For
 * free-text columns we prefix a single quote; typed columns (E.164 phones,
 * numbers, dates) are left alone so a re-import round-trips exactly.
 */
export function neutralizeFormula(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

export function encodeCell(value: Cell, freeText = false): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'boolean' ? (value ? 'true' : 'false') : String(value);
  if (freeText) text = neutralizeFormula(text);
  return needsQuote.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function encodeRow(values: readonly Cell[], freeText?: readonly boolean[]): string {
  let line = '';
  for (let i = 0; i < values.length; i++) {
    if (i > 0) line += ',';
    line += encodeCell(values[i], freeText?.[i] ?? false);
  }
  return `${line}\r\n`;
}
