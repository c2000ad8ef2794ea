import type { Catalog } from './types.js';

/** The agency's holiday calendar: `lapor holiday ...`. */
export const holidayMessages = {
  'help.holiday': {
    en: 'the holiday calendar used for deadlines: shipped national holidays and cuti bersama, plus your own changes',
    id: 'kalender libur untuk tenggat: libur nasional dan cuti bersama bawaan, ditambah perubahan instansi Anda',
  },
  'help.holiday.list': { en: 'holidays of one year and whether each is a working day', id: 'hari libur satu tahun dan apakah tiap hari itu hari kerja' },
  'help.holiday.add': {
    en: 'add a local holiday (regional holiday, a holiday moved by decree), or restore a removed one',
    id: 'tambah libur lokal (libur daerah, libur yang digeser keputusan), atau pulihkan libur yang dihapus',
  },
  'help.holiday.remove': {
    en: 'make a shipped holiday a working day, or delete a local holiday',
    id: 'jadikan libur bawaan hari kerja, atau hapus libur lokal',
  },
  'help.holiday.examples': {
    en: `  lapor holiday list --year 2026
  lapor holiday add 2026-10-11 --name 'Hari Jadi Kabupaten PPU'
  lapor holiday remove 2026-03-20          # the SKB moved this cuti bersama
  lapor holiday add 2026-03-23 --name 'Cuti bersama Idul Fitri (digeser)'
  lapor holiday import skb-2027.csv --source 'SKB ...'   # date,name,kind (holiday|collective_leave)
Deadlines of all reports are recomputed after every change.
Setting: lapor config set calendar.collective_leave working   (cuti bersama count as working days)`,
    id: `  lapor holiday list --year 2026
  lapor holiday add 2026-10-11 --name 'Hari Jadi Kabupaten PPU'
  lapor holiday remove 2026-03-20          # cuti bersama ini digeser oleh SKB
  lapor holiday add 2026-03-23 --name 'Cuti bersama Idul Fitri (digeser)'
  lapor holiday import skb-2027.csv --source 'SKB ...'   # date,name,kind (holiday|collective_leave)
Tenggat semua laporan dihitung ulang setelah setiap perubahan.
Pengaturan: lapor config set calendar.collective_leave working   (cuti bersama dihitung hari kerja)`,
  },
  'help.holiday.import': {
    en: "load a decree's (SKB) holiday list from CSV or JSON (date, name, kind holiday|collective_leave); it replaces that year's list",
    id: 'muat daftar libur dari SKB dalam CSV atau JSON (date, name, kind holiday|collective_leave); menggantikan daftar tahun itu',
  },
  'help.arg.holidayFile': { en: 'CSV or JSON file of the decree', id: 'berkas CSV atau JSON dari SKB' },
  'help.opt.decreeSource': { en: 'the decree numbers, e.g. "SKB 1/2026, 2/2026, 3/2026"', id: 'nomor SKB, mis. "SKB 1/2026, 2/2026, 3/2026"' },
  'holiday.imported': {
    en: 'Imported {count} {count:holiday|holidays} for {years} from {file}: they replace the list of that year, whose deadlines are no longer provisional.',
    id: '{count} hari libur untuk {years} dimuat dari {file}: menggantikan daftar tahun itu, dan tenggatnya tidak lagi sementara.',
  },
  'holiday.importRead': {
    en: 'Cannot read {file} as a holiday list: {reason}. Give a CSV with the header date,name,kind or a JSON array of {"date","name","kind"}.',
    id: 'Tidak dapat membaca {file} sebagai daftar libur: {reason}. Berikan CSV dengan header date,name,kind atau larik JSON {"date","name","kind"}.',
  },
  'holiday.importDate': { en: 'row {row}: "{value}" is not a date YYYY-MM-DD.', id: 'baris {row}: "{value}" bukan tanggal YYYY-MM-DD.' },
  'holiday.importKind': {
    en: 'row {row}: kind "{value}" is not holiday or collective_leave.',
    id: 'baris {row}: kind "{value}" bukan holiday atau collective_leave.',
  },
  'holiday.importName': { en: 'row {row}: the name is empty.', id: 'baris {row}: namanya kosong.' },
  'holiday.importTwice': { en: 'row {row}: {value} is listed twice with this kind.', id: 'baris {row}: {value} tercantum dua kali dengan jenis ini.' },
  'holiday.importEmpty': { en: 'the file lists no holidays.', id: 'berkas tidak berisi hari libur.' },
  'holiday.provisional': {
    en: 'No decree (SKB) for {year} yet: only the fixed-date national holidays count there, so deadlines in {year} are provisional. Load the decree with lapor holiday import FILE when it is out.',
    id: 'Belum ada SKB untuk {year}: hanya libur nasional bertanggal tetap yang dihitung, jadi tenggat di {year} bersifat sementara. Muat SKB dengan lapor holiday import FILE setelah terbit.',
  },
  'deadline.provisionalMark': { en: '*', id: '*' },
  'deadline.provisionalNote': {
    en: '* provisional: falls in a year without a holiday decree (SKB) yet; it may move when the decree is imported (lapor holiday import).',
    id: '* sementara: jatuh pada tahun yang belum punya SKB hari libur; dapat bergeser setelah SKB dimuat (lapor holiday import).',
  },
  'help.opt.holidayYear': { en: 'year to list (default: this year)', id: 'tahun yang ditampilkan (bawaan: tahun ini)' },
  'help.opt.holidayName': { en: 'name of the holiday', id: 'nama hari libur' },
  'help.arg.holidayDate': { en: 'date, e.g. 2026-10-11 or 11/10/2026', id: 'tanggal, mis. 2026-10-11 atau 11/10/2026' },

  'holiday.field.date': { en: 'Date', id: 'Tanggal' },
  'holiday.field.weekday': { en: 'Day', id: 'Hari' },
  'holiday.field.kind': { en: 'Kind', id: 'Jenis' },
  'holiday.field.working': { en: 'Working day', id: 'Hari kerja' },
  'holiday.kind.national': { en: 'national holiday', id: 'libur nasional' },
  'holiday.kind.collective_leave': { en: 'cuti bersama', id: 'cuti bersama' },
  'holiday.kind.local': { en: 'local holiday', id: 'libur lokal' },
  'holiday.kind.removed': { en: 'removed (working day)', id: 'dihapus (hari kerja)' },
  'holiday.weekday.mon': { en: 'Monday', id: 'Senin' },
  'holiday.weekday.tue': { en: 'Tuesday', id: 'Selasa' },
  'holiday.weekday.wed': { en: 'Wednesday', id: 'Rabu' },
  'holiday.weekday.thu': { en: 'Thursday', id: 'Kamis' },
  'holiday.weekday.fri': { en: 'Friday', id: 'Jumat' },
  'holiday.weekday.sat': { en: 'Saturday', id: 'Sabtu' },
  'holiday.weekday.sun': { en: 'Sunday', id: 'Minggu' },

  'holiday.badYear': { en: "--year must be a year like 2026, got '{value}'.", id: "--year harus berupa tahun seperti 2026, tertulis '{value}'." },
  'holiday.noData': {
    en: 'No shipped holiday data for {year}: only weekends and local holidays count as days off there. Update lapor-admin, or add the dates with lapor holiday add.',
    id: 'Belum ada data libur bawaan untuk {year}: hanya akhir pekan dan libur lokal yang dihitung libur. Perbarui lapor-admin, atau tambahkan tanggalnya dengan lapor holiday add.',
  },
  'holiday.none': { en: 'No holidays recorded for {year}.', id: 'Tidak ada hari libur tercatat untuk {year}.' },
  'holiday.added': { en: 'Added local holiday {date} ({weekday}): {name}.', id: 'Libur lokal {date} ({weekday}) ditambahkan: {name}.' },
  'holiday.renamed': { en: 'Renamed local holiday {date} ({weekday}): {name}.', id: 'Nama libur lokal {date} ({weekday}) diubah: {name}.' },
  'holiday.unchanged': { en: '{date} is already a local holiday named {name}.', id: '{date} sudah menjadi libur lokal bernama {name}.' },
  'holiday.restored': {
    en: 'Restored the holiday {date} ({weekday}): {name}. It is a day off again.',
    id: 'Libur {date} ({weekday}) dipulihkan: {name}. Hari itu kembali libur.',
  },
  'holiday.nameIgnored': {
    en: '--name was not used: the holiday restored on {date} keeps its official name.',
    id: '--name tidak dipakai: libur yang dipulihkan pada {date} tetap memakai nama resminya.',
  },
  'holiday.alreadyHoliday': {
    en: "{date} is already a national holiday ({name}). Nothing was added. To move it, 'lapor holiday remove {date}' and add the new date.",
    id: "{date} sudah libur nasional ({name}). Tidak ada yang ditambahkan. Untuk menggesernya, 'lapor holiday remove {date}' lalu tambahkan tanggal barunya.",
  },
  'holiday.removed': {
    en: '{date} ({weekday}) is now a working day; the shipped holiday {name} no longer counts. Undo with lapor holiday add {date}.',
    id: '{date} ({weekday}) kini hari kerja; libur bawaan {name} tidak dihitung lagi. Batalkan dengan lapor holiday add {date}.',
  },
  'holiday.deletedLocal': { en: 'Deleted the local holiday {date} ({name}).', id: 'Libur lokal {date} ({name}) dihapus.' },
  'holiday.stillShipped': {
    en: '{date} is still a shipped holiday ({name}); run lapor holiday remove {date} again to make it a working day.',
    id: '{date} masih libur bawaan ({name}); jalankan lapor holiday remove {date} sekali lagi untuk menjadikannya hari kerja.',
  },
  'holiday.alreadyRemoved': { en: '{date} ({weekday}) is already a working day here.', id: '{date} ({weekday}) sudah menjadi hari kerja di sini.' },
  'holiday.notFound': {
    en: "{date} ({weekday}) is not a holiday, so there is nothing to remove. See 'lapor holiday list'.",
    id: "{date} ({weekday}) bukan hari libur, jadi tidak ada yang dihapus. Lihat 'lapor holiday list'.",
  },
  'holiday.weekendAdd': {
    en: '{date} is a {weekday}: a day off anyway, so no deadline moves.',
    id: '{date} jatuh pada hari {weekday}: memang hari libur, jadi tidak ada tenggat yang bergeser.',
  },
  'holiday.weekendRemove': {
    en: '{date} is a {weekday}: weekends stay days off, so no deadline moves.',
    id: '{date} jatuh pada hari {weekday}: akhir pekan tetap libur, jadi tidak ada tenggat yang bergeser.',
  },
} satisfies Catalog;
