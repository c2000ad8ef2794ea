/** Row encoders: CSV from the lines the store builds, JSON and NDJSON. */

import type { ExportColumn, HeaderLang } from './columns.js';
import { headerOf } from './columns.js';
import { encodeText, neutralizeQuotedLine } from '../domain/csv.js';

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
