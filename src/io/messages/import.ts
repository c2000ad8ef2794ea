import type { Catalog } from './types.js';

/** `lapor import`: options, input problems, row problems and the summary. */
export const importMessages = {
  'import.help': {
    en: 'load reports from a CSV or xlsx file kept at a counter (Excel, Google Sheets); all rows or none unless --skip-invalid',
    id: 'muat laporan dari berkas CSV atau xlsx catatan loket (Excel, Google Sheets); semua baris atau tidak sama sekali kecuali --skip-invalid',
  },
  'import.arg.file': { en: "CSV or .xlsx file, or '-' for stdin (CSV)", id: "berkas CSV atau .xlsx, atau '-' untuk stdin (CSV)" },
  'import.opt.delimiter': {
    en: 'field separator: , ; tab or | (default: detected from the header line)',
    id: 'pemisah kolom: , ; tab atau | (bawaan: dikenali dari baris judul kolom)',
  },
  'import.opt.encoding': {
    en: 'character encoding: utf-8 or windows-1252 (default: utf-8; a BOM is detected)',
    id: 'pengodean karakter: utf-8 atau windows-1252 (bawaan: utf-8; BOM dikenali)',
  },
  'import.opt.map': {
    en: "read a column as a report field: --map 'Header In File=field' (repeatable)",
    id: "baca kolom sebagai kolom laporan: --map 'Judul Di Berkas=kolom' (boleh berulang)",
  },
  'import.opt.set': {
    en: 'value of a field for rows that leave it empty or have no such column: --set channel=walk-in (repeatable)',
    id: 'nilai kolom untuk baris yang mengosongkannya atau tanpa kolom itu: --set channel=walk-in (boleh berulang)',
  },
  'import.opt.ignoreUnknown': {
    en: 'skip columns that match no report field instead of failing',
    id: 'lewati kolom yang tidak cocok dengan kolom laporan, bukan gagal',
  },
  'import.opt.skipInvalid': {
    en: 'store the valid rows (committed in batches) and write the invalid ones to the rejects file',
    id: 'simpan baris yang valid (per kelompok) dan tulis yang tidak valid ke berkas penolakan',
  },
  'import.opt.rejects': {
    en: 'rejects file: rejected rows with line and reason (default with --skip-invalid: FILE.rejects.csv beside the input)',
    id: 'berkas penolakan: baris yang ditolak beserta baris dan alasannya (bawaan dengan --skip-invalid: BERKAS.rejects.csv di samping masukan)',
  },
  'import.opt.dryRun': { en: 'check everything and report, but store nothing', id: 'periksa semuanya dan laporkan, tetapi jangan simpan apa pun' },
  'import.opt.onDuplicate': {
    en: 'a row already imported (same ref, or same content without ref): skip, update or error',
    id: 'baris yang sudah pernah diimpor (ref sama, atau isi sama bila tanpa ref): skip (lewati), update (perbarui) atau error',
  },
  'import.opt.format': { en: 'summary format: text (stderr) or json (stdout)', id: 'format ringkasan: text (stderr) atau json (stdout)' },
  'import.opt.yes': { en: 'confirm --on-duplicate update without a terminal', id: 'konfirmasi --on-duplicate update tanpa terminal' },
  'import.help.examples': {
    en: `  lapor import pengaduan-loket.csv
  lapor import pengaduan-loket.csv --dry-run
  lapor import data.csv --skip-invalid --rejects ditolak.csv
  lapor import lama.csv --encoding windows-1252 --delimiter ';'
  lapor import data.csv --map 'Nama Warga=reporter_name' --map 'Keluhan=description'
  lapor import data.csv --on-duplicate update --yes
  lapor import loket.xlsx --sheet Pengaduan --set channel=walk-in
  cat data.csv | lapor import - --format json

Columns: the field names of 'lapor add' (title, description, channel, ...) or their Indonesian
names (judul, isi/uraian, saluran, kategori, tanggal_diterima, nama_pelapor, nik, no_hp, ...).
A row is recognised on re-import by its ticket (our export), its ref, or a hash of its content.
Atomic: one invalid row stores nothing (exit 4). Tickets are numbered in file order; the audit
trail gets one entry per batch of about 1,000 reports (with the ticket range), not one per report.`,
    id: `  lapor import pengaduan-loket.csv
  lapor import pengaduan-loket.csv --dry-run
  lapor import data.csv --skip-invalid --rejects ditolak.csv
  lapor import lama.csv --encoding windows-1252 --delimiter ';'
  lapor import data.csv --map 'Nama Warga=reporter_name' --map 'Keluhan=description'
  lapor import data.csv --on-duplicate update --yes
  lapor import loket.xlsx --sheet Pengaduan --set channel=walk-in
  cat data.csv | lapor import - --format json

Kolom: nama kolom 'lapor add' (title, description, channel, ...) atau nama Indonesianya
(judul, isi/uraian, saluran, kategori, tanggal_diterima, nama_pelapor, nik, no_hp, ...).
Baris dikenali saat diimpor ulang dari tiketnya (hasil ekspor), ref-nya, atau hash isinya.
Atomik: satu baris tidak valid berarti tidak ada yang disimpan (kode 4). Tiket dinomori sesuai urutan
berkas; jejak audit mencatat satu entri per kelompok sekitar 1.000 laporan (dengan rentang tiket).`,
  },

  'import.badEncoding': {
    en: "Unknown --encoding '{value}'. Use utf-8 or windows-1252 (also: latin1, cp1252, utf-16).",
    id: "--encoding '{value}' tidak dikenal. Gunakan utf-8 atau windows-1252 (juga: latin1, cp1252, utf-16).",
  },
  'import.badDelimiter': {
    en: "Unknown --delimiter '{value}'. Use one character such as , or ; or the word tab.",
    id: "--delimiter '{value}' tidak dikenal. Gunakan satu karakter seperti , atau ; atau kata tab.",
  },
  'import.badMap': {
    en: "--map '{value}' must be 'Header In File=field' with a field among: {known}.",
    id: "--map '{value}' harus berbentuk 'Judul Di Berkas=kolom' dengan kolom salah satu dari: {known}.",
  },
  'import.badSet': {
    en: "--set '{value}' must be 'field=value' with a field among: {known}.",
    id: "--set '{value}' harus berbentuk 'kolom=nilai' dengan kolom salah satu dari: {known}.",
  },
  'import.notUtf8': {
    en: 'Line {line} is not UTF-8 text. Files saved by older Excel as "CSV (Comma delimited)" are Windows-1252: run again with --encoding windows-1252.',
    id: 'Baris {line} bukan teks UTF-8. Berkas yang disimpan Excel lama sebagai "CSV (Comma delimited)" memakai Windows-1252: jalankan lagi dengan --encoding windows-1252.',
  },
  'import.empty': { en: 'The file is empty: it needs a header line and rows.', id: 'Berkas kosong: harus ada baris judul kolom dan baris data.' },
  'import.unknownColumns': {
    en: 'Unknown column(s) {columns}. Known fields: {known}. Rename the column, map it with --map "Header=field", or pass --ignore-unknown.',
    id: 'Kolom {columns} tidak dikenal. Kolom yang dikenal: {known}. Ganti namanya, petakan dengan --map "Judul=kolom", atau gunakan --ignore-unknown.',
  },
  'import.missingColumns': {
    en: 'The file has no column for {fields} (required). Columns found: {found}. Rename a column or use --map "Header=field".',
    id: 'Berkas tidak punya kolom untuk {fields} (wajib). Kolom yang ada: {found}. Ganti nama kolom atau gunakan --map "Judul=kolom".',
  },
  'import.duplicateColumn': {
    en: 'Columns "{first}" and "{second}" both fill {field}. Keep one, or map the other with --map.',
    id: 'Kolom "{first}" dan "{second}" sama-sama mengisi {field}. Pertahankan satu, atau petakan yang lain dengan --map.',
  },
  'import.unclosedQuote': {
    en: 'Line {line}: a quoted field is never closed (a " is missing). Fix the quotes from that line on.',
    id: 'Baris {line}: ada isian bertanda kutip yang tidak ditutup (kurang satu "). Perbaiki tanda kutip mulai baris itu.',
  },
  'import.headerTooLong': {
    en: 'Line 1: the header line is longer than {max} bytes (is this a CSV file?). Check the file.',
    id: 'Baris 1: baris judul kolom lebih dari {max} byte (apakah ini berkas CSV?). Periksa berkasnya.',
  },
  'import.recordTooLong': {
    en: 'Line {line}: a row longer than 1,000,000 characters starts here, usually because of an unclosed quote. Check the quotes from that line on.',
    id: 'Baris {line}: mulai baris ini ada satu baris data lebih dari 1.000.000 karakter, biasanya karena tanda kutip tidak ditutup. Periksa tanda kutip mulai baris itu.',
  },
  'import.csvSyntax': { en: 'Line {line}: the CSV cannot be read ({reason}).', id: 'Baris {line}: CSV tidak dapat dibaca ({reason}).' },
  'import.inputFailed': {
    en: '{message} Nothing was stored.',
    id: '{message} Tidak ada yang disimpan.',
  },
  'import.inputFailedPartial': {
    en: '{message} {stored} {stored:report|reports} from earlier batches {stored:was|were} stored; fix the file and run the same command again (stored rows are skipped).',
    id: '{message} {stored} laporan dari kelompok sebelumnya sudah tersimpan; perbaiki berkas lalu jalankan perintah yang sama lagi (baris yang tersimpan dilewati).',
  },

  'import.extraCells': {
    en: 'the row has {count} cells but the header has {expected}. A separator inside a value needs quotes.',
    id: 'baris ini berisi {count} sel tetapi judul kolom {expected}. Pemisah di dalam isian harus diberi tanda kutip.',
  },
  'import.duplicateRef': {
    en: "ref: '{ref}' was already imported as {ticket}. Use --on-duplicate skip or update.",
    id: "ref: '{ref}' sudah pernah diimpor sebagai {ticket}. Gunakan --on-duplicate skip atau update.",
  },
  'import.duplicateRow': {
    en: 'the same row was already imported as {ticket}. Use --on-duplicate skip or update.',
    id: 'baris yang sama sudah pernah diimpor sebagai {ticket}. Gunakan --on-duplicate skip atau update.',
  },
  'import.duplicateTicket': {
    en: 'ticket {ticket} is already stored (a row of an export). Use --on-duplicate skip or update.',
    id: 'tiket {ticket} sudah tersimpan (baris dari hasil ekspor). Gunakan --on-duplicate skip atau update.',
  },
  'import.problem': { en: 'line {line}, column "{column}": {message}', id: 'baris {line}, kolom "{column}": {message}' },
  'import.problemRow': { en: 'line {line}: {message}', id: 'baris {line}: {message}' },
  'import.problemCell': { en: '{cell} ("{column}"): {message}', id: '{cell} ("{column}"): {message}' },
  'import.problemSheetRow': { en: 'sheet "{sheet}", row {line}: {message}', id: 'lembar "{sheet}", baris {line}: {message}' },
  'import.opt.sheet': {
    en: 'the sheet of an .xlsx file to read (default: the first)',
    id: 'lembar berkas .xlsx yang dibaca (bawaan: lembar pertama)',
  },
  'import.noSheet': {
    en: 'The workbook has no sheet "{sheet}". Its sheets: {sheets}. Name one with --sheet.',
    id: 'Buku kerja tidak punya lembar "{sheet}". Lembarnya: {sheets}. Sebutkan salah satu dengan --sheet.',
  },
  'import.notXlsx': {
    en: 'The file is not an .xlsx workbook (an old .xls, or a damaged file?). Save it again as "Excel Workbook (.xlsx)" or as CSV UTF-8.',
    id: 'Berkas ini bukan buku kerja .xlsx (.xls lama, atau berkas rusak?). Simpan ulang sebagai "Excel Workbook (.xlsx)" atau CSV UTF-8.',
  },
  'import.more': {
    en: '  ... and {count} more (all of them are in the rejects file with --rejects FILE)',
    id: '  ... dan {count} lagi (semuanya ada di berkas penolakan dengan --rejects BERKAS)',
  },
  'import.moreDryRun': {
    en: '  ... and {count} more (--format json lists up to 1,000)',
    id: '  ... dan {count} lagi (--format json menampilkan hingga 1.000)',
  },
  'import.warningsMore': { en: '  ... and {count} more {count:warning|warnings}', id: '  ... dan {count} peringatan lagi' },

  'import.failed': {
    en: '{count} {count:row is|rows are} invalid, so nothing was stored. Fix them and run again, or use --skip-invalid to store the valid rows and get the rest in a rejects file.',
    id: '{count} baris tidak valid, jadi tidak ada yang disimpan. Perbaiki lalu jalankan lagi, atau gunakan --skip-invalid untuk menyimpan baris yang valid dan mendapatkan sisanya di berkas penolakan.',
  },
  'import.dryRunFailed': {
    en: 'Dry run: {count} {count:row is|rows are} invalid; the import would store nothing.',
    id: 'Uji coba: {count} baris tidak valid; impor tidak akan menyimpan apa pun.',
  },
  'import.interrupted': {
    en: 'Import interrupted. {stored} {stored:report was|reports were} stored in whole batches; run the same command again to finish (stored rows are skipped).',
    id: 'Impor dihentikan. {stored} laporan tersimpan dalam kelompok utuh; jalankan perintah yang sama lagi untuk menyelesaikan (baris yang tersimpan dilewati).',
  },
  'import.interruptedNothing': {
    en: 'Import interrupted. Nothing was stored.',
    id: 'Impor dihentikan. Tidak ada yang disimpan.',
  },
  'import.updateNeedsYes': {
    en: '--on-duplicate update overwrites stored reports with the values in the file: pass --yes to confirm.',
    id: '--on-duplicate update menimpa laporan yang tersimpan dengan isi berkas: gunakan --yes untuk konfirmasi.',
  },
  'import.confirmUpdate': {
    en: 'Reports already imported will be overwritten by the values in the file. Continue?',
    id: 'Laporan yang sudah diimpor akan ditimpa dengan isi berkas. Lanjutkan?',
  },
  'import.progress': {
    en: '{rows} rows  {rate} rows/s  {errors} rejected',
    id: '{rows} baris  {rate} baris/dtk  {errors} ditolak',
  },
  'import.summary.read': {
    en: 'Read {rows} {rows:row|rows} from {source} in {seconds} s ({rate} rows/s).',
    id: 'Membaca {rows} baris dari {source} dalam {seconds} dtk ({rate} baris/dtk).',
  },
  'import.summary.readQuick': { en: 'Read {rows} {rows:row|rows} from {source}.', id: 'Membaca {rows} baris dari {source}.' },
  'import.summary.done': {
    en: 'Stored {stored}{tickets}, skipped {duplicates} as duplicates, updated {updated}{unchanged}, rejected {rejected}.',
    id: 'Tersimpan {stored}{tickets}, dilewati {duplicates} karena ganda, diperbarui {updated}{unchanged}, ditolak {rejected}.',
  },
  'import.summary.dryRun': {
    en: 'Dry run, nothing was stored: would store {stored}, skip {duplicates} as duplicates, update {updated}{unchanged}, reject {rejected}.',
    id: 'Uji coba, tidak ada yang disimpan: akan menyimpan {stored}, melewati {duplicates} karena ganda, memperbarui {updated}{unchanged}, menolak {rejected}.',
  },
  'import.summary.unchanged': { en: ' ({count} already up to date)', id: ' ({count} sudah sama)' },
  'import.summary.tickets': { en: ' ({from} to {to})', id: ' ({from} s.d. {to})' },
  'import.summary.rejects': {
    en: 'Rejected rows, with line and reason: {path}. Fix them there and import that file again.',
    id: 'Baris yang ditolak, dengan nomor baris dan alasannya: {path}. Perbaiki di sana lalu impor berkas itu lagi.',
  },
  'import.summary.warnings': { en: '{count} {count:warning|warnings}:', id: '{count} peringatan:' },
  'import.summary.errors': { en: 'Rejected rows:', id: 'Baris yang ditolak:' },
  'import.debug.written': {
    en: 'debug: import: {stored} {stored:row|rows} written in the open transaction, not committed yet',
    id: 'debug: impor: {stored} baris ditulis dalam transaksi yang masih terbuka, belum di-commit',
  },
  'import.debug.committed': { en: 'debug: import: {stored} {stored:row|rows} committed', id: 'debug: impor: {stored} baris sudah di-commit' },
  'import.debug.suspend': {
    en: 'debug: import: secondary indexes and insert triggers of reports dropped inside the transaction, rebuilt before COMMIT',
    id: 'debug: impor: indeks sekunder dan trigger insert tabel reports dihapus di dalam transaksi, dibangun ulang sebelum COMMIT',
  },
  'import.debug.rebuild': {
    en: 'debug: import: rebuilding the indexes and the search index for {rows} new {rows:row|rows}',
    id: 'debug: impor: membangun ulang indeks dan indeks pencarian untuk {rows} baris baru',
  },
  'import.debug.commit': { en: 'debug: import: committing', id: 'debug: impor: melakukan commit' },
} satisfies Catalog;
