import type { Catalog } from './types.js';

/** Messages about files lapor reads and writes, and conditions of the machine (disk, permissions, locks). */
export const fileMessages = {
  'file.protected': {
    en: 'Refusing to write {path}: it is {other} (the database or the input being read). Choose another file.',
    id: 'Menolak menulis {path}: berkas itu adalah {other} (basis data atau masukan yang sedang dibaca). Pilih berkas lain.',
  },
  'file.insideStore': {
    en: 'Refusing to write {path}: it is inside the attachment store. Choose another folder.',
    id: 'Menolak menulis {path}: berada di dalam penyimpanan lampiran. Pilih folder lain.',
  },
  'file.exists': {
    en: '{path} already exists. Choose another file or pass --force to replace it.',
    id: '{path} sudah ada. Pilih berkas lain atau gunakan --force untuk menggantinya.',
  },
  'file.noFolder': {
    en: 'Cannot write {path}: the folder {folder} does not exist. Create it first.',
    id: 'Tidak dapat menulis {path}: folder {folder} tidak ada. Buat dulu foldernya.',
  },
  'file.isFolder': {
    en: '{path} is a folder; name a file.',
    id: '{path} adalah folder; sebutkan nama berkas.',
  },
  'file.notFolder': {
    en: '{path} exists and is not a folder; name a folder.',
    id: '{path} sudah ada dan bukan folder; sebutkan nama folder.',
  },
  'file.notFound': { en: '{path} does not exist.', id: '{path} tidak ada.' },
  'file.notRegular': {
    en: '{path} is not a regular file ({kind}). lapor reads ordinary files only; use - for standard input.',
    id: '{path} bukan berkas biasa ({kind}). lapor hanya membaca berkas biasa; gunakan - untuk masukan standar.',
  },
  'file.diskFull': {
    en: 'The disk is full while writing {path}. Nothing was half-written; free some space and run again.',
    id: 'Disk penuh saat menulis {path}. Tidak ada yang tertulis setengah; kosongkan ruang lalu jalankan lagi.',
  },
  'file.diskFullNeeded': {
    en: 'The disk is full while writing {path} (about {size} needed). Nothing was half-written; free some space and run again.',
    id: 'Disk penuh saat menulis {path} (perlu sekitar {size}). Tidak ada yang tertulis setengah; kosongkan ruang lalu jalankan lagi.',
  },
  'file.cannotWrite': {
    en: 'Cannot write {path}: no permission or a read-only file system ({code}).',
    id: 'Tidak dapat menulis {path}: tidak ada izin atau sistem berkas hanya-baca ({code}).',
  },
  'file.cannotRead': {
    en: 'Cannot read {path}: no permission ({code}).',
    id: 'Tidak dapat membaca {path}: tidak ada izin ({code}).',
  },
  'db.readOnly': {
    en: 'The database is read-only ({reason}). Check the permissions of the database file and its folder.',
    id: 'Basis data hanya-baca ({reason}). Periksa izin berkas basis data dan foldernya.',
  },
  'db.damaged': {
    en: 'The database is damaged ({reason}). Run lapor db check and restore from a backup.',
    id: 'Basis data rusak ({reason}). Jalankan lapor db check lalu pulihkan dari cadangan.',
  },
  'db.ioError': {
    en: 'The database file cannot be read or written ({reason}). Check the disk and the permissions.',
    id: 'Berkas basis data tidak dapat dibaca atau ditulis ({reason}). Periksa disk dan izinnya.',
  },
  'db.waiting': {
    en: 'Waiting for another lapor that is writing to the database (while it makes progress, at most {seconds} s; {idle} s without progress ends the wait)...',
    id: 'Menunggu lapor lain yang sedang menulis ke basis data (selama ada kemajuan, paling lama {seconds} detik; {idle} detik tanpa kemajuan mengakhiri penantian)...',
  },
  'db.checkMissing': {
    en: 'No database at {path} (missing or empty). Nothing was created.',
    id: 'Tidak ada basis data di {path} (tidak ada atau kosong). Tidak ada yang dibuat.',
  },
  'db.checkUnreadable': {
    en: '{path} cannot be read as a database: {reason}. Restore from a backup.',
    id: '{path} tidak dapat dibaca sebagai basis data: {reason}. Pulihkan dari cadangan.',
  },
  'db.field.fts': { en: 'Search index', id: 'Indeks pencarian' },
  'error.numberTooLarge': {
    en: "{flag} is too large: '{value}' (at most {max}).",
    id: "{flag} terlalu besar: '{value}' (paling besar {max}).",
  },
  'error.jsonWrongType': {
    en: "'{field}' in {source} must be {expected}, not an object or a list.",
    id: "'{field}' di {source} harus berupa {expected}, bukan objek atau daftar.",
  },
  'error.jsonTooLarge': {
    en: 'The JSON in {source} is larger than {max}: not a report. Check the file.',
    id: 'JSON di {source} lebih besar dari {max}: bukan laporan. Periksa berkasnya.',
  },
} satisfies Catalog;
