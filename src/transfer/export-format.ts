import type { ExportColumn, HeaderLang } from './columns.js';
import { headerOf } from './columns.js';
import { encodeText } from './csv-write.js';

/** Turns rows (arrays in column order, as SQLite returns them) into the text of one format. */
export interface RowEncoder {
  header(): string;
  row(values: readonly unknown[]): string;
  /** What separates rows (JSON arrays need commas between objects). */
  readonly separator: string;
  footer(): string;
}

export const tabularFormats = ['csv', 'json', 'ndjson'] as const;

/** SQLite stores booleans as 0/1; exports show true/false whatever the header language. */
function boolText(value: unknown): string {
  return value === 1 || value === true ? 'true' : 'false';
}

export function csvEncoder(columns: readonly ExportColumn[], lang: HeaderLang): RowEncoder {
  const n = columns.length;
  const free = columns.map((c) => c.freeText);
  const bool = columns.map((c) => c.kind === 'bool');
  return {
    header: () => `${columns.map((c) => encodeText(headerOf(c, lang), false)).join(',')}\r\n`,
    separator: '',
    row(values) {
      let line = '';
      for (let i = 0; i < n; i++) {
        const v = values[i];
        if (i > 0) line += ',';
        if (v === null || v === undefined) continue;
        if (typeof v === 'string') line += encodeText(v, free[i]!);
        else line += bool[i] ? boolText(v) : String(v);
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
