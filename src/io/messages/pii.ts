import type { Catalog } from './types.js';

/** Messages of the personal-data policy (src/domain/pii.ts) and the views that apply it. */
export const piiMessages = {
  'report.revealNeedsReason': {
    en: 'The reporter of {ticket} is confidential: --reveal needs --reason TEXT (why the identity is needed; kept in the audit trail).',
    id: 'Pelapor {ticket} dirahasiakan: --reveal memerlukan --reason TEKS (alasan identitas diperlukan; disimpan di jejak audit).',
  },
  'export.confidentialNeedsReason': {
    en: '--include-confidential needs --reason TEXT: why confidential reporters are exported (kept in the audit trail).',
    id: '--include-confidential memerlukan --reason TEKS: alasan pelapor yang dirahasiakan diekspor (disimpan di jejak audit).',
  },
  'report.duplicateConfidential': {
    en: '  a confidential report from the last {days} days matches this {matchedOn} ({percent}% similar title); the match was recorded in its audit trail',
    id: '  sebuah laporan rahasia dalam {days} hari terakhir cocok dengan {matchedOn} ini (judul {percent}% mirip); kecocokan ini dicatat di jejak auditnya',
  },
  'report.aConfidentialReport': { en: 'a confidential report', id: 'sebuah laporan rahasia' },
  'prompt.keepOrClear': {
    en: '(Enter keeps the stored value, {clear} clears it)',
    id: '(Enter mempertahankan isi tersimpan, {clear} mengosongkannya)',
  },
  'timeline.report.export': { en: 'exported with personal data', id: 'diekspor beserta data pribadi' },
  'help.audit': {
    en: 'the audit trail, for inspectors: who revealed or exported personal data, changed reports, units or settings',
    id: 'jejak audit, untuk pemeriksa: siapa yang menampilkan atau mengekspor data pribadi, mengubah laporan, unit atau pengaturan',
  },
  'help.opt.auditSince': { en: 'entries on or after this date or time', id: 'entri pada atau setelah tanggal atau waktu ini' },
  'help.opt.auditActor': { en: 'entries by this admin (as --as or the admin name)', id: 'entri oleh admin ini (seperti --as atau nama admin)' },
  'help.opt.auditAction': {
    en: 'entries of this action, repeatable or comma-separated: {names}, or a stored name such as unit.add',
    id: 'entri dengan tindakan ini, dapat diulang atau dipisah koma: {names}, atau nama tersimpan seperti unit.add',
  },
  'help.opt.auditTicket': { en: 'entries about this report', id: 'entri tentang laporan ini' },
  'help.opt.auditLimit': { en: 'only the newest N entries', id: 'hanya N entri terbaru' },
  'help.audit.examples': {
    en: "  lapor audit --action reveal,export-pii --since 2026-01-01\n  lapor audit --ticket PPU-2026-000123 --format json\n  lapor audit --actor 'Siti' --format csv > audit.csv",
    id: "  lapor audit --action reveal,export-pii --since 2026-01-01\n  lapor audit --ticket PPU-2026-000123 --format json\n  lapor audit --actor 'Siti' --format csv > audit.csv",
  },
  'audit.none': { en: 'No audit entries match.', id: 'Tidak ada entri audit yang cocok.' },
  'timeline.report.duplicate_match': { en: 'matched by a duplicate check', id: 'cocok pada pemeriksaan laporan ganda' },
} satisfies Catalog;
