/** CSV encoding (RFC 4180) and the formula rule, ours for speed. */

/**
 * CSV encoding (RFC 4180). Kept small and ours because issue 4 needs a fast
 * encoder (csv-stringify measured ~4.4x slower than sqlite3 -csv here); the
 * round-trip against csv-parse is tested in test/domain/csv.test.ts.
 * No imports: `list --format csv` loads this on every run, and it is a leaf every layer may use
 * (io's renderer, store's export reader, transfer), so none of them imports another for it.
 */
const needsQuote = /[",\r\n]/;

export type Cell = string | number | boolean | null | undefined;

/*
 * The formula rule. A spreadsheet runs a cell starting with = + - @ TAB or CR as a formula, so
 * such a free-text cell gets a leading quote. To make the rule reversible, a cell that already
 * starts with quotes followed by one of those characters gets one more quote: restoreFormula
 * strips exactly one quote from any cell of that form and leaves every other cell alone.
 * Typed columns (E.164 phones, numbers, dates) are never neutralised: `+6281...` stays a phone.
 */
const needsNeutralizing = /^'*[=+\-@\t\r]/;
const neutralized = /^'+[=+\-@\t\r]/;

export function neutralizeFormula(text: string): string {
  return needsNeutralizing.test(text) ? `'${text}` : text;
}

/** The inverse of neutralizeFormula, for re-importing our own export. */
export function restoreFormula(text: string): string {
  return neutralized.test(text) ? text.slice(1) : text;
}

/*
 * Identifiers for Excel (`lapor export --excel`). Excel opening a CSV turns `6409014502900003`
 * into 6.40901E+15 (and loses its last digit), `+6281...` into a number without its `+`, `0812`
 * into 812 and `64.09` into a number. Written as the formula `="6409014502900003"`, the cell holds
 * exactly that text in Excel and in LibreOffice (checked with soffice in
 * test/cli/spreadsheets.test.ts: a string cell, the value unchanged), and a sheet saved again as
 * CSV holds the plain value. The alternatives keep a visible character in the value: a leading
 * apostrophe stays in the cell text in both programs when opening a CSV, a leading tab stays
 * inside the text. Only values that look like numbers are wrapped; import unwraps exactly this form.
 */
const numberLike = /^[+-]?\(?\d[\d .,/:()-]*$/;
const wrappedNumber = /^="([+-]?\(?\d[\d .,/:()-]*)"$/;

export function excelText(text: string): string {
  return numberLike.test(text) ? `="${text}"` : text;
}

/** The inverse of excelText, for re-importing an `--excel` export. */
export function restoreExcelText(text: string): string {
  const m = wrappedNumber.exec(text);
  return m ? m[1]! : text;
}

// A quoted cell (after a separator, or at the start of the line) whose text starts like a formula.
// Inside a quoted cell every `"` is doubled, so `,"` followed by anything but `"` is a cell start.
// A fixed first character and a lookahead instead of `(^|,)` and two captures: the same matches in
// 60% of the time (35 ms per 200,000 lines of bench/export.js), as the line start is checked apart.
const quotedFormulaCell = /,"(?='*[=+\-@\t\r])/g;
const quotedFormulaFirst = /^"(?='*[=+\-@\t\r])/;

/**
 * The formula rule on a whole CSV line whose free-text cells are all quoted and whose other
 * cells never start with `"` (what `lapor export` reads from SQLite): the same result as
 * neutralizeFormula on each free-text cell, in one regex pass instead of a split.
 */
export function neutralizeQuotedLine(line: string): string {
  const rest = line.replace(quotedFormulaCell, `,"'`);
  return line.charCodeAt(0) === 34 ? rest.replace(quotedFormulaFirst, `"'`) : rest;
}

/** Characters a formula check must look at: = + - @ TAB CR and the quote. */
function mayBeFormula(text: string): boolean {
  const c = text.charCodeAt(0);
  return c === 61 || c === 43 || c === 45 || c === 64 || c === 9 || c === 13 || c === 39;
}

/** One text cell: the hot path of `lapor export`, so the common case costs one regex test. */
export function encodeText(text: string, freeText: boolean): string {
  if (freeText && mayBeFormula(text)) text = neutralizeFormula(text);
  return needsQuote.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function encodeCell(value: Cell, freeText = false): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return encodeText(value, freeText);
  const text = typeof value === 'boolean' ? (value ? 'true' : 'false') : String(value);
  return encodeText(text, freeText);
}

export function encodeRow(values: readonly Cell[], freeText?: readonly boolean[]): string {
  let line = '';
  for (let i = 0; i < values.length; i++) {
    if (i > 0) line += ',';
    line += encodeCell(values[i], freeText?.[i] ?? false);
  }
  return `${line}\r\n`;
}
