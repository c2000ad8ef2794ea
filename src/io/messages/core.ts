import type { Catalog } from './types.js';

/** Messages of the CLI shell, the store and configuration. */
export const coreMessages = {
  'error.internal': {
    en: 'Unexpected error: {message}. Run again with --debug for details and report it.',
    id: 'Kesalahan tak terduga: {message}. Jalankan lagi dengan --debug untuk rinciannya dan laporkan.',
  },
  'error.cancelled': { en: 'Cancelled. Nothing was saved.', id: 'Dibatalkan. Tidak ada yang disimpan.' },
  'error.usage': { en: '{message}', id: '{message}' },
  'error.seeHelp': { en: "Run '{command} --help' for usage.", id: "Jalankan '{command} --help' untuk petunjuk." },
  'error.missingFlag': {
    en: 'Missing {field}: pass {flag} (no terminal to ask in).',
    id: '{field} belum diisi: gunakan {flag} (tidak ada terminal untuk bertanya).',
  },
  'error.needsYes': {
    en: '{action} needs confirmation: pass --yes to do it without a terminal.',
    id: '{action} perlu konfirmasi: gunakan --yes untuk menjalankannya tanpa terminal.',
  },
  'error.invalidInput': {
    en: 'Invalid input ({count} {count:problem|problems}). Nothing was saved.',
    id: 'Masukan tidak valid ({count} masalah). Tidak ada yang disimpan.',
  },
  'error.badFormat': {
    en: "Unknown --format '{value}'. Use one of: {allowed}.",
    id: "--format '{value}' tidak dikenal. Gunakan salah satu: {allowed}.",
  },
  'error.badLang': {
    en: "Unknown language '{value}'. Use en or id.",
    id: "Bahasa '{value}' tidak dikenal. Gunakan en atau id.",
  },
  'error.badInteger': {
    en: "{flag} must be a whole number >= {min}, got '{value}'.",
    id: "{flag} harus bilangan bulat >= {min}, tertulis '{value}'.",
  },
  'error.readFile': {
    en: 'Cannot read {path}: {reason}. Check the path and its permissions.',
    id: 'Tidak dapat membaca {path}: {reason}. Periksa path dan izinnya.',
  },
  'error.writeFile': {
    en: 'Cannot write {path}: {reason}. Check the folder exists and is writable.',
    id: 'Tidak dapat menulis {path}: {reason}. Periksa foldernya ada dan dapat ditulisi.',
  },
  'error.badJson': {
    en: 'The JSON in {source} is not valid: {reason}. Fix it and try again.',
    id: 'JSON di {source} tidak valid: {reason}. Perbaiki lalu coba lagi.',
  },
  'error.jsonNotObject': {
    en: 'The JSON in {source} must be one object with report fields, e.g. {"title": "...", ...}.',
    id: 'JSON di {source} harus berupa satu objek berisi kolom laporan, mis. {"title": "...", ...}.',
  },
  'error.unknownJsonField': {
    en: "Unknown field '{field}' in {source}. Known fields: {known}.",
    id: "Kolom '{field}' di {source} tidak dikenal. Kolom yang dikenal: {known}.",
  },
  'problem.line': { en: '  - {message}', id: '  - {message}' },
  'problem.warning': { en: 'Warning: {message}', id: 'Peringatan: {message}' },

  'db.openFailed': {
    en: 'Cannot open the database {path}: {reason}.',
    id: 'Tidak dapat membuka basis data {path}: {reason}.',
  },
  'db.notLapor': {
    en: '{path} is not a lapor database (or is damaged): {reason}. Check --db / LAPOR_DB.',
    id: '{path} bukan basis data lapor (atau rusak): {reason}. Periksa --db / LAPOR_DB.',
  },
  'db.tooNew': {
    en: 'The database {path} has schema version {found}, newer than this lapor knows ({known}). Upgrade lapor-admin; nothing was changed.',
    id: 'Basis data {path} memakai skema versi {found}, lebih baru dari yang dikenal lapor ini ({known}). Perbarui lapor-admin; tidak ada yang diubah.',
  },
  'db.migrationFailed': {
    en: 'Migration {version} ({name}) failed: {reason}. The database was left at version {current}.',
    id: 'Migrasi {version} ({name}) gagal: {reason}. Basis data tetap di versi {current}.',
  },
  'db.busy': {
    en: 'The database is busy (another lapor is writing). Try again in a moment.',
    id: 'Basis data sedang sibuk (lapor lain sedang menulis). Coba lagi sebentar lagi.',
  },
  'db.checkOk': { en: 'Integrity check: ok', id: 'Pemeriksaan integritas: baik' },
  'db.checkFailed': {
    en: 'Integrity check found problems: {details}. Restore from a backup (lapor db backup).',
    id: 'Pemeriksaan integritas menemukan masalah: {details}. Pulihkan dari cadangan (lapor db backup).',
  },
  'db.backupDone': {
    en: 'Backup written to {path} ({size}).',
    id: 'Cadangan ditulis ke {path} ({size}).',
  },
  'db.backupExists': {
    en: '{path} already exists. Choose another file or pass --force to overwrite it.',
    id: '{path} sudah ada. Pilih berkas lain atau gunakan --force untuk menimpanya.',
  },
  'db.created': { en: 'Created a new database at {path}.', id: 'Basis data baru dibuat di {path}.' },

  'config.unknownKey': {
    en: "Unknown setting '{key}'. Known settings: {known}.",
    id: "Pengaturan '{key}' tidak dikenal. Pengaturan yang dikenal: {known}.",
  },
  'config.set': { en: '{key} = {value}', id: '{key} = {value}' },
  'config.agencyCode': {
    en: "agency.code must be 2-10 capital letters or digits (e.g. PPU), got '{value}'.",
    id: "agency.code harus 2-10 huruf kapital atau angka (mis. PPU), tertulis '{value}'.",
  },
  'config.timezone': {
    en: "'{value}' is not a time zone. Use WIB, WITA or WIT, or a name such as Asia/Jakarta, Asia/Makassar or Asia/Jayapura.",
    id: "'{value}' bukan zona waktu. Gunakan WIB, WITA atau WIT, atau nama seperti Asia/Jakarta, Asia/Makassar atau Asia/Jayapura.",
  },
  'config.integer': {
    en: "{key} must be a whole number from {min} to {max}, got '{value}'.",
    id: "{key} harus bilangan bulat dari {min} sampai {max}, tertulis '{value}'.",
  },
  'config.oneOf': {
    en: "{key} must be one of: {allowed}; got '{value}'.",
    id: "{key} harus salah satu dari: {allowed}; tertulis '{value}'.",
  },
  'setting.sla.verify_days': { en: 'working days to verify a new report', id: 'hari kerja untuk verifikasi laporan baru' },
  'setting.sla.followup_days': {
    en: 'working days for the unit to follow up after assignment',
    id: 'hari kerja bagi unit untuk menindaklanjuti setelah disposisi',
  },
  'setting.sla.auto_close_days': {
    en: 'working days after a final follow-up without reply before auto-close',
    id: 'hari kerja setelah tindak lanjut akhir tanpa balasan sebelum ditutup otomatis',
  },
  'setting.sla.completion_days': { en: 'days to complete a report', id: 'hari untuk menyelesaikan laporan' },
  'setting.sla.reassign_restarts_clock': {
    en: 'true: re-assigning within the same unit restarts the follow-up clock (default false: it keeps counting from the first disposition to the unit)',
    id: 'true: disposisi ulang di unit yang sama memulai ulang hitungan tindak lanjut (bawaan false: tetap dihitung dari disposisi pertama ke unit itu)',
  },
  'setting.sla.completion_unit': { en: 'completion counted in calendar or working days', id: 'penyelesaian dihitung dalam hari kalender atau hari kerja' },
  'setting.calendar.collective_leave': {
    en: "cuti bersama: 'off' (not a working day) or 'working'",
    id: "cuti bersama: 'off' (bukan hari kerja) atau 'working'",
  },
  'setting.attachments.max_mb': { en: 'largest attachment accepted, in MB', id: 'ukuran lampiran terbesar yang diterima, dalam MB' },
  'config.notEmpty': { en: '{key} cannot be empty.', id: '{key} tidak boleh kosong.' },
  'config.badStored': {
    en: "The stored value of {keys} is not valid (the database was edited outside lapor or by another version). Fix it with 'lapor config set <key> <value>'.",
    id: "Nilai tersimpan {keys} tidak sah (basis data diubah di luar lapor atau oleh versi lain). Perbaiki dengan 'lapor config set <kunci> <nilai>'.",
  },
  'config.hintInit': {
    en: "Hint: agency settings are not set yet (tickets use '{code}'). Run 'lapor init' once.",
    id: "Petunjuk: pengaturan instansi belum diisi (tiket memakai '{code}'). Jalankan 'lapor init' sekali.",
  },
  'init.firstRun': {
    en: 'First run: set up the agency once (the same as lapor init), then record the report.',
    id: 'Pertama kali: atur instansi sekali (sama dengan lapor init), lalu catat laporannya.',
  },
  'init.done': {
    en: 'Saved. Tickets will look like {example}. Database: {path}',
    id: 'Tersimpan. Tiket akan berbentuk {example}. Basis data: {path}',
  },
  'prompt.agencyCode': { en: 'Agency code for ticket numbers (e.g. PPU)', id: 'Kode instansi untuk nomor tiket (mis. PPU)' },
  'prompt.agencyName': { en: 'Agency name', id: 'Nama instansi' },
  'prompt.timezone': { en: 'Time zone of the office (WIB, WITA or WIT)', id: 'Zona waktu kantor (WIB, WITA atau WIT)' },
  'prompt.adminName': { en: 'Your name (recorded in the audit trail)', id: 'Nama Anda (dicatat di jejak audit)' },
  'setting.agency.code': { en: 'agency code used in ticket numbers', id: 'kode instansi pada nomor tiket' },
  'setting.agency.name': { en: 'agency name', id: 'nama instansi' },
  'setting.agency.region': {
    en: "the agency's area as a Kemendagri code (e.g. 64.09): report regions outside it are warned about",
    id: 'wilayah instansi sebagai kode Kemendagri (mis. 64.09): kode wilayah laporan di luarnya diberi peringatan',
  },
  'config.agencyRegion': {
    en: "agency.region must be a Kemendagri code such as 64 or 64.09, got '{value}'.",
    id: "agency.region harus kode Kemendagri seperti 64 atau 64.09, tertulis '{value}'.",
  },
  'setting.timezone': { en: 'office time zone (decides "today")', id: 'zona waktu kantor (menentukan "hari ini")' },
  'setting.admin.name': { en: 'admin name recorded in the audit trail', id: 'nama admin yang dicatat di jejak audit' },
  'common.yes': { en: 'yes', id: 'ya' },
  'common.no': { en: 'no', id: 'tidak' },
  'prompt.yesNo': { en: 'Answer y (yes) or n (no).', id: 'Jawab ya (y) atau tidak (t).' },
  'common.none': { en: '(none)', id: '(tidak ada)' },
  'common.hidden': { en: '(hidden: confidential)', id: '(disembunyikan: rahasia)' },
  'common.anonymous': { en: '(anonymous)', id: '(anonim)' },
  'table.hidden': {
    en: 'Left out at this width: {columns} (--format csv has every column).',
    id: 'Tidak muat pada lebar ini: {columns} (--format csv memuat semua kolom).',
  },
  'common.noRows': { en: 'No reports match.', id: 'Tidak ada laporan yang cocok.' },
  'common.rowsShown': {
    en: '{shown} of {total} {total:report|reports}. Use --limit/--offset for more.',
    id: '{shown} dari {total} laporan. Gunakan --limit/--offset untuk selebihnya.',
  },
} satisfies Catalog;
