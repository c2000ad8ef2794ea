import type { ExportColumn, HeaderLang } from './columns.js';
import { headerOf } from './columns.js';
import { encodeText } from './csv-write.js';

/** Turns rows (arrays in column order) into the text of one format. */
export interface RowEncoder<R = readonly unknown[]> {
  header(): string;
  row(values: R): string;
  /** What separates rows (JSON arrays need commas between objects). */
  readonly separator: string;
  footer(): string;
}

export const tabularFormats = ['csv', 'json', 'ndjson'] as const;

/**
 * CSV from text rows (snapshot.textRows(): '' for empty, flags already true/false). The cells
 * are rewritten in place and joined: one flat string per row instead of a chain of small ones.
 */
export function csvEncoder(columns: readonly ExportColumn[], lang: HeaderLang): RowEncoder<string[]> {
  const n = columns.length;
  const free = columns.map((c) => c.freeText);
  return {
    header: () => `${columns.map((c) => encodeText(headerOf(c, lang), false)).join(',')}\r\n`,
    separator: '',
    row(cells) {
      for (let i = 0; i < n; i++) {
        const v = cells[i]!;
        if (v !== '') cells[i] = encodeText(v, free[i]!);
      }
      return `${cells.join(',')}\r\n`;
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
