import type { Catalog } from './types.js';

/** Liaison officers (pejabat penghubung): `lapor officer ...` and NIP validation. */
export const officerMessages = {
  'help.officer': {
    en: 'liaison officers (pejabat penghubung) who answer reports for their unit',
    id: 'pejabat penghubung yang menindaklanjuti laporan untuk unitnya',
  },
  'help.officer.add': { en: 'add an officer (prints the officer id)', id: 'tambah pejabat penghubung (mencetak id-nya)' },
  'help.officer.list': { en: 'list active officers', id: 'daftar pejabat penghubung aktif' },
  'help.officer.show': { en: 'one officer, with the number of open reports', id: 'satu pejabat penghubung, dengan jumlah laporan terbuka' },
  'help.officer.edit': { en: 'change an officer’s name, unit, NIP, phone or e-mail', id: 'ubah nama, unit, NIP, telepon atau email pejabat penghubung' },
  'help.officer.deactivate': {
    en: 'deactivate an officer: history stays, no new reports',
    id: 'nonaktifkan pejabat penghubung: riwayat tetap, tidak menerima laporan baru',
  },
  'help.officer.activate': { en: 'activate a deactivated officer again', id: 'aktifkan lagi pejabat penghubung yang nonaktif' },
  'help.officer.examples': {
    en: `  lapor officer add --name 'Siti Rahmawati' --unit DISDIK --nip '19850312 201001 2 003' --phone 0812-3456-7890
  lapor officer list --unit DISDIK
  lapor officer edit 'Siti Rahmawati' --email siti@ppu.go.id --clear phone
  lapor officer deactivate 3
REF is the officer id, the NIP, or the name (case-insensitive, must be unique).`,
    id: `  lapor officer add --name 'Siti Rahmawati' --unit DISDIK --nip '19850312 201001 2 003' --phone 0812-3456-7890
  lapor officer list --unit DISDIK
  lapor officer edit 'Siti Rahmawati' --email siti@ppu.go.id --clear phone
  lapor officer deactivate 3
REF adalah id pejabat, NIP, atau nama (huruf besar/kecil sama, harus unik).`,
  },
  'help.opt.officerName': { en: 'full name', id: 'nama lengkap' },
  'help.opt.officerUnit': { en: 'unit the officer answers for (code or name)', id: 'unit yang diwakili (kode atau nama)' },
  'help.opt.officerNip': { en: 'NIP, 18 digits; spaces allowed', id: 'NIP, 18 digit; boleh dengan spasi' },
  'help.opt.officerPhone': { en: 'work phone, e.g. 0812-3456-7890', id: 'telepon kerja, mis. 0812-3456-7890' },
  'help.opt.officerEmail': { en: 'work e-mail', id: 'email kerja' },
  'help.opt.officerListUnit': { en: 'only officers of this unit (code or name)', id: 'hanya pejabat unit ini (kode atau nama)' },
  'help.opt.officerAll': { en: 'include deactivated officers', id: 'sertakan pejabat nonaktif' },
  'help.arg.officerRef': { en: 'officer id, NIP or unique name', id: 'id pejabat, NIP atau nama yang unik' },

  'officer.prompt.name': { en: 'Officer name', id: 'Nama pejabat penghubung' },
  'officer.prompt.unit': { en: 'Unit', id: 'Unit kerja' },
  'officer.prompt.nip': { en: 'NIP, 18 digits (optional)', id: 'NIP, 18 digit (opsional)' },
  'officer.prompt.phone': { en: 'Work phone (optional)', id: 'Telepon kerja (opsional)' },
  'officer.prompt.email': { en: 'Work e-mail (optional)', id: 'Email kerja (opsional)' },
  'officer.field.id': { en: 'Id', id: 'Id' },
  'officer.field.nip': { en: 'NIP', id: 'NIP' },
  'officer.field.nipKind': { en: 'Employment', id: 'Kepegawaian' },
  'officer.nipKind.pns': { en: 'PNS', id: 'PNS' },
  'officer.nipKind.pppk': { en: 'PPPK', id: 'PPPK' },
  'officer.field.openReports': { en: 'Open reports', id: 'Laporan terbuka' },

  'officer.added': { en: 'Added officer #{id} {name} ({unit}).', id: 'Pejabat penghubung #{id} {name} ({unit}) ditambahkan.' },
  'officer.updated': { en: 'Updated officer #{id} {name}: {fields}.', id: 'Pejabat penghubung #{id} {name} diperbarui: {fields}.' },
  'officer.noChanges': {
    en: 'Nothing changed for officer #{id} {name}: the values are the same.',
    id: 'Tidak ada perubahan pada pejabat #{id} {name}: nilainya sama.',
  },
  'officer.nothing': {
    en: 'Nothing to change: give --name, --unit, --nip, --phone, --email or --clear FIELD.',
    id: 'Tidak ada yang diubah: berikan --name, --unit, --nip, --phone, --email atau --clear KOLOM.',
  },
  'officer.badClear': {
    en: '--clear {field}: only these fields can be cleared: {allowed}.',
    id: '--clear {field}: hanya kolom ini yang dapat dikosongkan: {allowed}.',
  },
  'officer.clearAndSet': {
    en: '--clear {field} and --{field} together: give one of them.',
    id: '--clear {field} dan --{field} bersamaan: berikan salah satunya saja.',
  },
  'officer.activated': { en: 'Officer #{id} {name} is active again.', id: 'Pejabat penghubung #{id} {name} aktif kembali.' },
  'officer.deactivated': {
    en: 'Officer #{id} {name} is deactivated: kept in the history, no new reports.',
    id: 'Pejabat penghubung #{id} {name} dinonaktifkan: tetap di riwayat, tidak menerima laporan baru.',
  },
  'officer.alreadyActive': { en: 'Officer #{id} {name} is already active.', id: 'Pejabat penghubung #{id} {name} sudah aktif.' },
  'officer.alreadyInactive': { en: 'Officer #{id} {name} is already deactivated.', id: 'Pejabat penghubung #{id} {name} sudah nonaktif.' },
  'officer.activateInInactiveUnit': {
    en: "Officer #{id} {name} belongs to the deactivated unit {unit}: activate the unit first ('lapor unit edit {unit} --active') or move the officer ('lapor officer edit {id} --unit OTHER').",
    id: "Pejabat #{id} {name} berada di unit nonaktif {unit}: aktifkan unitnya dulu ('lapor unit edit {unit} --active') atau pindahkan pejabatnya ('lapor officer edit {id} --unit LAIN').",
  },
  'officer.openReports': {
    en: '{count} open {count:report is|reports are} still assigned to {name} (#{id}): assign them to another officer.',
    id: '{count} laporan terbuka masih ditugaskan kepada {name} (#{id}): tugaskan ke pejabat lain.',
  },
  'officer.sameName': {
    en: "An officer named '{name}' already exists ({ids}). Refer to them by id or NIP from now on.",
    id: "Pejabat bernama '{name}' sudah ada ({ids}). Sebut mereka dengan id atau NIP mulai sekarang.",
  },
  'officer.none': {
    en: "No officers. Add one: lapor officer add --name 'Siti Rahmawati' --unit DISDIK",
    id: "Belum ada pejabat penghubung. Tambahkan: lapor officer add --name 'Siti Rahmawati' --unit DISDIK",
  },
  'officer.noUnits': {
    en: "There is no active unit to put the officer in. Add one first: lapor unit add DISDIK --name 'Dinas Pendidikan'",
    id: "Belum ada unit aktif untuk pejabat ini. Tambahkan dulu: lapor unit add DISDIK --name 'Dinas Pendidikan'",
  },
  'officer.listUnknownUnit': { en: "--unit: no unit '{value}'. See 'lapor unit list'.", id: "--unit: unit '{value}' tidak ada. Lihat 'lapor unit list'." },
  'officer.notFound': {
    en: "No officer '{ref}'. Give the id, the NIP or the exact name; see 'lapor officer list --all'.",
    id: "Pejabat penghubung '{ref}' tidak ada. Berikan id, NIP atau nama persisnya; lihat 'lapor officer list --all'.",
  },
  'officer.ambiguous': {
    en: "'{ref}' fits several officers: {candidates}. Use the id (e.g. 12) or the NIP instead.",
    id: "'{ref}' cocok dengan beberapa pejabat: {candidates}. Gunakan id (mis. 12) atau NIP-nya.",
  },
  'officer.inactive': {
    en: "Officer #{id} {name} is deactivated and takes no new reports. Choose an active officer, or 'lapor officer activate {id}'.",
    id: "Pejabat #{id} {name} nonaktif dan tidak menerima laporan baru. Pilih pejabat yang aktif, atau 'lapor officer activate {id}'.",
  },
  'officer.unitInactive': {
    en: 'Officer #{id} {name} belongs to the deactivated unit {unit} and takes no new reports.',
    id: 'Pejabat #{id} {name} berada di unit nonaktif {unit} dan tidak menerima laporan baru.',
  },
  'officer.nameLetter': {
    en: "name: '{value}' has no letters. Give the officer's name (numbers alone would read as an id).",
    id: "name: '{value}' tidak mengandung huruf. Berikan nama pejabat (angka saja akan dibaca sebagai id).",
  },
  'officer.nipTaken': {
    en: 'nip: {nip} already belongs to officer #{id} {name}. One NIP is one person: edit that officer instead.',
    id: 'nip: {nip} sudah dipakai pejabat #{id} {name}. Satu NIP satu orang: ubah data pejabat itu saja.',
  },

  'nip.notDigits': {
    en: "{field}: a NIP has only digits (spaces allowed), found '{char}'.",
    id: "{field}: NIP hanya berisi angka (boleh spasi), ditemukan '{char}'.",
  },
  'nip.length': {
    en: '{field}: a NIP has 18 digits, this has {length}. Copy it from the SK or the ID card, e.g. 19850312 201001 2 003.',
    id: '{field}: NIP terdiri atas 18 digit, ini {length}. Salin dari SK atau kartu pegawai, mis. 19850312 201001 2 003.',
  },
  'nip.birthDate': {
    en: '{field}: the first 8 digits are the birth date YYYYMMDD; {value} is not a real date.',
    id: '{field}: 8 digit pertama adalah tanggal lahir YYYYMMDD; {value} bukan tanggal yang benar.',
  },
  'nip.startMonth': {
    en: '{field}: digits 9-14 are the start of service (TMT CPNS) YYYYMM; {value} is not a real month.',
    id: '{field}: digit 9-14 adalah TMT CPNS YYYYMM; {value} bukan bulan yang benar.',
  },
  'nip.startFuture': {
    en: '{field}: the start of service (TMT CPNS) {start} is in the future. Check digits 9-14.',
    id: '{field}: TMT CPNS {start} ada di masa depan. Periksa digit 9-14.',
  },
  'nip.tooYoung': {
    en: '{field}: born {birth} and in service from {start} means starting at {age}, younger than {min}. Check the digits.',
    id: '{field}: lahir {birth} dan TMT CPNS {start} berarti mulai bekerja pada usia {age}, di bawah {min}. Periksa angkanya.',
  },
  'nip.tooOld': {
    en: '{field}: born {birth} and in service from {start} means starting at {age}, older than {max}. Check the digits.',
    id: '{field}: lahir {birth} dan TMT CPNS {start} berarti mulai bekerja pada usia {age}, di atas {max}. Periksa angkanya.',
  },
  'nip.sex': {
    en: "{field}: digit 15 is the sex (1 man, 2 woman), found '{digit}'.",
    id: "{field}: digit ke-15 adalah jenis kelamin (1 pria, 2 wanita), ditemukan '{digit}'.",
  },
  'nip.serial': {
    en: '{field}: the last 3 digits are a serial number from 001 to 999; 000 is not issued.',
    id: '{field}: 3 digit terakhir adalah nomor urut 001 sampai 999; 000 tidak pernah diterbitkan.',
  },
} satisfies Catalog;
