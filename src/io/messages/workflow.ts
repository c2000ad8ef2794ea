import type { Catalog } from './types.js';

/** The lifecycle commands, deadlines, the due list and the timeline. */
export const workflowMessages = {
  'workflow.done': { en: '{ticket}: {from} -> {to}', id: '{ticket}: {from} -> {to}' },
  'workflow.forwardUnknown': {
    en: "--to '{to}' is not in the national institution list. Give its id or exact name: lapor sync masters --show institutions --search <part of the name>",
    id: "--to '{to}' tidak ada dalam daftar instansi nasional. Tulis id atau nama persisnya: lapor sync masters --show institutions --search <sebagian nama>",
  },
  'workflow.forwardAmbiguous': {
    en: "--to '{to}' matches several national institutions (ids {ids}). Give the id.",
    id: "--to '{to}' cocok dengan beberapa instansi nasional (id {ids}). Tulis id-nya.",
  },
  'workflow.atBeforeReceipt': {
    en: "--at '{value}' is before {ticket} was received. Check the date on the paper record.",
    id: "--at '{value}' lebih awal dari tanggal {ticket} diterima. Periksa tanggal pada catatan kertas.",
  },
  'workflow.atBeforeEvent': {
    en: '{ticket}: this step cannot be dated {at}: its timeline already has a later event ({event}, {when}). Steps are recorded in the order they happened: give an --at no earlier than {when}, or check the date on the paper record.',
    id: '{ticket}: langkah ini tidak dapat bertanggal {at}: riwayatnya sudah memuat kejadian yang lebih akhir ({event}, {when}). Langkah dicatat sesuai urutan kejadian: gunakan --at yang tidak lebih awal dari {when}, atau periksa tanggal pada catatan kertas.',
  },
  'workflow.noTickets': {
    en: 'Give one or more tickets, or --from FILE (one ticket a line; - reads stdin).',
    id: 'Berikan satu atau beberapa tiket, atau --from BERKAS (satu tiket per baris; - membaca stdin).',
  },
  'workflow.assignWhom': {
    en: 'Give the tickets, then the officer: lapor assign TICKET... OFFICER (id, NIP or name), or lapor assign --from FILE OFFICER.',
    id: 'Berikan tiketnya, lalu pejabatnya: lapor assign TIKET... PEJABAT (id, NIP atau nama), atau lapor assign --from BERKAS PEJABAT.',
  },
  'workflow.fromTooLarge': {
    en: '--from {source} is larger than {max}: a list of tickets is a few bytes a line. Check the file, or split the list.',
    id: '--from {source} lebih besar dari {max}: daftar tiket hanya beberapa bita per baris. Periksa berkasnya, atau pecah daftarnya.',
  },
  'workflow.bulkRefused': { en: '{ticket}: refused: {reason}', id: '{ticket}: ditolak: {reason}' },
  'workflow.bulkSummary': { en: '{done} {done:report|reports} done, none refused.', id: '{done} laporan selesai diproses, tidak ada yang ditolak.' },
  'workflow.bulkSummaryRefused': {
    en: '{done} {done:report|reports} done, {refused} refused (reasons above); each done report is stored, the refused ones are unchanged.',
    id: '{done} laporan selesai diproses, {refused} ditolak (alasannya di atas); laporan yang selesai sudah tersimpan, yang ditolak tidak berubah.',
  },
  'workflow.officerNotFound': {
    en: "No liaison officer '{value}'. See 'lapor officer list' or add one with 'lapor officer add'.",
    id: "Pejabat penghubung '{value}' tidak ada. Lihat 'lapor officer list' atau tambahkan dengan 'lapor officer add'.",
  },
  'workflow.reopenedByReply': {
    en: "{ticket} was re-opened by the reporter's reply: the unit must follow up again.",
    id: '{ticket} dibuka kembali karena balasan pelapor: unit harus menindaklanjuti lagi.',
  },
  'workflow.replyAfterWindow': {
    en: "{ticket}: the reply came after the auto-close window (ended {date}), so it is recorded as history only. To work on the report again: lapor reopen {ticket} --note '...'",
    id: "{ticket}: balasan datang setelah batas tutup otomatis (berakhir {date}), jadi hanya dicatat sebagai riwayat. Untuk menangani laporan lagi: lapor reopen {ticket} --note '...'",
  },
  'workflow.replyBeforeFollowup': {
    en: '{ticket}: the reply is dated before the last follow-up, which already answered it: recorded as history only.',
    id: '{ticket}: balasan bertanggal sebelum tindak lanjut terakhir, yang sudah menjawabnya: hanya dicatat sebagai riwayat.',
  },
  'workflow.autoWithTicket': {
    en: 'close --auto closes every report past its auto-close date; do not give a ticket with it.',
    id: 'close --auto menutup semua laporan yang melewati tanggal tutup otomatis; jangan sertakan tiket.',
  },
  'workflow.closeWhat': { en: 'Give a ticket to close, or --auto.', id: 'Berikan tiket yang ditutup, atau --auto.' },
  'workflow.autoCloseNote': {
    en: 'Closed automatically: no reply within {days} working days of the final follow-up.',
    id: 'Ditutup otomatis: tidak ada balasan dalam {days} hari kerja setelah tindak lanjut akhir.',
  },
  'workflow.autoClosed': {
    en: 'Closed {count} {count:report|reports} with no reply for {days} working days.',
    id: '{count} laporan ditutup karena tidak ada balasan selama {days} hari kerja.',
  },
  'workflow.autoCloseDry': {
    en: 'Would close {count} {count:report|reports} (dry run: nothing changed).',
    id: 'Akan menutup {count} laporan (uji coba: tidak ada yang diubah).',
  },
  'workflow.badRejectReason': {
    en: "--reason '{value}' is not known. Use one of: {allowed} (or tidak-jelas, tidak-relevan, ganda, lainnya).",
    id: "--reason '{value}' tidak dikenal. Gunakan salah satu: {allowed} (atau tidak-jelas, tidak-relevan, ganda, lainnya).",
  },
  'workflow.duplicateNeedsOriginal': {
    en: 'A duplicate needs --duplicate-of TICKET (the original report) or a --note saying which.',
    id: 'Laporan ganda memerlukan --duplicate-of TIKET (laporan asli) atau --note yang menyebutkannya.',
  },
  'workflow.nothingDue': {
    en: 'Nothing due within {within} working {within:day|days}, nothing late.',
    id: 'Tidak ada yang jatuh tempo dalam {within} hari kerja, tidak ada yang terlambat.',
  },
  'workflow.unassigned': { en: '(not assigned)', id: '(belum didisposisikan)' },
  'workflow.dueGroup': { en: '{officer}: {count} {count:report|reports}, {late} late', id: '{officer}: {count} laporan, {late} terlambat' },
  'workflow.daysLate': { en: '{days} working {days:day|days} late', id: 'terlambat {days} hari kerja' },
  'workflow.daysLeft': { en: 'due in {days} working {days:day|days}', id: 'tinggal {days} hari kerja' },
  'workflow.deadlinesStale': {
    en: 'Stored deadlines are out of date (the SLA policy, time zone or holidays changed); these are computed for this view. The next change to a report (e.g. lapor close --auto) stores them.',
    id: 'Batas waktu yang tersimpan sudah tidak sesuai (kebijakan SLA, zona waktu, atau hari libur berubah); yang ditampilkan dihitung untuk tampilan ini. Perubahan laporan berikutnya (mis. lapor close --auto) menyimpannya.',
  },
  'workflow.recomputed': { en: 'Deadlines recomputed for {count} {count:report|reports}.', id: 'Batas waktu dihitung ulang untuk {count} laporan.' },
  'prompt.note': { en: 'Note (what was said or done)', id: 'Catatan (apa yang disampaikan atau dilakukan)' },
  'history.backdated': {
    en: '* entered later than it happened (back-dated paper record).',
    id: '* dicatat setelah kejadian (catatan kertas yang diberi tanggal mundur).',
  },

  'due.verify': { en: 'verification', id: 'verifikasi' },
  'due.followup': { en: 'follow-up', id: 'tindak lanjut' },
  'due.complete': { en: 'completion', id: 'penyelesaian' },
  'field.officer': { en: 'Officer', id: 'Pejabat penghubung' },
  'field.due': { en: 'Due', id: 'Jatuh tempo' },
  'field.dueDate': { en: 'Due', id: 'Jatuh tempo' },
  'field.dueKind': { en: 'For', id: 'Untuk' },
  'field.late': { en: 'Late', id: 'Terlambat' },
  // Names in the details of history entries that are not report fields (io/labels.ts fieldLabel).
  'detail.previous_officer': { en: 'Previous officer', id: 'Pejabat sebelumnya' },
  'detail.reason': { en: 'Reason', id: 'Alasan' },
  'detail.final': { en: 'Final', id: 'Akhir' },
  'detail.duplicate_of': { en: 'Duplicate of', id: 'Ganda dari' },
  'detail.to': { en: 'To', id: 'Kepada' },
  'detail.author': { en: 'Author', id: 'Penulis' },
  'detail.national_id': { en: 'National id', id: 'Id nasional' },
  'detail.national_status': { en: 'National status', id: 'Status nasional' },
  'detail.attachment': { en: 'Attachment', id: 'Lampiran' },
  'detail.filename': { en: 'File name', id: 'Nama berkas' },
  'detail.mime': { en: 'Type', id: 'Jenis' },
  'detail.size': { en: 'Size', id: 'Ukuran' },
  'detail.event': { en: 'Event', id: 'Kejadian' },
  'detail.note': { en: 'Note', id: 'Catatan' },
  'detail.kind': { en: 'Kind', id: 'Jenis' },
  'detail.source': { en: 'Source', id: 'Sumber' },
  'detail.line': { en: 'Line', id: 'Baris' },
  'field.lateOrLeft': { en: 'Late / time left', id: 'Terlambat / sisa waktu' },
  'field.verifyBy': { en: 'Verify by', id: 'Batas verifikasi' },
  'field.followupBy': { en: 'Follow up by', id: 'Batas tindak lanjut' },
  'field.autoCloseOn': { en: 'Auto-close on', id: 'Tutup otomatis' },
  'field.completeBy': { en: 'Complete by', id: 'Batas penyelesaian' },
  'field.statusReason': { en: 'Reason', id: 'Alasan' },
  'field.forwardedTo': { en: 'Forwarded to', id: 'Diteruskan ke' },
  'field.nationalId': { en: 'National id', id: 'ID nasional' },
  'field.trackingId': { en: 'Tracking id', id: 'ID pelacakan' },
  'field.nationalStatus': { en: 'National status', id: 'Status nasional' },

  'timeline.verify': { en: 'verified', id: 'diverifikasi' },
  'timeline.assign': { en: 'assigned', id: 'didisposisikan' },
  'timeline.respond': { en: 'first response', id: 'tanggapan awal' },
  'timeline.followup': { en: 'follow-up', id: 'tindak lanjut' },
  'timeline.reply': { en: "reporter's reply", id: 'balasan pelapor' },
  'timeline.close': { en: 'closed', id: 'ditutup' },
  'timeline.auto_close': { en: 'closed automatically', id: 'ditutup otomatis' },
  'timeline.reject': { en: 'rejected', id: 'ditolak' },
  'timeline.forward': { en: 'forwarded', id: 'diteruskan' },
  'timeline.reopen': { en: 're-opened', id: 'dibuka kembali' },
  'timeline.national_status': { en: 'national status', id: 'status nasional' },
  'timeline.national_followup': { en: 'national follow-up', id: 'tindak lanjut nasional' },
  'timeline.report.add': { en: 'recorded', id: 'dicatat' },
  'timeline.report.edit': { en: 'edited', id: 'diubah' },
  'timeline.report.reveal': { en: 'personal data shown', id: 'data pribadi ditampilkan' },

  'help.opt.at': {
    en: 'when it happened, for paper records entered later (default now)',
    id: 'kapan terjadi, untuk catatan kertas yang dimasukkan belakangan (bawaan sekarang)',
  },
  'help.opt.note': { en: 'a note for the timeline', id: 'catatan untuk riwayat' },
  'help.opt.noteRequired': {
    en: 'what was said or done (asked on a terminal when missing)',
    id: 'apa yang disampaikan atau dilakukan (ditanya di terminal bila kosong)',
  },
  'help.opt.formatResult': {
    en: 'text: a sentence on stderr (default); json: the result on stdout, for scripts',
    id: 'text: kalimat di stderr (bawaan); json: hasil di stdout, untuk skrip',
  },
  'help.opt.final': { en: 'the final answer of the unit: starts the auto-close clock', id: 'jawaban akhir unit: memulai hitungan tutup otomatis' },
  'help.opt.attach': { en: 'attach scanned letters or photos', id: 'lampirkan surat pindaian atau foto' },
  'help.opt.auto': { en: 'close every report whose auto-close date has come', id: 'tutup semua laporan yang sudah sampai tanggal tutup otomatis' },
  'help.opt.dryRunClose': { en: 'only list what would be closed', id: 'hanya tampilkan yang akan ditutup' },
  'help.opt.rejectReason': { en: 'why: {allowed}', id: 'alasan: {allowed}' },
  'help.opt.duplicateOf': { en: 'the original report, when rejecting a duplicate', id: 'laporan asli, bila menolak laporan ganda' },
  'help.opt.forwardTo': { en: 'the agency whose authority it is', id: 'instansi yang berwenang' },
  'help.opt.forwardReason': { en: 'why it is not our authority', id: 'alasan bukan kewenangan kita' },
  'help.opt.reopenReason': { en: 'why the report is re-opened', id: 'alasan laporan dibuka kembali' },
  'help.opt.officer': { en: 'only this liaison officer (id, NIP or name)', id: 'hanya pejabat penghubung ini (id, NIP atau nama)' },
  'help.opt.within': { en: 'include what falls due within N working days (default 2)', id: 'sertakan yang jatuh tempo dalam N hari kerja (bawaan 2)' },
  'help.opt.overdue': { en: 'only reports past their current deadline', id: 'hanya laporan yang melewati batas waktunya' },
  'help.opt.dueWithin': {
    en: 'only reports due within N working days (not yet late)',
    id: 'hanya laporan yang jatuh tempo dalam N hari kerja (belum terlambat)',
  },
  'help.arg.tickets': {
    en: 'one or more ticket numbers (or --from FILE)',
    id: 'satu atau beberapa nomor tiket (atau --from BERKAS)',
  },
  'help.arg.assignTickets': {
    en: 'one or more ticket numbers, then the liaison officer (id, NIP or name); with --from, the officer only',
    id: 'satu atau beberapa nomor tiket, lalu pejabat penghubung (id, NIP atau nama); dengan --from, pejabatnya saja',
  },
  'help.opt.fromTickets': {
    en: 'also read tickets from FILE (- for stdin), one a line; blank lines and # comments are skipped',
    id: 'baca juga tiket dari BERKAS (- untuk stdin), satu per baris; baris kosong dan komentar # dilewati',
  },
  'help.arg.officer': { en: 'liaison officer: id, NIP or name', id: 'pejabat penghubung: id, NIP atau nama' },

  'help.verify': { en: 'mark a recorded report as verified', id: 'tandai laporan tercatat sebagai terverifikasi' },
  'help.verify.examples': {
    en: '  lapor verify PPU-2026-000123\n  lapor verify PPU-2026-000123 PPU-2026-000124\n  lapor verify --from tickets.txt --format json',
    id: '  lapor verify PPU-2026-000123\n  lapor verify PPU-2026-000123 PPU-2026-000124\n  lapor verify --from tiket.txt --format json',
  },
  'help.assign': {
    en: 'assign (disposisi) a report to a liaison officer; again to re-assign',
    id: 'disposisikan laporan ke pejabat penghubung; ulangi untuk mengganti',
  },
  'help.assign.examples': {
    en: "  lapor assign PPU-2026-000123 'Andi Pratama' --note 'Please check the road on site'\n  lapor assign PPU-2026-000123 198503152010011002\n  lapor assign PPU-2026-000123 PPU-2026-000124 'Andi Pratama'\n  grep SEPAKU tickets.txt | lapor assign --from - 'Andi Pratama'",
    id: "  lapor assign PPU-2026-000123 'Andi Pratama' --note 'Mohon dicek ke lokasi'\n  lapor assign PPU-2026-000123 198503152010011002\n  lapor assign PPU-2026-000123 PPU-2026-000124 'Andi Pratama'\n  grep SEPAKU tiket.txt | lapor assign --from - 'Andi Pratama'",
  },
  'help.respond': { en: "record the officer's first response", id: 'catat tanggapan awal pejabat penghubung' },
  'help.respond.examples': {
    en: "  lapor respond PPU-2026-000123 --note 'Team will visit on Monday'",
    id: "  lapor respond PPU-2026-000123 --note 'Tim akan meninjau hari Senin'",
  },
  'help.followup': { en: 'record a follow-up (tindak lanjut); --final for the closing answer', id: 'catat tindak lanjut; --final untuk jawaban akhir' },
  'help.followup.examples': {
    en: "  lapor followup PPU-2026-000123 --note 'Road patched on 2 Dec'\n  lapor followup PPU-2026-000123 --note 'Repair finished' --final --attach photo.jpg\n  lapor followup PPU-2026-000123 --note 'Letter sent' --at '28/11/2026 14:00'",
    id: "  lapor followup PPU-2026-000123 --note 'Jalan ditambal 2 Des'\n  lapor followup PPU-2026-000123 --note 'Perbaikan selesai' --final --attach foto.jpg\n  lapor followup PPU-2026-000123 --note 'Surat dikirim' --at '28/11/2026 14:00'",
  },
  'help.reply': {
    en: "record the reporter's reply received offline (re-opens a followed-up report)",
    id: 'catat balasan pelapor yang diterima luring (membuka kembali laporan yang sudah ditindaklanjuti)',
  },
  'help.reply.examples': {
    en: "  lapor reply PPU-2026-000123 --note 'Reporter says the hole is still there'",
    id: "  lapor reply PPU-2026-000123 --note 'Pelapor menyatakan lubang masih ada'",
  },
  'help.close': {
    en: 'close a followed-up report, or --auto those with no reply in time',
    id: 'tutup laporan yang sudah ditindaklanjuti, atau --auto yang tidak dibalas tepat waktu',
  },
  'help.close.examples': {
    en: '  lapor close PPU-2026-000123\n  lapor close --auto --dry-run\n  lapor close --auto --format json',
    id: '  lapor close PPU-2026-000123\n  lapor close --auto --dry-run\n  lapor close --auto --format json',
  },
  'help.reject': { en: 'reject or archive a report with a reason', id: 'tolak atau arsipkan laporan dengan alasan' },
  'help.reject.examples': {
    en: '  lapor reject PPU-2026-000123 --reason vague --note "No location given"\n  lapor reject PPU-2026-000124 --reason duplicate --duplicate-of PPU-2026-000120',
    id: '  lapor reject PPU-2026-000123 --reason tidak-jelas --note "Lokasi tidak disebutkan"\n  lapor reject PPU-2026-000124 --reason ganda --duplicate-of PPU-2026-000120',
  },
  'help.forward': { en: "forward a report that is another agency's authority", id: 'teruskan laporan yang menjadi kewenangan instansi lain' },
  'help.forward.examples': {
    en: "  lapor forward PPU-2026-000123 --to 'BPJS Kesehatan' --reason 'National health insurance matter'",
    id: "  lapor forward PPU-2026-000123 --to 'BPJS Kesehatan' --reason 'Urusan jaminan kesehatan nasional'",
  },
  'help.reopen': { en: 'open a done, rejected or forwarded report again', id: 'buka kembali laporan yang selesai, ditolak atau diteruskan' },
  'help.reopen.examples': {
    en: "  lapor reopen PPU-2026-000123 --reason 'Reporter came back: not fixed'",
    id: "  lapor reopen PPU-2026-000123 --reason 'Pelapor datang lagi: belum diperbaiki'",
  },
  'help.due': { en: 'what is due or late, per officer: the morning list', id: 'yang jatuh tempo atau terlambat, per pejabat: daftar pagi' },
  'help.due.examples': {
    en: "  lapor due\n  lapor due --officer 'Andi Pratama' --within 5\n  lapor due --unit DPUPR --format csv > due.csv",
    id: "  lapor due\n  lapor due --officer 'Andi Pratama' --within 5\n  lapor due --unit DPUPR --format csv > jatuh-tempo.csv",
  },
} satisfies Catalog;
