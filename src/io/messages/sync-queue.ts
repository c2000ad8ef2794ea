import type { Catalog } from './types.js';

/** Messages of steering the sync queue: cancelling, replacing a forwarding, a run that stops, the last run. */
export const syncQueueMessages = {
  'sync.help.cancel': {
    en: 'drop a failed or queued operation (all of a report, or one by its number) for good; audited',
    id: 'buang operasi yang gagal atau antre (semua milik satu laporan, atau satu menurut nomornya) untuk selamanya; tercatat di audit',
  },
  'sync.help.cancel.examples': {
    en: '  lapor sync cancel PPU-2026-000123 --reason "sent by hand on the national site"\n  lapor sync cancel 57 --reason "wrong target"',
    id: '  lapor sync cancel PPU-2026-000123 --reason "sudah dikirim manual di situs nasional"\n  lapor sync cancel 57 --reason "tujuan salah"',
  },
  'sync.arg.cancelTarget': {
    en: 'a ticket, or the number of one operation (see lapor sync status --format json)',
    id: 'nomor tiket, atau nomor satu operasi (lihat lapor sync status --format json)',
  },
  'sync.opt.cancelReason': { en: 'why it is dropped (kept in the audit trail)', id: 'alasan dibuang (disimpan di jejak audit)' },
  'sync.forwardReplaced': {
    en: '{ticket}: its forwarding had not reached the national system; replaced by a forwarding to {to}. Run lapor sync push to send it.',
    id: '{ticket}: penerusannya belum sampai ke sistem nasional; diganti penerusan ke {to}. Jalankan lapor sync push untuk mengirimnya.',
  },
  'sync.cancelled': {
    en: '{count} {count:operation|operations} cancelled; {count:it|they} will not be sent.',
    id: '{count} operasi dibatalkan; tidak akan dikirim.',
  },
  'sync.nothingToCancel': {
    en: 'Nothing to cancel for {target}: only queued or failed operations can be (one being sent or already sent cannot).',
    id: 'Tidak ada yang dapat dibatalkan untuk {target}: hanya operasi yang antre atau gagal (yang sedang atau sudah dikirim tidak bisa).',
  },
  'sync.cancelNoReason': {
    en: 'Give the reason with --reason: it is kept in the audit trail.',
    id: 'Berikan alasan dengan --reason: disimpan di jejak audit.',
  },
  'sync.unknownOp': { en: 'There is no operation number {id}.', id: 'Tidak ada operasi bernomor {id}.' },
  'sync.unreachable': {
    en: 'The national system could not be reached ({detail}), several times in a row: the run stopped. Nothing is lost; the operations stay queued and the next retry is due {next} (or run lapor sync again later).',
    id: 'Sistem nasional tidak dapat dihubungi ({detail}), beberapa kali berturut-turut: sinkronisasi dihentikan. Tidak ada yang hilang; operasi tetap antre dan percobaan berikutnya dijadwalkan {next} (atau jalankan lapor sync lagi nanti).',
  },
  'sync.unreachableLater': {
    en: 'The national system could not be reached ({detail}), several times in a row: the run stopped. Nothing is lost; run lapor sync again later.',
    id: 'Sistem nasional tidak dapat dihubungi ({detail}), beberapa kali berturut-turut: sinkronisasi dihentikan. Tidak ada yang hilang; jalankan lapor sync lagi nanti.',
  },
  'sync.field.cancelled': { en: 'Cancelled', id: 'Dibatalkan' },
  'sync.field.lastPushRun': { en: 'Last push', id: 'Push terakhir' },
  'sync.field.lastPullRun': { en: 'Last pull', id: 'Pull terakhir' },
  'sync.lastRun.push': { en: '{at}: sent {done}, failed {failed}, waiting {waiting}', id: '{at}: terkirim {done}, gagal {failed}, menunggu {waiting}' },
  'sync.lastRun.pull': { en: '{at}: checked {done}, failed {failed}', id: '{at}: diperiksa {done}, gagal {failed}' },
  'field.nationalSync': { en: 'National sync', id: 'Sinkronisasi nasional' },
  'sync.show.failed': { en: '{kind} failed: {reason}', id: '{kind} gagal: {reason}' },
  'sync.show.cancelled': { en: '{kind} not sent, {reason}', id: '{kind} tidak dikirim, {reason}' },
  'sync.state.cancelled': { en: 'cancelled', id: 'dibatalkan' },
} satisfies Catalog;
