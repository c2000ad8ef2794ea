import type { Catalog } from './types.js';

/** The citizen's receipt (tanda terima) and the `receipt` command. */
export const receiptMessages = {
  'receipt.heading': { en: 'COMPLAINT RECEIPT', id: 'TANDA TERIMA LAPORAN' },
  'receipt.ticket': { en: 'Ticket', id: 'No. tiket' },
  'receipt.received': { en: 'Received', id: 'Diterima' },
  'receipt.channel': { en: 'Channel', id: 'Kanal' },
  'receipt.classification': { en: 'Type', id: 'Jenis' },
  'receipt.reporter': { en: 'Reporter', id: 'Pelapor' },
  'receipt.subject': { en: 'Subject', id: 'Perihal' },
  'receipt.summary': { en: 'Summary', id: 'Ringkasan' },
  'receipt.next': { en: 'What happens next', id: 'Tahapan selanjutnya' },
  'receipt.verifyBy': { en: 'Verified by {date}', id: 'Diverifikasi paling lambat {date}' },
  'receipt.followupDays': {
    en: 'Followed up by the responsible unit within {days} working days after it is assigned',
    id: 'Ditindaklanjuti unit kerja paling lambat {days} hari kerja setelah disposisi',
  },
  'receipt.followupBy': { en: 'Followed up by the responsible unit by {date}', id: 'Ditindaklanjuti unit kerja paling lambat {date}' },
  'receipt.completeBy': { en: 'Completed by {date}', id: 'Diselesaikan paling lambat {date}' },
  'receipt.provisional': {
    en: '* may still move: the holiday decree (SKB) for that year is not out yet.',
    id: '* masih dapat bergeser: SKB hari libur tahun itu belum terbit.',
  },
  'receipt.track': { en: 'Following your report', id: 'Memantau laporan Anda' },
  'receipt.trackNational': {
    en: 'Track it on www.lapor.go.id with tracking ID {id}, or quote ticket {ticket} to us.',
    id: 'Pantau di www.lapor.go.id dengan ID pelacakan {id}, atau sebutkan nomor tiket {ticket} kepada kami.',
  },
  'receipt.trackLocal': {
    en: 'Quote ticket {ticket} when you contact us. A national tracking ID (www.lapor.go.id) follows once the report is sent to SP4N-LAPOR!.',
    id: 'Sebutkan nomor tiket {ticket} saat menghubungi kami. ID pelacakan nasional (www.lapor.go.id) menyusul setelah laporan dikirim ke SP4N-LAPOR!.',
  },
  'receipt.printed': { en: 'Printed {time}', id: 'Dicetak {time}' },
  'receipt.keep': { en: 'Please keep this receipt.', id: 'Simpan tanda terima ini.' },
  'receipt.signOfficer': { en: 'Receiving officer', id: 'Petugas penerima' },
  'receipt.signReporter': { en: 'Reporter', id: 'Pelapor' },
  'receipt.written': { en: 'Receipt for {ticket} written to {file}.', id: 'Tanda terima {ticket} ditulis ke {file}.' },
  'receipt.noAgencyName': {
    en: 'The agency has no name yet, so the receipt shows only its code. Set it: lapor config set agency.name "..."',
    id: 'Instansi belum bernama, jadi tanda terima hanya memuat kodenya. Atur: lapor config set agency.name "..."',
  },
  'help.receipt': {
    en: 'Print the receipt (tanda terima) for the citizen: plain text for 80 mm receipt printers, or HTML for A4',
    id: 'Cetak tanda terima untuk pelapor: teks untuk printer struk 80 mm, atau HTML untuk kertas A4',
  },
  'help.opt.receiptHtml': { en: 'an A4 HTML page instead of plain text', id: 'halaman HTML A4, bukan teks' },
  'help.opt.receiptOut': { en: 'write to FILE instead of standard output', id: 'tulis ke BERKAS, bukan ke keluaran standar' },
  'help.opt.receiptWidth': {
    en: 'characters per line of the text receipt (42 for 80 mm printers, 32 for 58 mm)',
    id: 'jumlah karakter per baris tanda terima teks (42 untuk printer 80 mm, 32 untuk 58 mm)',
  },
  'help.opt.receiptForce': { en: 'replace FILE if it exists', id: 'ganti BERKAS bila sudah ada' },
  'help.opt.addReceipt': {
    en: 'print the receipt (tanda terima) right after saving',
    id: 'cetak tanda terima segera setelah disimpan',
  },
  'help.receipt.examples': {
    en: [
      '  lapor receipt PPU-2026-000123                      # text for the receipt printer',
      '  lapor receipt PPU-2026-000123 --width 32 | lp -d struk',
      '  lapor receipt PPU-2026-000123 --html --out tanda-terima.html',
      '  lapor add --receipt                                # enter a counter report and print its receipt',
    ].join('\n'),
    id: [
      '  lapor receipt PPU-2026-000123                      # teks untuk printer struk',
      '  lapor receipt PPU-2026-000123 --width 32 | lp -d struk',
      '  lapor receipt PPU-2026-000123 --html --out tanda-terima.html',
      '  lapor add --receipt                                # catat laporan loket lalu cetak tanda terimanya',
    ].join('\n'),
  },
} satisfies Catalog;
