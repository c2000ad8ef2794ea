import type { Catalog } from './types.js';

/** `lapor audit`: the audit trail for inspectors, and the names of its actions. */
export const auditMessages = {
  'help.audit': {
    en: 'the audit trail for inspectors: reveals, personal-data exports, edits, settings, with filters',
    id: 'jejak audit untuk pemeriksa: pembukaan data pribadi, ekspor data pribadi, perubahan, pengaturan, dengan filter',
  },
  'help.opt.auditSince': { en: 'entries on or after this date (or date and time)', id: 'entri pada atau setelah tanggal (atau tanggal dan jam) ini' },
  'help.opt.auditUntil': { en: 'entries on or before this date (or date and time)', id: 'entri pada atau sebelum tanggal (atau tanggal dan jam) ini' },
  'help.opt.auditActor': { en: 'entries by this person (as recorded, any case)', id: 'entri oleh orang ini (seperti tercatat, huruf besar/kecil sama)' },
  'help.opt.auditAction': {
    en: 'only these actions, comma-separated: reveal, export-pii, duplicate-match, add, edit, import, or a stored name or prefix (sync, officer.edit)',
    id: 'hanya aksi ini, dipisah koma: reveal, export-pii, duplicate-match, add, edit, import, atau nama tersimpan atau awalannya (sync, officer.edit)',
  },
  'help.opt.auditTicket': { en: 'entries about this report', id: 'entri tentang laporan ini' },
  'help.opt.auditLimit': { en: 'at most this many entries, newest first (default 100)', id: 'paling banyak sejumlah entri ini, terbaru dulu (bawaan 100)' },
  'help.audit.examples': {
    en: [
      '  lapor audit --action reveal,export-pii --since 2026-11-01     # who saw personal data this month',
      '  lapor audit --ticket PPU-2026-000123',
      '  lapor audit --actor Siti --format csv > audit-siti.csv',
    ].join('\n'),
    id: [
      '  lapor audit --action reveal,export-pii --since 2026-11-01     # siapa melihat data pribadi bulan ini',
      '  lapor audit --ticket PPU-2026-000123',
      '  lapor audit --actor Siti --format csv > audit-siti.csv',
    ].join('\n'),
  },
  'audit.badAction': {
    en: "--action '{value}' names no action. Known: {known}.",
    id: "--action '{value}' bukan nama aksi. Yang dikenal: {known}.",
  },
  'audit.none': { en: 'No audit entries match.', id: 'Tidak ada entri audit yang cocok.' },
  'audit.shown': {
    en: '{shown} of {total} entries, newest first. Use --limit for more, or narrow with --since/--action.',
    id: '{shown} dari {total} entri, terbaru dulu. Gunakan --limit untuk selebihnya, atau persempit dengan --since/--action.',
  },
  'field.auditAction': { en: 'Action', id: 'Aksi' },
  'timeline.report.export': { en: 'personal data exported', id: 'data pribadi diekspor' },
  'timeline.report.import': { en: 'imported', id: 'diimpor' },
  'timeline.report.import.update': { en: 'updated by import', id: 'diperbarui oleh impor' },
  'timeline.config.set': { en: 'setting changed', id: 'pengaturan diubah' },
  'timeline.unit.add': { en: 'unit added', id: 'unit ditambahkan' },
  'timeline.unit.edit': { en: 'unit changed', id: 'unit diubah' },
  'timeline.officer.add': { en: 'officer added', id: 'petugas ditambahkan' },
  'timeline.officer.edit': { en: 'officer changed', id: 'petugas diubah' },
  'timeline.officer.activate': { en: 'officer activated', id: 'petugas diaktifkan' },
  'timeline.officer.deactivate': { en: 'officer deactivated', id: 'petugas dinonaktifkan' },
  'timeline.holiday.add': { en: 'holiday added', id: 'hari libur ditambahkan' },
  'timeline.holiday.remove': { en: 'holiday removed', id: 'hari libur dihapus' },
  'timeline.holiday.import': { en: 'holiday decree imported', id: 'SKB hari libur dimuat' },
  'timeline.sync.cancel': { en: 'national operation cancelled', id: 'operasi nasional dibatalkan' },
  'timeline.sync.retarget': { en: 'national forward re-targeted', id: 'tujuan penerusan nasional diganti' },
  'timeline.sync.map': { en: 'national mapping set', id: 'pemetaan nasional diatur' },
} satisfies Catalog;
