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
  'timeline.report.duplicate_match': { en: 'matched by a duplicate check', id: 'cocok pada pemeriksaan laporan ganda' },
} satisfies Catalog;
