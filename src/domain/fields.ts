/**
 * What a report field is, in one table: the flag, JSON key, CSV header and export key (all the
 * canonical `name`), where the validated value lives in a ReportDraft and which `reports`
 * columns store it, its kind, its personal-data class, the header aliases people write in
 * counter spreadsheets, the Indonesian export header and how the audit trail shows it.
 * The repositories' row mapping, import headers, the import worker's wire format, export
 * columns, `add`/`edit` flags and audit diffs are all driven by it; test/domain/fields.test.ts
 * fails when the schema has a `reports` column that neither this table nor `nonFieldColumns`
 * knows. A leaf module on purpose: export loads it without the validators.
 */

/** How a value is typed and shown; export maps `enum` to its code kind and `email` to text. */
export type FieldKind = 'text' | 'enum' | 'code' | 'instant' | 'date' | 'bool' | 'phone' | 'nik' | 'email';

/**
 * `identity` names or identifies the reporter, `contact` reaches them; both are erased when a
 * report is made anonymous and hidden for confidential reporters (domain/pii.ts decides how).
 */
export type PersonalClass = 'none' | 'identity' | 'contact';

/**
 * How the audit trail shows a field: `value` as is; `identity` through the personal-data rule
 * (fields.ts never masks); `long` as is in change diffs but left out of the snapshot of `add`.
 */
export type AuditShow = 'value' | 'identity' | 'long';

/** One property of a ReportDraft (or of its `reporter`) and the `reports` column that stores it. */
export interface FieldSlot {
  readonly key: string;
  readonly reporter?: true;
  /** No column: derived when validating (the region's name), or the typed unit code (stored as unit_id). */
  readonly column?: string;
  /** Not in the draft: resolved when writing (the unit's id). */
  readonly resolved?: true;
}

export interface FieldSpec {
  readonly name: string;
  readonly slots: readonly FieldSlot[];
  readonly kind: FieldKind;
  readonly personal: PersonalClass;
  /** Header spellings accepted on import besides `name` and the export headers, normalised (import-headers.ts). */
  readonly aliases: readonly string[];
  /** Indonesian header of the export column (`--header id`). */
  readonly exportId: string;
  readonly audit: AuditShow;
  readonly required?: true;
  /** The key on a StoredReport when it is not the draft's (the unit: typed code in, joined code out). */
  readonly stored?: string;
  /** The slot holding what was typed, when the first slot is a normalised form (the phone as typed). */
  readonly typed?: string;
}

