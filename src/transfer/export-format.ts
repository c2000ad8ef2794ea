/** Row encoders: CSV from the lines the store builds, JSON and NDJSON. */

import type { ExportColumn, HeaderLang } from './columns.js';
import { headerOf } from './columns.js';
import { encodeText, excelText, neutralizeFormula, neutralizeQuotedLine } from '../domain/csv.js';

/** Turns rows (arrays in column order) into the text of one format. */
export interface RowEncoder<R = readonly unknown[]> {
  header(): string;
  row(values: R): string;
  /** What separates rows (JSON arrays need commas between objects). */
  readonly separator: string;
  footer(): string;
}

/** CSV from the lines the store builds (snapshot.csvLines): only the formula rule is left to do. */
export function csvEncoder(columns: readonly ExportColumn[], lang: HeaderLang): RowEncoder<string> {
  return {
    header: () => `${columns.map((c) => encodeText(headerOf(c, lang), false)).join(',')}\r\n`,
    separator: '',
    row: (line) => `${neutralizeQuotedLine(line)}\r\n`,
    footer: () => '',
  };
}

/** One cell of an `--excel` CSV: quoted when it holds the delimiter, a quote or a line break. */
function excelCell(text: string): string {
  return /[";\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * CSV for Excel in an Indonesian locale (`--excel`): a BOM (or Excel reads UTF-8 as Windows-1252),
 * `;` between cells (the list separator where the decimal mark is a comma), free text under the
 * formula rule, and identifiers that look like numbers written as `="..."` (domain/csv.ts
 * excelText) so Excel keeps them as text. Dates stay dates, flags true/false. Rows as stored.
 */
export function excelCsvEncoder(columns: readonly ExportColumn[], lang: HeaderLang): RowEncoder {
  const kinds = columns.map((c) => c.kind);
  const free = columns.map((c) => c.freeText);
  return {
    header: () => `\uFEFF${columns.map((c) => excelCell(headerOf(c, lang))).join(';')}\r\n`,
    separator: '',
    row(values) {
      let line = '';
      for (let i = 0; i < kinds.length; i++) {
        const v = values[i];
        let text = v === null || v === undefined ? '' : kinds[i] === 'bool' ? String(v === 1 || v === true) : String(v);
        if (free[i]) text = neutralizeFormula(text);
        if (kinds[i] !== 'date' && kinds[i] !== 'instant' && kinds[i] !== 'bool' && text.charCodeAt(0) !== 39) text = excelText(text);
        line += `${i > 0 ? ';' : ''}${excelCell(text)}`;
      }
      return `${line}\r\n`;
    },
    footer: () => '',
  };
}

/**
 * JSON values are exact (no formula quoting: JSON is not opened by spreadsheets), null for
 * empty, booleans for flags. `json` is one array with an object per line, `ndjson` one
 * object per line; both stream without holding the rows.
 */
export function jsonEncoder(columns: readonly ExportColumn[], lang: HeaderLang, ndjson: boolean): RowEncoder {
  const keys = columns.map((c) => JSON.stringify(headerOf(c, lang)));
  const bool = columns.map((c) => c.kind === 'bool');
  return {
    header: () => (ndjson ? '' : '[\n'),
    separator: ndjson ? '' : ',\n',
    row(values) {
      let text = '{';
      for (let i = 0; i < keys.length; i++) {
        const v = values[i] ?? null;
        text += `${i > 0 ? ',' : ''}${keys[i]}:${bool[i] ? (v === null ? 'null' : String(v === 1 || v === true)) : JSON.stringify(v)}`;
      }
      return ndjson ? `${text}}\n` : `${text}}`;
    },
    footer: () => (ndjson ? '' : '\n]\n'),
  };
}
