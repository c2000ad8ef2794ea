import type { Catalog } from './types.js';

/** Messages for the field checks in src/domain/{nik,phone,email,dates,text,region}.ts. */
export const validationMessages = {
  'nik.notDigits': {
    en: '{field}: a NIK has only digits, found "{char}". Copy the 16 digits from the KTP or KK.',
    id: '{field}: NIK hanya berisi angka, ada "{char}". Salin 16 angka dari KTP atau KK.',
  },
  'nik.length': {
    en: '{field}: a NIK has 16 digits, got {length}. Check the number on the KTP.',
    id: '{field}: NIK terdiri dari 16 digit, tertulis {length}. Periksa kembali nomor di KTP.',
  },
  'nik.day': {
    en: '{field}: digits 7-8 of a NIK are the birth day (01-31, or 41-71 for women), got {day}. Check the number on the KTP.',
    id: '{field}: digit ke-7 dan ke-8 NIK adalah tanggal lahir (01-31, atau 41-71 untuk perempuan), tertulis {day}. Periksa kembali nomor di KTP.',
  },
  'nik.month': {
    en: '{field}: digits 9-10 of a NIK are the birth month (01-12), got {month}. Check the number on the KTP.',
    id: '{field}: digit ke-9 dan ke-10 NIK adalah bulan lahir (01-12), tertulis {month}. Periksa kembali nomor di KTP.',
  },
  'nik.date': {
    en: '{field}: the birth date in this NIK ({date}) does not exist. Check the number on the KTP.',
    id: '{field}: tanggal lahir dalam NIK ini ({date}) tidak ada di kalender. Periksa kembali nomor di KTP.',
  },
  'nik.future': {
    en: '{field}: the birth date in this NIK ({date}) is in the future. Check the number on the KTP.',
    id: '{field}: tanggal lahir dalam NIK ini ({date}) belum terjadi. Periksa kembali nomor di KTP.',
  },
  'nik.age': {
    en: '{field}: the birth date in this NIK ({date}) makes the reporter {age} years old, outside {min}-{max}. Check the date digits (7-12) on the KTP if that is unexpected.',
    id: '{field}: menurut tanggal lahir dalam NIK ini ({date}) pelapor berumur {age} tahun, di luar {min}-{max}. Periksa digit tanggal (ke-7 s.d. ke-12) di KTP bila tidak sesuai.',
  },
  'nik.serial': {
    en: '{field}: the last 4 digits of a NIK are never 0000. Check the number on the KTP.',
    id: '{field}: 4 digit terakhir NIK tidak pernah 0000. Periksa kembali nomor di KTP.',
  },
  'nik.unknownRegion': {
    en: '{field}: region {region} of this NIK is not in the region table. That can be right (the NIK may come from elsewhere); check the first 6 digits if in doubt.',
    id: '{field}: wilayah {region} dari NIK ini tidak ada di tabel wilayah. Bisa saja benar (NIK dari daerah lain); periksa 6 digit pertama bila ragu.',
  },
  'phone.character': {
    en: '{field}: a phone number has digits only (spaces, dashes, dots, brackets and a leading + are fine), found "{char}". Give one number.',
    id: '{field}: nomor telepon hanya berisi angka (spasi, tanda hubung, titik, kurung dan + di depan boleh), ada "{char}". Tulis satu nomor saja.',
  },
  'phone.tooShort': {
    en: '{field}: not a valid phone number: too few digits (got {digits}). Mobiles have 10-13 digits like 0812-3456-7890; landlines the area code too, like (0542) 123456.',
    id: '{field}: bukan nomor telepon yang valid: digitnya kurang (tertulis {digits}). Nomor HP 10-13 digit seperti 0812-3456-7890; telepon rumah dengan kode wilayah, seperti (0542) 123456.',
  },
  'phone.tooLong': {
    en: '{field}: not a valid phone number: too many digits (got {digits}). Mobiles have 10-13 digits; give one number only.',
    id: '{field}: bukan nomor telepon yang valid: digitnya terlalu banyak (tertulis {digits}). Nomor HP 10-13 digit; tulis satu nomor saja.',
  },
  'phone.invalid': {
    en: '{field}: not a valid phone number ({digits} digits): no Indonesian mobile or area code starts like this. Write it like 0812-3456-7890, +62 812 3456 7890 or (0542) 123456.',
    id: '{field}: bukan nomor telepon yang valid ({digits} digit): tidak ada nomor HP atau kode wilayah Indonesia yang diawali seperti ini. Tulis seperti 0812-3456-7890, +62 812 3456 7890 atau (0542) 123456.',
  },
  'phone.foreign': {
    en: '{field}: this is a foreign number ({country}). It was kept; check that this is intended.',
    id: '{field}: ini nomor luar negeri ({country}). Nomor tetap disimpan; pastikan memang benar.',
  },
  'email.spaces': {
    en: '{field}: an email address has no spaces. Remove them.',
    id: '{field}: alamat email tidak boleh berisi spasi. Hapus spasinya.',
  },
  'email.tooLong': {
    en: '{field}: an email address has at most {max} characters, got {length}. Check the address.',
    id: '{field}: alamat email paling panjang {max} karakter, tertulis {length}. Periksa alamatnya.',
  },
  'email.at': {
    en: '{field}: an email address has exactly one @, this one has {count}. Write it like nama@contoh.go.id.',
    id: '{field}: alamat email berisi tepat satu @, yang ini berisi {count}. Tulis seperti nama@contoh.go.id.',
  },
  'email.character': {
    en: '{field}: "{char}" cannot appear in an email address. A comma is often a mistyped dot.',
    id: '{field}: "{char}" tidak boleh ada di alamat email. Koma sering kali salah ketik untuk titik.',
  },
  'email.local': {
    en: '{field}: the part before @ is empty or has misplaced dots. Check the address.',
    id: '{field}: bagian sebelum @ kosong atau titiknya salah letak. Periksa alamatnya.',
  },
  'email.domain': {
    en: '{field}: the part after @ is not a valid mail domain. It needs a dot and a real ending, like gmail.com or ppu.go.id.',
    id: '{field}: bagian setelah @ bukan domain email yang valid. Harus ada titik dan akhiran yang benar, seperti gmail.com atau ppu.go.id.',
  },
  'date.format': {
    en: '{field}: "{value}" is not a date. Write day, month, year, e.g. {examples}.',
    id: '{field}: "{value}" bukan tanggal. Tulis tanggal, bulan, tahun, misalnya {examples}.',
  },
  'date.invalid': {
    en: '{field}: "{value}" is not a real calendar date. Check the day and month (day comes first).',
    id: '{field}: "{value}" tidak ada di kalender. Periksa tanggal dan bulannya (tanggal ditulis lebih dulu).',
  },
  'date.year': {
    en: '{field}: the year in "{value}" must be between {min} and {max}. Check for a typo.',
    id: '{field}: tahun pada "{value}" harus antara {min} dan {max}. Periksa salah ketik.',
  },
  'datetime.format': {
    en: '{field}: "{value}" is not a date and time. Write e.g. {examples}.',
    id: '{field}: "{value}" bukan tanggal dan jam. Tulis misalnya {examples}.',
  },
  'time.invalid': {
    en: '{field}: the time in "{value}" does not exist. Use 00:00 to 23:59.',
    id: '{field}: jam pada "{value}" tidak ada. Gunakan 00:00 sampai 23:59.',
  },
  'text.required': {
    en: '{field} is required. Fill it in.',
    id: '{field} wajib diisi. Silakan isi.',
  },
  'text.tooShort': {
    en: '{field}: at least {min} characters are needed, got {length}. Add more detail.',
    id: '{field}: paling sedikit {min} karakter, tertulis {length}. Tambahkan keterangan.',
  },
  'text.tooLong': {
    en: '{field}: at most {max} characters, got {length}. Shorten it or put the rest in the description or an attachment.',
    id: '{field}: paling banyak {max} karakter, tertulis {length}. Persingkat atau pindahkan sisanya ke uraian atau lampiran.',
  },
  'text.bidi': {
    en: '{field}: a text-direction control character {code} at position {position} can make the text read differently from what is stored. Remove it and retype that part.',
    id: '{field}: ada karakter pengatur arah teks {code} di posisi {position} yang bisa membuat teks terbaca lain dari yang tersimpan. Hapus dan ketik ulang bagian itu.',
  },
  'text.control': {
    en: '{field}: invisible control character {code} at position {position}, usually from pasted text. Retype that part.',
    id: '{field}: ada karakter kontrol tak terlihat {code} di posisi {position}, biasanya dari teks yang ditempel. Ketik ulang bagian itu.',
  },
  'region.format': {
    en: '{field}: "{value}" is not a Kemendagri region code. Write 2, 4, 6 or 10 digits, e.g. {examples}.',
    id: '{field}: "{value}" bukan kode wilayah Kemendagri. Tulis 2, 4, 6 atau 10 digit, misalnya {examples}.',
  },
} satisfies Catalog;
