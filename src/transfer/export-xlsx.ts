/** `lapor export --format xlsx`: the export columns as typed cells of one sheet. */

import { wallClockMs } from '../domain/dates.js';
import { headerOf, type ColumnKind, type ExportColumn, type HeaderLang } from './columns.js';
import type { Sink } from './export-sink.js';
import { XlsxWriter, serialOf, type XlsxColumn, type XlsxKind, type XlsxValue } from './xlsx-write.js';

/**
 * Identifiers (NIK, phones, tickets, ids, codes) are text cells formatted as Text, so Excel never
 * turns `6409014502900003` into 6.40901E+15 or drops the `+` of `+62...`; instants are date-times
 * in the agency's zone (spreadsheets have no zones: `lapor import` reads them back in that zone),
 * dates are dates, flags are booleans. Text cells are never formulas in a workbook, so free text
 * is written as stored, without the CSV export's leading quote.
 */
const kindOf: Record<ColumnKind, XlsxKind> = { text: 'text', code: 'id', nik: 'id', phone: 'id', instant: 'datetime', date: 'date', bool: 'bool' };

/** Widths in characters: wide enough for the usual value, long text wraps in the cell anyway. */
function widthOf(c: ExportColumn): number {
  if (c.key === 'description' || c.key === 'last_followup') return 60;
  if (c.key === 'title' || c.key === 'unit_name' || c.key === 'address') return 40;
  const byKind: Record<ColumnKind, number> = { text: 24, code: 18, nik: 19, phone: 16, instant: 19, date: 11, bool: 9 };
  return byKind[c.kind];
}

export function xlsxColumns(columns: readonly ExportColumn[], lang: HeaderLang): XlsxColumn[] {
  return columns.map((c) => ({ header: headerOf(c, lang), kind: kindOf[c.kind], width: widthOf(c) }));
}

/** A stored value as the cell of its column. */
function cellOf(value: unknown, kind: XlsxKind, timeZone: string): XlsxValue {
  if (value === null || value === undefined) return null;
  if (kind === 'datetime') return serialOf(wallClockMs(String(value), timeZone));
  if (kind === 'date') return serialOf(Date.parse(`${String(value)}T00:00:00Z`));
  if (kind === 'bool') return value === 1 || value === true;
  return String(value);
}

/** Writes the rows (arrays in column order, values as stored) as a workbook; returns the row count. */
export async function pumpXlsx(
  rows: Iterable<unknown[]>,
  columns: readonly ExportColumn[],
  opts: { lang: HeaderLang; timeZone: string; sheet: string; progress?: (rows: number) => void },
  sink: Sink,
): Promise<number> {
  const kinds = xlsxColumns(columns, opts.lang);
  let chunks: Uint8Array[] = [];
  const writer = new XlsxWriter(kinds, opts.sheet, (chunk) => chunks.push(chunk));
  const drain = async () => {
    const ready = chunks;
    chunks = [];
    for (const chunk of ready) await sink.write(chunk);
  };
  let count = 0;
  for (const values of rows) {
    writer.row(values.map((v, i) => cellOf(v, kinds[i]!.kind, opts.timeZone)));
    count++;
    if (chunks.length > 0) await drain();
    if (opts.progress && count % 50_000 === 0) opts.progress(count);
  }
  writer.finish();
  await drain();
  return count;
}
