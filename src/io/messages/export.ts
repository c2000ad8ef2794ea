import type { Catalog } from './types.js';

/** `lapor export`: help, errors and the summary line. */
export const exportMessages = {
  'export.deadlinesStale': {
    en: 'Stored deadlines are out of date (the SLA policy, time zone or holidays changed): due_kind and due_date are exported as stored. Any change to a report (e.g. lapor close --auto) stores current ones; then export again.',
    id: 'Batas waktu yang tersimpan sudah tidak sesuai (kebijakan SLA, zona waktu, atau hari libur berubah): due_kind dan due_date diekspor apa adanya. Perubahan laporan apa pun (mis. lapor close --auto) menyimpan yang terbaru; lalu ekspor lagi.',
  },
  'export.help': {
    en: 'export reports for other systems (CSV, xlsx, JSON, NDJSON, Open311); nightly jobs with --incremental',
    id: 'ekspor laporan untuk sistem lain (CSV, xlsx, JSON, NDJSON, Open311); tugas malam dengan --incremental',
  },
  'export.help.examples': {
    en: `  lapor export --out reports.csv
  lapor export --status done --since 01/11/2026 --format json > done.json
  lapor export --incremental nightly --out /srv/exchange/lapor-$(date +%F).csv   # cron: only what changed
  lapor export --header id --out laporan.csv                                     # Indonesian headers
  lapor export --header id --out laporan.xlsx                                    # a workbook: typed cells
  lapor export --excel --out laporan.csv                                         # CSV for Excel (Indonesian locale)
  lapor export --include-pii --reason 'permintaan Inspektorat' --out identity.csv
  lapor export --format open311 --out requests.json
  lapor export marks                                                             # the incremental jobs`,
    id: `  lapor export --out laporan.csv
  lapor export --status done --since 01/11/2026 --format json > selesai.json
  lapor export --incremental malam --out /srv/tukar/lapor-$(date +%F).csv   # cron: hanya yang berubah
  lapor export --header id --out laporan.csv                                # judul kolom bahasa Indonesia
  lapor export --header id --out laporan.xlsx                               # buku kerja: sel bertipe
  lapor export --excel --out laporan.csv                                    # CSV untuk Excel (lokal Indonesia)
  lapor export --include-pii --reason 'permintaan Inspektorat' --out identitas.csv
  lapor export --format open311 --out requests.json
  lapor export marks                                                        # daftar tugas inkremental`,
  },
  'export.help.columns': {
    en: `Columns, in this order (new ones are only ever appended; identity only with --include-pii):
{columns}
Instants are ISO 8601 UTC, dates YYYY-MM-DD, flags true/false. In CSV a free-text cell starting
with = + - @ TAB or CR gets a leading ' (one more if it already starts with ' then one of those);
'lapor import' removes it again.`,
    id: `Kolom, dengan urutan ini (kolom baru hanya ditambah di akhir; identitas hanya dengan --include-pii):
{columns}
Waktu dalam ISO 8601 UTC, tanggal YYYY-MM-DD, penanda true/false. Di CSV sel teks bebas yang diawali
= + - @ TAB atau CR diberi ' di depannya (satu lagi bila sudah diawali ' lalu salah satunya);
'lapor import' membuangnya kembali.`,
  },
  'export.opt.out': {
    en: 'write to this file (mode 0600, appears only when complete); default stdout',
    id: 'tulis ke berkas ini (mode 0600, muncul hanya bila lengkap); bawaan stdout',
  },
  'export.opt.format': {
    en: 'csv, xlsx, json, ndjson, open311 or lapor (the national form) (default: from the --out extension, else csv)',
    id: 'csv, xlsx, json, ndjson, open311 atau lapor (formulir nasional) (bawaan: dari ekstensi --out, selain itu csv)',
  },
  'export.opt.excel': {
    en: "CSV for Excel with Indonesian settings: BOM, ';' separator, NIK/phones/codes kept as text",
    id: "CSV untuk Excel berpengaturan Indonesia: BOM, pemisah ';', NIK/no. HP/kode tetap sebagai teks",
  },
  'export.excelNeedsCsv': {
    en: '--excel applies to CSV only (xlsx keeps identifiers as text anyway).',
    id: '--excel hanya untuk CSV (xlsx sudah menyimpan nomor identitas sebagai teks).',
  },
  'export.xlsxNeedsOut': {
    en: 'An xlsx workbook is not text: write it with --out FILE.xlsx (or redirect stdout to a file).',
    id: 'Buku kerja xlsx bukan teks: tulis dengan --out BERKAS.xlsx (atau alihkan stdout ke berkas).',
  },
  'export.xlsx.sheet': { en: 'Reports', id: 'Laporan' },
  'export.opt.header': { en: 'column names in English (en, default) or Indonesian (id)', id: 'nama kolom bahasa Inggris (en, bawaan) atau Indonesia (id)' },
  'export.opt.incremental': {
    en: 'nightly job NAME: only reports changed since its last complete run (needs --out)',
    id: 'tugas malam NAMA: hanya laporan yang berubah sejak jalannya yang terakhir lengkap (perlu --out)',
  },
  'export.opt.full': {
    en: 'with --incremental: export everything once, then go on from there',
    id: 'dengan --incremental: ekspor semua sekali, lalu lanjut dari situ',
  },
  'export.opt.includePii': {
    en: 'include reporter identity (name, NIK, phone, email, address); recorded in the audit trail',
    id: 'sertakan identitas pelapor (nama, NIK, no. HP, email, alamat); dicatat di jejak audit',
  },
  'export.opt.includeConfidential': {
    en: 'with --include-pii and --reason: also the identity of confidential reporters',
    id: 'dengan --include-pii dan --reason: juga identitas pelapor yang dirahasiakan',
  },
  'export.opt.reason': { en: 'why the personal data is needed (kept in the audit trail)', id: 'alasan data pribadi diperlukan (disimpan di jejak audit)' },
  'export.marks.help': { en: 'list the incremental export jobs and how far each has got', id: 'daftar tugas ekspor inkremental dan sejauh mana masing-masing' },
  'export.marks.none': { en: 'No incremental export has run yet.', id: 'Belum ada ekspor inkremental yang dijalankan.' },
  'export.field.name': { en: 'Job', id: 'Tugas' },
  'export.field.changeSeq': { en: 'Up to change', id: 'Sampai perubahan' },
  'export.field.format': { en: 'Format', id: 'Format' },
  'export.field.rows': { en: 'Rows', id: 'Baris' },
  'export.field.file': { en: 'File', id: 'Berkas' },
  'export.field.exportedAt': { en: 'Last run', id: 'Terakhir' },
  'export.field.exportedBy': { en: 'By', id: 'Oleh' },

  'export.confidentialNeedsPii': {
    en: '--include-confidential only adds to --include-pii: pass both.',
    id: '--include-confidential hanya menambah --include-pii: berikan keduanya.',
  },
  'export.reasonNeedsPii': { en: '--reason is for --include-pii exports.', id: '--reason untuk ekspor dengan --include-pii.' },
  'export.incrementalNeedsOut': {
    en: '--incremental needs --out FILE: the mark moves only once the file is complete.',
    id: '--incremental perlu --out BERKAS: penanda hanya maju setelah berkasnya lengkap.',
  },
  'export.outIsDatabase': {
    en: '--out {path} is the database itself: choose another file.',
    id: '--out {path} adalah basis datanya sendiri: pilih berkas lain.',
  },
  'export.fullNeedsIncremental': { en: '--full goes with --incremental NAME.', id: '--full dipakai bersama --incremental NAMA.' },
  'export.badName': {
    en: "Job name '{value}' is not usable: use letters, digits, '.', '_' or '-' (at most 64).",
    id: "Nama tugas '{value}' tidak dapat dipakai: gunakan huruf, angka, '.', '_' atau '-' (paling banyak 64).",
  },
  'export.open311NoPii': {
    en: 'Open311 is a public format and never carries reporter identity: drop --include-pii.',
    id: 'Open311 format publik dan tidak pernah memuat identitas pelapor: hapus --include-pii.',
  },
  'export.open311NoHeader': { en: 'Open311 has fixed field names: drop --header.', id: 'Open311 memakai nama kolom tetap: hapus --header.' },
  'export.progress': { en: 'Exported {rows} rows...', id: 'Sudah diekspor {rows} baris...' },
  'export.done': { en: 'Exported {rows} rows to {target}.', id: 'Diekspor {rows} baris ke {target}.' },
  'export.doneIncremental': {
    en: "Exported {rows} rows changed since the last run of '{name}' to {target}.",
    id: "Diekspor {rows} baris yang berubah sejak jalannya '{name}' terakhir ke {target}.",
  },
  'export.firstRun': {
    en: "First run of '{name}': exporting every matching report.",
    id: "Jalannya '{name}' yang pertama: semua laporan yang cocok diekspor.",
  },
  'export.piiWarning': {
    en: 'This file holds personal data: keep it safe and delete it when it is no longer needed.',
    id: 'Berkas ini berisi data pribadi: simpan dengan aman dan hapus bila tidak diperlukan lagi.',
  },
} satisfies Catalog;
