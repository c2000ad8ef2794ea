/** Import headers: English and Indonesian aliases, --map, unknown columns. */

import { reportFieldNames, reportFields, requiredFields, type ReportFieldName } from '../domain/fields.js';
import { columnByHeader } from './columns.js';
import type { InputErrorCode } from './import-decode.js';

/**
 * Header names people actually write in counter spreadsheets (the field table's aliases), keyed
 * by the normalised form (lower case, separators as `_`). The canonical English names
 * (`reporter_name`, ...) are always accepted too.
 */
const aliases = new Map<string, ReportFieldName>(reportFields.flatMap((f) => f.aliases.map((a) => [a, f.name as ReportFieldName] as const)));

/**
 * Columns our own rejects file adds (`line`, `reason` and their Indonesian
 * names): a fixed rejects file must import again without flags.
 */
const alwaysIgnored = new Set(['line', 'reason', 'baris', 'alasan']);

/** "No. HP", "no_hp" and "NO HP" are one header to an admin. */
export function normalizeHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s.\-/]+/g, '_')
    .replace(/[^\p{L}\p{N}_]/gu, '')
    .replace(/_+/g, '_')
    .replace(/^_|_$/g, '');
}

export function fieldOfHeader(header: string): ReportFieldName | undefined {
  const key = normalizeHeader(header);
  if ((reportFieldNames as readonly string[]).includes(key)) return key as ReportFieldName;
  return aliases.get(key);
}

export interface HeaderProblem {
  code: InputErrorCode;
  params: Record<string, string | number>;
}

export interface HeaderMapping {
  /** For each column of the file: the report field it fills, or null when ignored. */
  fields: (ReportFieldName | null)[];
  /** Header text as written in the file, for messages and the rejects file. */
  headers: string[];
  problems: HeaderProblem[];
}

/** Parses `--map "Header In File=field"` values; returns a problem for a malformed one. */
export function parseMapOptions(values: readonly string[]): { map: Map<string, ReportFieldName>; problems: HeaderProblem[] } {
  const map = new Map<string, ReportFieldName>();
  const problems: HeaderProblem[] = [];
  for (const value of values) {
    const at = value.lastIndexOf('=');
    const header = at < 0 ? '' : value.slice(0, at).trim();
    const target = at < 0 ? '' : normalizeHeader(value.slice(at + 1));
    if (header === '' || !(reportFieldNames as readonly string[]).includes(target)) {
      problems.push({ code: 'import.badMap', params: { value, known: reportFieldNames.join(', ') } });
      continue;
    }
    map.set(header.toLowerCase(), target as ReportFieldName);
  }
  return { map, problems };
}

/**
 * Parses `--set field=value` (`--set channel=walk-in`): the value of a field for every row whose
 * cell is empty or whose file has no such column. The field may be named as in a header.
 */
export function parseSetOptions(values: readonly string[]): { defaults: [ReportFieldName, string][]; problems: HeaderProblem[] } {
  const defaults = new Map<ReportFieldName, string>();
  const problems: HeaderProblem[] = [];
  for (const value of values) {
    const at = value.indexOf('=');
    const field = at < 0 ? undefined : fieldOfHeader(value.slice(0, at));
    if (field === undefined) {
      problems.push({ code: 'import.badSet', params: { value, known: reportFieldNames.join(', ') } });
      continue;
    }
    defaults.set(field, value.slice(at + 1));
  }
  return { defaults: [...defaults], problems };
}

/**
 * Decides which report field each column fills: `--map` first (matched on the
 * header text, ignoring case), then canonical names and Indonesian aliases.
 * Unknown columns are a problem unless ignored; so are two columns for one
 * field and a missing required field (unless `--set` gives it).
 */
export function mapHeaders(
  headers: readonly string[],
  opts: { map?: ReadonlyMap<string, ReportFieldName>; ignoreUnknown?: boolean; defaulted?: readonly ReportFieldName[] },
): HeaderMapping {
  const problems: HeaderProblem[] = [];
  const fields: (ReportFieldName | null)[] = [];
  const seen = new Map<ReportFieldName, string>();
  const unknown: string[] = [];
  const cleaned = headers.map((h) => h.replace(/^\uFEFF/, '').trim());
  for (const header of cleaned) {
    const field = opts.map?.get(header.toLowerCase()) ?? fieldOfHeader(header);
    if (field === undefined) {
      // Columns of our own export that are not report fields (ticket, status, ...) are known: skipped.
      const known = header === '' || alwaysIgnored.has(normalizeHeader(header)) || columnByHeader(header) !== undefined;
      if (!known) unknown.push(header);
      fields.push(null);
      continue;
    }
    const earlier = seen.get(field);
    if (earlier !== undefined) problems.push({ code: 'import.duplicateColumn', params: { field, first: earlier, second: header } });
    seen.set(field, header);
    fields.push(field);
  }
  if (unknown.length > 0 && !opts.ignoreUnknown) {
    problems.push({ code: 'import.unknownColumns', params: { columns: unknown.map((h) => `"${h}"`).join(', '), known: reportFieldNames.join(', ') } });
  }
  // A required field given by `--set` needs no column, nor any in a file naming stored reports by
  // their ticket (our export, cut down to the columns to correct): rows that match none are checked one by one.
  const byTicket = cleaned.some((h, i) => fields[i] === null && columnByHeader(h)?.key === 'ticket');
  const missing = byTicket ? [] : requiredFields.filter((f) => !seen.has(f) && !opts.defaulted?.includes(f));
  if (missing.length > 0)
    problems.push({ code: 'import.missingColumns', params: { fields: missing.join(', '), found: cleaned.map((h) => `"${h}"`).join(', ') } });
  return { fields, headers: cleaned, problems };
}
