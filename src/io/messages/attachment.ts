import type { Catalog } from './types.js';

/** Attachments (scanned letters, photos): `lapor attach` and the list in `lapor show`. */
export const attachmentMessages = {
  'help.attach': {
    en: 'attach files (scanned letters, photos) to a report; prints the attachment ids',
    id: 'lampirkan berkas (surat pindaian, foto) ke laporan; mencetak id lampiran',
  },
  'help.arg.attachFiles': { en: 'files to attach', id: 'berkas yang dilampirkan' },
  'help.opt.attachNote': { en: 'what the files are (kept in the history)', id: 'keterangan berkas (disimpan di riwayat)' },
  'help.attach.examples': {
    en: `  lapor attach PPU-2026-000123 surat-camat.pdf foto-jalan.jpg --note 'Surat pengantar dan foto lokasi'
  lapor show PPU-2026-000123          # lists the attachments
Allowed, judged by content: PDF, JPEG, PNG, GIF, WebP, HEIC/HEIF, TIFF, plain UTF-8 text.
Size limit: lapor config set attachments.max_mb 20 (default 10).
Files are stored once, by content, in the attachments folder beside the database.`,
    id: `  lapor attach PPU-2026-000123 surat-camat.pdf foto-jalan.jpg --note 'Surat pengantar dan foto lokasi'
  lapor show PPU-2026-000123          # menampilkan daftar lampiran
Yang diterima, dinilai dari isinya: PDF, JPEG, PNG, GIF, WebP, HEIC/HEIF, TIFF, teks UTF-8 biasa.
Batas ukuran: lapor config set attachments.max_mb 20 (bawaan 10).
Berkas disimpan sekali menurut isinya, di folder attachments di samping basis data.`,
  },
  'attach.field.attachments': { en: 'Attachments', id: 'Lampiran' },
  'attach.line': { en: '#{id} {file} ({mime}, {size})', id: '#{id} {file} ({mime}, {size})' },
  'attach.added': { en: 'Attached #{id} {file} ({mime}, {size}) to {ticket}.', id: 'Lampiran #{id} {file} ({mime}, {size}) ditambahkan ke {ticket}.' },
  'attach.already': {
    en: '{file}: {ticket} already has this content as attachment #{id}; not attached again.',
    id: '{file}: {ticket} sudah memiliki isi yang sama sebagai lampiran #{id}; tidak dilampirkan lagi.',
  },
  'attach.noFile': {
    en: 'No file {file}. Check the path. Nothing was attached.',
    id: 'Berkas {file} tidak ada. Periksa path-nya. Tidak ada yang dilampirkan.',
  },
  'attach.notRegular': {
    en: '{file} is not a regular file (a folder or a device?). Give the path of the file itself. Nothing was attached.',
    id: '{file} bukan berkas biasa (folder atau perangkat?). Berikan path berkasnya. Tidak ada yang dilampirkan.',
  },
  'attach.tooLarge': {
    en: '{file} is {size}, over the limit of {max}. Scan at a lower resolution, or raise the limit: lapor config set attachments.max_mb N (up to 100). Nothing was attached.',
    id: '{file} berukuran {size}, melebihi batas {max}. Pindai dengan resolusi lebih rendah, atau naikkan batasnya: lapor config set attachments.max_mb N (maks. 100). Tidak ada yang dilampirkan.',
  },
  'attach.refused.empty': {
    en: '{file} is empty. Allowed: {allowed}. Nothing was attached.',
    id: '{file} kosong. Yang diterima: {allowed}. Tidak ada yang dilampirkan.',
  },
  'attach.refused.elf': {
    en: '{file} is a program (Linux executable), not a document. Allowed: {allowed}. Nothing was attached.',
    id: '{file} adalah program (Linux), bukan dokumen. Yang diterima: {allowed}. Tidak ada yang dilampirkan.',
  },
  'attach.refused.exe': {
    en: '{file} is a Windows program (.exe/.dll), not a document, whatever its name says. Allowed: {allowed}. Nothing was attached.',
    id: '{file} adalah program Windows (.exe/.dll), bukan dokumen, apa pun namanya. Yang diterima: {allowed}. Tidak ada yang dilampirkan.',
  },
  'attach.refused.macho': {
    en: '{file} is a program (macOS or Java), not a document. Allowed: {allowed}. Nothing was attached.',
    id: '{file} adalah program (macOS atau Java), bukan dokumen. Yang diterima: {allowed}. Tidak ada yang dilampirkan.',
  },
  'attach.refused.script': {
    en: '{file} is a script (starts with #!), which could be run as a program. Allowed: {allowed}. Nothing was attached.',
    id: '{file} adalah skrip (diawali #!) yang dapat dijalankan sebagai program. Yang diterima: {allowed}. Tidak ada yang dilampirkan.',
  },
  'attach.refused.zip': {
    en: '{file} is a ZIP archive (or a Word/Excel .docx/.xlsx file). Attach the documents as PDF or images instead. Allowed: {allowed}. Nothing was attached.',
    id: '{file} adalah arsip ZIP (atau berkas Word/Excel .docx/.xlsx). Lampirkan dokumennya sebagai PDF atau gambar. Yang diterima: {allowed}. Tidak ada yang dilampirkan.',
  },
  'attach.refused.archive': {
    en: '{file} is a compressed archive (gzip, RAR or 7z). Unpack it and attach the documents. Allowed: {allowed}. Nothing was attached.',
    id: '{file} adalah arsip terkompresi (gzip, RAR atau 7z). Ekstrak lalu lampirkan dokumennya. Yang diterima: {allowed}. Tidak ada yang dilampirkan.',
  },
  'attach.refused.ole': {
    en: '{file} is an old Office document (.doc/.xls) or an installer. Save it as PDF and attach that. Allowed: {allowed}. Nothing was attached.',
    id: '{file} adalah dokumen Office lama (.doc/.xls) atau penginstal. Simpan sebagai PDF lalu lampirkan. Yang diterima: {allowed}. Tidak ada yang dilampirkan.',
  },
  'attach.refused.video': {
    en: '{file} is a video or an AVIF image, which are not accepted. Allowed: {allowed}. Nothing was attached.',
    id: '{file} adalah video atau gambar AVIF, yang tidak diterima. Yang diterima: {allowed}. Tidak ada yang dilampirkan.',
  },
  'attach.refused.unknown': {
    en: '{file} is not a recognised document type. Allowed: {allowed}. Nothing was attached.',
    id: '{file} bukan jenis dokumen yang dikenali. Yang diterima: {allowed}. Tidak ada yang dilampirkan.',
  },
  'timeline.attachment.add': { en: 'file attached', id: 'berkas dilampirkan' },
} satisfies Catalog;
