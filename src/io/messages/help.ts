import type { Catalog } from './types.js';

/** --help texts: descriptions, options and examples of real use. */
export const helpMessages = {
  'help.program': {
    en: 'SP4N-LAPOR! admin tool: record complaints received offline, follow them up and sync them with the national system.',
    id: 'Alat admin SP4N-LAPOR!: catat pengaduan yang diterima luring, pantau tindak lanjutnya, dan sinkronkan dengan sistem nasional.',
  },
  'help.program.after': {
    en: `Start here:
  lapor init                      set agency code, name, time zone and your name
  lapor add                       record a complaint (asks for each field)
  lapor list                      newest reports first
Environment: LAPOR_DB (database file), LAPOR_LANG (en|id), NO_COLOR.
Exit codes: 0 ok, 1 internal error, 2 usage, 3 not found, 4 invalid input, 5 sync failed, 6 auth, 130 cancelled.`,
    id: `Mulai dari sini:
  lapor init                      atur kode instansi, nama, zona waktu dan nama Anda
  lapor add                       catat pengaduan (ditanya per kolom)
  lapor list                      laporan terbaru lebih dulu
Lingkungan: LAPOR_DB (berkas basis data), LAPOR_LANG (en|id), NO_COLOR.
Kode keluar: 0 berhasil, 1 kesalahan internal, 2 penggunaan, 3 tidak ditemukan, 4 masukan tidak valid, 5 sinkronisasi gagal, 6 otorisasi, 130 dibatalkan.`,
  },
  'help.examples': { en: 'Examples:', id: 'Contoh:' },
  'help.opt.db': {
    en: 'database file (default: $LAPOR_DB or ~/.local/share/lapor/lapor.db)',
    id: 'berkas basis data (bawaan: $LAPOR_DB atau ~/.local/share/lapor/lapor.db)',
  },
  'help.opt.lang': { en: 'language of messages: en or id (default: $LAPOR_LANG, $LANG, en)', id: 'bahasa pesan: en atau id (bawaan: $LAPOR_LANG, $LANG, en)' },
  'help.opt.noColor': { en: 'no colour (also NO_COLOR=1)', id: 'tanpa warna (juga NO_COLOR=1)' },
  'help.opt.as': { en: 'name recorded in the audit trail for this run', id: 'nama yang dicatat di jejak audit untuk perintah ini' },
  'help.opt.debug': { en: 'show stack traces of errors', id: 'tampilkan jejak tumpukan kesalahan' },
  'help.opt.help': { en: 'show help', id: 'tampilkan bantuan' },
  'help.opt.format': {
    en: 'output format (default: table on a terminal, json when piped)',
    id: 'format keluaran (bawaan: tabel di terminal, json bila disalurkan)',
  },
  'help.opt.json': {
    en: "read the report from a JSON file ('-' for stdin); flags override its fields",
    id: "baca laporan dari berkas JSON ('-' untuk stdin); flag menimpa isinya",
  },
  'help.opt.allowDuplicate': { en: 'save even if it looks like a duplicate', id: 'tetap simpan walau tampak ganda' },
  'help.opt.noInput': { en: 'never prompt; fail on missing values', id: 'jangan bertanya; gagal bila ada yang kosong' },
  'help.opt.yesSave': { en: 'save without the final confirmation', id: 'simpan tanpa konfirmasi akhir' },
  'help.opt.reveal': { en: 'show personal data in full (recorded in the audit trail)', id: 'tampilkan data pribadi utuh (dicatat di jejak audit)' },
  'help.opt.revealReason': {
    en: 'why the personal data is needed (kept in the audit trail; required for a confidential reporter)',
    id: 'alasan data pribadi diperlukan (disimpan di jejak audit; wajib untuk pelapor yang dirahasiakan)',
  },
  'help.opt.status': {
    en: 'only these statuses, comma-separated: {allowed}; Indonesian words (didisposisikan, ditindaklanjuti, ...) and national names (Belum Terverifikasi, Dalam Proses = assigned, in_progress and followed_up; Ditolak = rejected and forwarded) work too',
    id: 'hanya status ini, dipisah koma: {allowed}; kata Indonesia (didisposisikan, ditindaklanjuti, ...) dan nama status nasional (Belum Terverifikasi, Dalam Proses = assigned, in_progress dan followed_up; Ditolak = rejected dan forwarded) juga bisa',
  },
  'help.opt.category': { en: 'only this category', id: 'hanya kategori ini' },
  'help.opt.channel': {
    en: 'only these channels, comma-separated (walk-in, letter, phone, ...)',
    id: 'hanya saluran ini, dipisah koma (tatap-muka, surat, telepon, ...)',
  },
  'help.opt.unit': { en: 'only reports of this unit (code or name)', id: 'hanya laporan unit ini (kode atau nama)' },
  'help.opt.since': { en: 'received on or after this date', id: 'diterima pada atau setelah tanggal ini' },
  'help.opt.until': { en: 'received on or before this date', id: 'diterima pada atau sebelum tanggal ini' },
  'help.opt.search': { en: 'words in the title or description', id: 'kata di judul atau uraian' },
  'help.opt.limit': { en: 'at most this many rows', id: 'paling banyak sejumlah baris ini' },
  'help.opt.offset': { en: 'skip this many rows', id: 'lewati sejumlah baris ini' },
  'help.opt.clear': { en: 'empty these optional fields: {allowed}', id: 'kosongkan kolom opsional ini: {allowed}' },
  'help.opt.force': { en: 'overwrite an existing file', id: 'timpa berkas yang sudah ada' },
  'help.opt.allUnits': { en: 'include deactivated units', id: 'sertakan unit nonaktif' },
  'help.opt.unitName': { en: 'full name of the unit', id: 'nama lengkap unit' },
  'help.opt.unitNewCode': { en: 'new code of the unit', id: 'kode baru unit' },
  'help.opt.unitActive': { en: 'activate the unit', id: 'aktifkan unit' },
  'help.opt.unitInactive': { en: 'deactivate the unit (its reports stay)', id: 'nonaktifkan unit (laporannya tetap)' },
  'help.arg.ticket': { en: 'ticket number, e.g. PPU-2026-000123', id: 'nomor tiket, mis. PPU-2026-000123' },
  'help.arg.unitCode': { en: 'unit code, e.g. DISDIK', id: 'kode unit, mis. DISDIK' },
  'help.arg.settingKey': { en: 'setting name (see lapor config list)', id: 'nama pengaturan (lihat lapor config list)' },
  'help.arg.settingValue': { en: 'new value', id: 'nilai baru' },
  'help.arg.backupFile': { en: 'file to write the backup to', id: 'berkas tujuan cadangan' },

  'help.field.title': { en: 'short title of the report', id: 'judul singkat laporan' },
  'help.field.description': { en: 'what happened: the chronology', id: 'uraian kejadian: kronologi' },
  'help.field.classification': {
    en: 'complaint | aspiration | information (pengaduan | aspirasi | informasi); default complaint',
    id: 'complaint | aspiration | information (pengaduan | aspirasi | informasi); bawaan pengaduan',
  },
  'help.field.channel': {
    en: 'walk-in | letter | phone | sms | email | whatsapp | social-media | suggestion-box | other',
    id: 'tatap-muka | surat | telepon | sms | email | whatsapp | media-sosial | kotak-saran | lainnya',
  },
  'help.field.category': { en: 'category, e.g. Infrastruktur', id: 'kategori, mis. Infrastruktur' },
  'help.field.received_at': {
    en: "when it was received (default now), e.g. '2026-11-27 09:30' or 27/11/2026",
    id: "kapan diterima (bawaan sekarang), mis. '2026-11-27 09:30' atau 27/11/2026",
  },
  'help.field.incident_date': { en: 'date of the incident, e.g. 25/11/2026', id: 'tanggal kejadian, mis. 25/11/2026' },
  'help.field.location': { en: 'where it happened', id: 'lokasi kejadian' },
  'help.field.region': { en: 'Kemendagri region code, e.g. 64.09.04', id: 'kode wilayah Kemendagri, mis. 64.09.04' },
  'help.field.unit': { en: 'target unit (code or name, see lapor unit list)', id: 'unit kerja tujuan (kode atau nama, lihat lapor unit list)' },
  'help.field.ref': {
    en: 'source reference: letter number or spreadsheet row; must be unique',
    id: 'nomor sumber: nomor surat atau baris lembar kerja; harus unik',
  },
  'help.field.reporter_name': { en: "reporter's name", id: 'nama pelapor' },
  'help.field.nik': { en: "reporter's NIK (16 digits)", id: 'NIK pelapor (16 digit)' },
  'help.field.phone': { en: "reporter's phone, e.g. 0812-3456-7890", id: 'no. HP pelapor, mis. 0812-3456-7890' },
  'help.field.email': { en: "reporter's email", id: 'email pelapor' },
  'help.field.address': { en: "reporter's address", id: 'alamat pelapor' },
  'help.field.anonymous': { en: 'anonymous: no identity is stored', id: 'anonim: identitas tidak disimpan' },
  'help.field.confidential': {
    en: 'confidential: identity stored but never shown or exported',
    id: 'rahasia: identitas disimpan tetapi tidak ditampilkan atau diekspor',
  },
  'help.field.no-anonymous': { en: 'not anonymous', id: 'tidak anonim' },
  'help.field.no-confidential': { en: 'not confidential', id: 'tidak dirahasiakan' },
  'help.setting.agency.code': { en: 'agency code in ticket numbers, e.g. PPU', id: 'kode instansi pada nomor tiket, mis. PPU' },
  'help.setting.agency.name': { en: 'agency name', id: 'nama instansi' },
  'help.setting.timezone': {
    en: 'WIB, WITA or WIT (stored as Asia/Jakarta, Asia/Makassar, Asia/Jayapura), or another IANA name',
    id: 'WIB, WITA atau WIT (disimpan sebagai Asia/Jakarta, Asia/Makassar, Asia/Jayapura), atau nama IANA lain',
  },
  'help.setting.admin.name': { en: 'your name, for the audit trail', id: 'nama Anda, untuk jejak audit' },

  'help.init': { en: 'set up the agency: code, name, time zone, admin name', id: 'atur instansi: kode, nama, zona waktu, nama admin' },
  'help.init.examples': {
    en: `  lapor init
  lapor init --agency-code PPU --agency-name 'Pemkab Penajam Paser Utara' --timezone Asia/Makassar --admin-name 'Siti'`,
    id: `  lapor init
  lapor init --agency-code PPU --agency-name 'Pemkab Penajam Paser Utara' --timezone Asia/Makassar --admin-name 'Siti'`,
  },
  'help.add': {
    en: 'record a complaint received offline (asks on a terminal, flags or JSON in scripts)',
    id: 'catat pengaduan yang diterima luring (bertanya di terminal, flag atau JSON untuk skrip)',
  },
  'help.add.examples': {
    en: `  lapor add                                   # asks for each field
  lapor add --channel walk-in --title 'Jalan rusak di Sepaku' \\
    --description 'Lubang besar di jalan poros sejak Oktober' --unit DPUPR \\
    --reporter-name 'Budi' --phone 0812-3456-7890
  lapor add --json report.json --allow-duplicate
  echo '{"title":"Lampu jalan mati","description":"Sudah dua minggu","channel":"surat"}' | lapor add --json -`,
    id: `  lapor add                                   # bertanya per kolom
  lapor add --channel tatap-muka --title 'Jalan rusak di Sepaku' \\
    --description 'Lubang besar di jalan poros sejak Oktober' --unit DPUPR \\
    --reporter-name 'Budi' --phone 0812-3456-7890
  lapor add --json laporan.json --allow-duplicate
  echo '{"title":"Lampu jalan mati","description":"Sudah dua minggu","channel":"surat"}' | lapor add --json -`,
  },
  'help.show': { en: 'show one report (personal data masked unless --reveal)', id: 'tampilkan satu laporan (data pribadi disamarkan kecuali --reveal)' },
  'help.show.examples': {
    en: `  lapor show PPU-2026-000123
  lapor show ppu-2026-000123 --format json
  lapor show PPU-2026-000123 --reveal --reason 'call back the reporter'`,
    id: `  lapor show PPU-2026-000123
  lapor show ppu-2026-000123 --format json
  lapor show PPU-2026-000123 --reveal --reason 'menghubungi pelapor'`,
  },
  'help.list': {
    en: 'list reports, newest first, with filters and full-text search',
    id: 'daftar laporan, terbaru lebih dulu, dengan saringan dan pencarian teks',
  },
  'help.list.examples': {
    en: `  lapor list
  lapor list --status recorded,verified --unit DISDIK
  lapor list --search 'jalan rusak' --since 01/11/2026
  lapor list --channel surat --format csv > letters.csv`,
    id: `  lapor list
  lapor list --status recorded,verified --unit DISDIK
  lapor list --search 'jalan rusak' --since 01/11/2026
  lapor list --channel surat --format csv > surat.csv`,
  },
  'help.edit': { en: 'change fields of a report (asks on a terminal when no flag is given)', id: 'ubah kolom laporan (bertanya di terminal bila tanpa flag)' },
  'help.edit.examples': {
    en: `  lapor edit PPU-2026-000123                  # choose fields to change
  lapor edit PPU-2026-000123 --unit DPUPR --category Infrastruktur
  lapor edit PPU-2026-000123 --clear email --confidential`,
    id: `  lapor edit PPU-2026-000123                  # pilih kolom yang diubah
  lapor edit PPU-2026-000123 --unit DPUPR --category Infrastruktur
  lapor edit PPU-2026-000123 --clear email --confidential`,
  },
  'help.history': { en: 'the timeline of a report: who did what, when', id: 'riwayat laporan: siapa melakukan apa, kapan' },
  'help.history.examples': {
    en: '  lapor history PPU-2026-000123\n  lapor history PPU-2026-000123 --format json',
    id: '  lapor history PPU-2026-000123\n  lapor history PPU-2026-000123 --format json',
  },
  'help.unit': { en: 'units (OPD, kelurahan, ...) that reports are assigned to', id: 'unit kerja (OPD, kelurahan, ...) tujuan laporan' },
  'help.unit.add': { en: 'add a unit', id: 'tambah unit' },
  'help.unit.list': { en: 'list units', id: 'daftar unit' },
  'help.unit.edit': { en: 'rename, recode or (de)activate a unit', id: 'ganti nama, kode atau (non)aktifkan unit' },
  'help.unit.examples': {
    en: `  lapor unit add DISDIK --name 'Dinas Pendidikan'
  lapor unit list --format csv
  lapor unit edit DISDIK --no-active`,
    id: `  lapor unit add DISDIK --name 'Dinas Pendidikan'
  lapor unit list --format csv
  lapor unit edit DISDIK --no-active`,
  },
  'help.config': { en: 'agency settings stored in the database', id: 'pengaturan instansi yang disimpan di basis data' },
  'help.config.get': { en: 'print one setting', id: 'cetak satu pengaturan' },
  'help.config.set': { en: 'change one setting', id: 'ubah satu pengaturan' },
  'help.config.list': { en: 'all settings with their values', id: 'semua pengaturan beserta nilainya' },
  'help.config.examples': {
    en: '  lapor config list\n  lapor config set timezone Asia/Makassar\n  lapor config get agency.code',
    id: '  lapor config list\n  lapor config set timezone Asia/Makassar\n  lapor config get agency.code',
  },
  'help.db': { en: 'the database file: where it is, check it, back it up', id: 'berkas basis data: lokasinya, periksa, cadangkan' },
  'help.db.path': { en: 'print the database path', id: 'cetak lokasi basis data' },
  'help.db.check': { en: 'integrity check and migration state', id: 'periksa integritas dan status migrasi' },
  'help.db.backup': { en: 'consistent online backup, safe while others write', id: 'cadangan daring yang konsisten, aman saat ada yang menulis' },
  'help.db.examples': {
    en: '  lapor db path\n  lapor db check\n  lapor db backup ~/backup/lapor-$(date +%F).db',
    id: '  lapor db path\n  lapor db check\n  lapor db backup ~/cadangan/lapor-$(date +%F).db',
  },
  'help.completion': { en: 'print a shell completion script', id: 'cetak skrip pelengkapan shell' },
  'help.completion.examples': {
    en: `  eval "$(lapor completion bash)"
  lapor completion fish > ~/.config/fish/completions/lapor.fish`,
    id: `  eval "$(lapor completion bash)"
  lapor completion fish > ~/.config/fish/completions/lapor.fish`,
  },
  'db.field.path': { en: 'Path', id: 'Lokasi' },
  'db.field.integrity': { en: 'Integrity', id: 'Integritas' },
  'db.field.foreignKeys': { en: 'Foreign-key problems', id: 'Masalah kunci asing' },
  'db.field.schema': { en: 'Schema version', id: 'Versi skema' },
  'db.field.pending': { en: 'Pending migrations', id: 'Migrasi tertunda' },
  'db.field.size': { en: 'Size', id: 'Ukuran' },
  'list.badStatus': { en: "--status: unknown status '{value}'. Use: {allowed}.", id: "--status: status '{value}' tidak dikenal. Gunakan: {allowed}." },
  'list.badChannel': { en: "--channel: unknown channel '{value}'.", id: "--channel: saluran '{value}' tidak dikenal." },
  'edit.nothing': {
    en: 'Nothing to change in {ticket}: give at least one field flag (see lapor edit --help).',
    id: 'Tidak ada yang diubah pada {ticket}: berikan minimal satu flag kolom (lihat lapor edit --help).',
  },
  'unit.nothing': {
    en: 'Nothing to change: give --name, --code or --active/--no-active.',
    id: 'Tidak ada yang diubah: berikan --name, --code atau --active/--no-active.',
  },
  'audit.unit.add': { en: 'unit added', id: 'unit ditambahkan' },
  'audit.unit.edit': { en: 'unit changed', id: 'unit diubah' },
} satisfies Catalog;
