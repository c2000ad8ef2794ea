/**
 * The stable column spec of `lapor export`, shared with `lapor import`.
 *
 * API (kept small on purpose):
 * - `exportColumns`: every column in file order. `key` is the English header and JSON key;
 *   `id` the Indonesian header (`--header id`). Keys of report fields are the canonical names
 *   of `lapor add` (`reportFieldNames`), so an export re-imports without a mapping.
 * - `columnByHeader(header)`: the column for an English or Indonesian header (any case).
 * - `neutralizeFormula(text)` / `restoreFormula(text)`: the formula rule of free-text cells.
 *   Export applies the first to every `freeText` column in CSV; import applies the second to
 *   the same columns of a CSV it reads, which gives back exactly what was stored.
 *
 * Values, whatever the header language: booleans `true`/`false`; instants ISO 8601 UTC as stored
 * (`2026-11-20T02:00:00.000Z`); dates `YYYY-MM-DD` in the agency's zone; phone E.164; codes in
 * English (`status`, `channel`, `classification`). New columns are only ever added at the end.
 */
import { fieldSpec, isReportField, reportFieldNames, type FieldKind, type ReportFieldName } from '../domain/fields.js';

export { neutralizeFormula, restoreFormula } from '../domain/csv.js';

export type ColumnKind = 'text' | 'code' | 'bool' | 'instant' | 'date' | 'phone' | 'nik';

export interface ExportColumn {
  readonly key: string;
  readonly id: string;
  readonly kind: ColumnKind;
  /** Reporter identity: exported only with --include-pii. */
  readonly pii: boolean;
  /** Typed or written by a person or another system: may start like a formula. */
  readonly freeText: boolean;
  /** A report field `lapor add` and `lapor import` accept under this key. */
  readonly field?: ReportFieldName;
}

export type HeaderLang = 'en' | 'id';

/** A column that is not a report field: key, Indonesian header, kind. A report field is named alone (fields.ts has the rest). */
type Spec = [key: string, id: string, kind: ColumnKind] | ReportFieldName;

// Text and code columns are free text except the ones whose values we generate ourselves (and enum fields).
const generated = new Set(['ticket', 'status', 'due_kind']);

const specs: Spec[] = [
  ['ticket', 'tiket', 'code'],
  ['national_id', 'id_nasional', 'code'],
  ['tracking_id', 'id_pelacakan', 'code'],
  ['status', 'status', 'code'],
  ['national_status', 'status_nasional', 'text'],
  'classification',
  'channel',
  'title',
  'description',
  'category',
  'received_at',
  'incident_date',
  'location',
  'region',
  'unit',
  ['unit_name', 'nama_unit', 'text'],
  ['officer', 'pejabat_penghubung', 'text'],
  'ref',
  'anonymous',
  'confidential',
  'reporter_name',
  'nik',
  'phone',
  'email',
  'address',
  ['assigned_at', 'tanggal_disposisi', 'instant'],
  ['responded_at', 'tanggal_tanggapan', 'instant'],
  ['last_followup_at', 'tanggal_tindak_lanjut', 'instant'],
  ['last_followup', 'tindak_lanjut_terakhir', 'text'],
  ['closed_at', 'tanggal_ditutup', 'instant'],
  ['status_reason', 'alasan_status', 'text'],
  ['forwarded_to', 'diteruskan_ke', 'text'],
  ['verify_by', 'batas_verifikasi', 'date'],
  ['followup_by', 'batas_tindak_lanjut', 'date'],
  ['auto_close_on', 'tanggal_tutup_otomatis', 'date'],
  ['complete_by', 'batas_penyelesaian', 'date'],
  ['due_kind', 'jenis_tenggat', 'code'],
  ['due_date', 'tenggat', 'date'],
  ['created_at', 'dibuat_pada', 'instant'],
  ['updated_at', 'diperbarui_pada', 'instant'],
  // due_date lies in a year without a holiday decree yet: it may move when the decree is imported.
  ['due_provisional', 'tenggat_sementara', 'bool'],
];

/** Export kind of a field kind: enums are codes we write, e-mail is text typed by a person. */
const exportKind: Record<FieldKind, ColumnKind> = {
  text: 'text',
  enum: 'code',
  code: 'code',
  instant: 'instant',
  date: 'date',
  bool: 'bool',
  phone: 'phone',
  nik: 'nik',
  email: 'text',
};

function columnOf(spec: Spec): ExportColumn {
  if (typeof spec === 'string') {
    const f = fieldSpec(spec);
    const kind = exportKind[f.kind];
    return { key: spec, id: f.exportId, kind, pii: f.personal !== 'none', freeText: f.kind !== 'enum' && (kind === 'text' || kind === 'code'), field: spec };
  }
  const [key, id, kind] = spec;
  if (isReportField(key)) throw new Error(`export column ${key} is a report field: name it alone`);
  return { key, id, kind, pii: false, freeText: (kind === 'text' || kind === 'code') && !generated.has(key) };
}

// A field not placed above (a new one) goes at the end: columns are only ever added there.
const placed = new Set(specs.filter((s) => typeof s === 'string'));
export const exportColumns: readonly ExportColumn[] = [...specs, ...reportFieldNames.filter((f) => !placed.has(f))].map(columnOf);

/** Fields `lapor export` writes with a leading quote when they start like a formula (so do rejects files): undone on import. */
export const freeTextFields: ReadonlySet<string> = new Set(exportColumns.filter((c) => c.freeText && c.field).map((c) => c.field!));

export function headerOf(column: ExportColumn, lang: HeaderLang): string {
  return lang === 'id' ? column.id : column.key;
}

const byHeader = new Map<string, ExportColumn>();
for (const c of exportColumns) {
  byHeader.set(c.key, c);
  byHeader.set(c.id, c);
}

/** The column of an English or Indonesian header, ignoring case and surrounding spaces. */
export function columnByHeader(header: string): ExportColumn | undefined {
  return byHeader.get(header.trim().toLowerCase());
}

/** The columns of an export: identity columns only when asked for. */
export function selectColumns(includePii: boolean): ExportColumn[] {
  return exportColumns.filter((c) => includePii || !c.pii);
}