const table = [
  {
    name: 'title',
    slots: [{ key: 'title', column: 'title' }],
    kind: 'text',
    personal: 'none',
    required: true,
    exportId: 'judul',
    audit: 'value',
    aliases: ['judul', 'judul_laporan', 'perihal', 'hal'],
  },
  {
    name: 'description',
    slots: [{ key: 'description', column: 'description' }],
    kind: 'text',
    personal: 'none',
    required: true,
    exportId: 'uraian',
    audit: 'long',
    aliases: ['isi', 'isi_laporan', 'uraian', 'uraian_laporan', 'deskripsi', 'kronologi'],
  },
  {
    name: 'classification',
    slots: [{ key: 'classification', column: 'classification' }],
    kind: 'enum',
    personal: 'none',
    exportId: 'klasifikasi',
    audit: 'value',
    aliases: ['klasifikasi', 'jenis', 'jenis_laporan'],
  },
  {
    name: 'channel',
    slots: [{ key: 'channel', column: 'channel' }],
    kind: 'enum',
    personal: 'none',
    required: true,
    exportId: 'saluran',
    audit: 'value',
    aliases: ['saluran', 'media'],
  },
  {
    name: 'category',
    slots: [{ key: 'category', column: 'category' }],
    kind: 'text',
    personal: 'none',
    exportId: 'kategori',
    audit: 'value',
    aliases: ['kategori'],
  },
  {
    name: 'received_at',
    slots: [
      { key: 'receivedAt', column: 'received_at' },
      { key: 'receivedDate', column: 'received_date' },
    ],
    kind: 'instant',
    personal: 'none',
    exportId: 'tanggal_diterima',
    audit: 'value',
    // `Timestamp` / `Stempel waktu`: the first column of a Google Forms response sheet (English / Indonesian).
    aliases: ['tanggal_diterima', 'tgl_diterima', 'diterima', 'waktu_diterima', 'tanggal', 'received', 'timestamp', 'stempel_waktu'],
  },
  {
    name: 'incident_date',
    slots: [{ key: 'incidentDate', column: 'incident_date' }],
    kind: 'date',
    personal: 'none',
    exportId: 'tanggal_kejadian',
    audit: 'value',
    aliases: ['tanggal_kejadian', 'tgl_kejadian'],
  },
  {
    name: 'location',
    slots: [{ key: 'location', column: 'location' }],
    kind: 'text',
    personal: 'none',
    exportId: 'lokasi',
    audit: 'value',
    aliases: ['lokasi', 'tempat'],
  },
  {
    name: 'region',
    slots: [{ key: 'regionCode', column: 'region_code' }, { key: 'regionName' }],
    kind: 'code',
    personal: 'none',
    exportId: 'kode_wilayah',
    audit: 'value',
    aliases: ['wilayah', 'kode_wilayah'],
  },
  {
    name: 'unit',
    slots: [{ key: 'unit' }, { key: 'unitId', column: 'unit_id', resolved: true }],
    stored: 'unitCode',
    kind: 'code',
    personal: 'none',
    exportId: 'unit',
    audit: 'value',
    aliases: ['unit_kerja', 'opd', 'instansi_tujuan'],
  },
  {
    name: 'ref',
    slots: [{ key: 'ref', column: 'ref' }],
    kind: 'text',
    personal: 'none',
    exportId: 'no_referensi',
    audit: 'value',
    aliases: ['referensi', 'no_referensi', 'nomor_referensi', 'no_surat', 'nomor_surat', 'no_sumber', 'nomor_sumber', 'reference'],
  },
  {
    name: 'reporter_name',
    slots: [{ key: 'name', reporter: true, column: 'reporter_name' }],
    kind: 'text',
    personal: 'identity',
    exportId: 'nama_pelapor',
    audit: 'identity',
    aliases: ['nama_pelapor', 'pelapor', 'nama', 'reporter'],
  },
  {
    name: 'nik',
    slots: [{ key: 'nik', reporter: true, column: 'reporter_nik' }],
    kind: 'nik',
    personal: 'identity',
    exportId: 'nik',
    audit: 'identity',
    aliases: ['no_nik', 'nomor_nik', 'no_ktp'],
  },
  {
    name: 'phone',
    slots: [
      { key: 'phone', reporter: true, column: 'reporter_phone' },
      { key: 'phoneRaw', reporter: true, column: 'reporter_phone_raw' },
    ],
    typed: 'phoneRaw',
    kind: 'phone',
    personal: 'contact',
    exportId: 'no_hp',
    audit: 'identity',
    aliases: ['no_hp', 'nomor_hp', 'hp', 'no_telepon', 'nomor_telepon', 'telepon', 'telp', 'no_telp', 'no_wa', 'whatsapp'],
  },
  {
    name: 'email',
    slots: [{ key: 'email', reporter: true, column: 'reporter_email' }],
    kind: 'email',
    personal: 'contact',
    exportId: 'email',
    audit: 'identity',
    aliases: ['surel', 'e_mail'],
  },
  {
    name: 'address',
    slots: [{ key: 'address', reporter: true, column: 'reporter_address' }],
    kind: 'text',
    personal: 'contact',
    exportId: 'alamat',
    audit: 'identity',
    aliases: ['alamat', 'alamat_pelapor'],
  },
  {
    name: 'anonymous',
    slots: [{ key: 'anonymous', column: 'anonymous' }],
    kind: 'bool',
    personal: 'none',
    exportId: 'anonim',
    audit: 'value',
    aliases: ['anonim'],
  },
  {
    name: 'confidential',
    slots: [{ key: 'confidential', column: 'confidential' }],
    kind: 'bool',
    personal: 'none',
    exportId: 'rahasia',
    audit: 'value',
    aliases: ['rahasia'],
  },
] as const satisfies readonly FieldSpec[];

