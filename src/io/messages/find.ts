import type { Catalog } from './types.js';

/** Messages of finding reports: `list --officer`, `--reporter`, `--ticket` and status names. */
export const findMessages = {
  'help.opt.listOfficer': {
    en: 'only reports assigned to this officer (id, NIP or unique name)',
    id: 'hanya laporan yang didisposisikan ke pejabat ini (id, NIP atau nama unik)',
  },
  'help.opt.reporter': {
    en: "reports of this reporter: an exact NIK or phone number (any spelling: 0812-..., +62 812...), or the start of the name ('Budi')",
    id: "laporan dari pelapor ini: NIK atau nomor telepon persis (tulisan apa pun: 0812-..., +62 812...), atau awal nama ('Budi')",
  },
  'help.opt.ticket': {
    en: 'these tickets, comma-separated; FROM..TO is a range (PPU-2026-000100..PPU-2026-000200)',
    id: 'tiket ini, dipisah koma; DARI..SAMPAI adalah rentang (PPU-2026-000100..PPU-2026-000200)',
  },
  'help.opt.matchReason': {
    en: 'with --reporter: list confidential reports that match too; why (kept in their audit trail)',
    id: 'dengan --reporter: tampilkan juga laporan rahasia yang cocok; alasannya (disimpan di jejak audit)',
  },
  'list.badReporter': {
    en: "--reporter: '{value}' is not a valid phone number; give a NIK (16 digits), a phone number or the start of a name.",
    id: "--reporter: '{value}' bukan nomor telepon yang sah; berikan NIK (16 digit), nomor telepon atau awal nama.",
  },
  'list.badTicket': {
    en: "--ticket: '{value}' is not a ticket or a range FROM..TO of tickets (e.g. PPU-2026-000100..PPU-2026-000200).",
    id: "--ticket: '{value}' bukan tiket atau rentang tiket DARI..SAMPAI (mis. PPU-2026-000100..PPU-2026-000200).",
  },
  'list.ticketRangeReversed': {
    en: '--ticket: the range {from}..{to} ends before it starts.',
    id: '--ticket: rentang {from}..{to} berakhir sebelum awalnya.',
  },
  'list.reasonNeedsReporter': {
    en: '--reason is for --reporter: it lists the confidential reports that match (audited).',
    id: '--reason untuk --reporter: menampilkan laporan rahasia yang cocok (diaudit).',
  },
  'list.confidentialWithheld': {
    en: '{count} confidential {count:report|reports} of this reporter {count:is|are} not listed; the match was recorded in their audit trail. To list them, add --reason TEXT (why they are needed).',
    id: '{count} laporan rahasia dari pelapor ini tidak ditampilkan; kecocokan ini dicatat di jejak auditnya. Untuk menampilkannya, tambahkan --reason TEKS (alasan diperlukan).',
  },
  'timeline.report.reporter_match': { en: 'found by a search on its reporter', id: 'ditemukan lewat pencarian pelapor' },
} satisfies Catalog;