/** Every report field, in the order flags and `--help` list them (prompts ask in their own order, report/prompts.ts). */
export const reportFields: readonly FieldSpec[] = table;

export type ReportFieldName = (typeof table)[number]['name'];
type SlotOf<T> = T extends { readonly slots: readonly (infer S)[] } ? S : never;
type AnySlot = SlotOf<(typeof table)[number]>;
/** Keys of ReportDraft the table fills (import-wire.ts checks at compile time that none is missing). */
export type DraftSlotKey = Exclude<AnySlot, { reporter: true } | { resolved: true }>['key'];
/** Keys of Reporter the table fills. */
export type ReporterSlotKey = Extract<AnySlot, { reporter: true }>['key'];

export const reportFieldNames = table.map((f) => f.name) as unknown as readonly ReportFieldName[];

const byName = new Map<string, FieldSpec>(table.map((f) => [f.name, f]));

export function fieldSpec(name: ReportFieldName): FieldSpec {
  return byName.get(name)!;
}

export function isReportField(name: string): name is ReportFieldName {
  return byName.has(name);
}

export const requiredFields: readonly ReportFieldName[] = reportFieldNames.filter((n) => fieldSpec(n).required);
/** The reporter's identity: erased when a report is made anonymous, hidden when confidential. */
// Written out (not filtered from the table) so their types are exact unions; test/domain/fields.test.ts
// checks they are what the table's `personal` and `kind` columns say.
export const identityFields = ['reporter_name', 'nik', 'phone', 'email', 'address'] as const satisfies readonly ReportFieldName[];
export const booleanFields = ['anonymous', 'confidential'] as const satisfies readonly ReportFieldName[];

export function flagOf(field: string): string {
  return `--${field.replaceAll('_', '-')}`;
}

/** Commander's option key of a field's flag: --reporter-name -> reporterName. */
export function optionKeyOf(field: string): string {
  return field.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** A stored slot: one `reports` column, where its value lives in a draft, and its field. */
export interface StoredSlot extends FieldSlot {
  readonly column: string;
  readonly field: FieldSpec;
}

/** The `reports` columns the fields fill, in table order (the repositories' draft columns). */
export const storedSlots: readonly StoredSlot[] = table.flatMap((f: FieldSpec) =>
  f.slots.filter((s): s is FieldSlot & { column: string } => s.column !== undefined).map((s) => ({ ...s, field: f })),
);

/** Draft and reporter slots, resolved ones left out: what crosses from the import worker. */
export const draftSlots: readonly FieldSlot[] = table.flatMap((f: FieldSpec) => f.slots.filter((s) => !s.resolved));

/**
 * Columns of `reports` that are not report fields, each group with its owner: the record
 * (ticket, who and when), the lifecycle (store/workflow-repo.ts), deadlines (domain/deadlines.ts),
 * national sync (sync/), change numbers (migration 003) and import bookkeeping.
 */
export const nonFieldColumns = {
  record: ['id', 'ticket', 'status', 'created_at', 'created_by', 'updated_at', 'updated_by'],
  workflow: [
    'officer_id',
    'assigned_at',
    'followup_from',
    'responded_at',
    'last_followup_at',
    'last_followup_final',
    'reply_after_followup',
    'closed_at',
    'status_reason',
    'forwarded_to',
  ],
  deadlines: ['verify_by', 'followup_by', 'auto_close_on', 'complete_by', 'due_kind', 'due_date'],
  national: ['national_id', 'tracking_id', 'national_status', 'national_checked_at'],
  bookkeeping: ['change_seq', 'source_hash'],
} as const;
