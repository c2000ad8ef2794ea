import type { Catalog } from './types.js';

/** Messages of the national sync, its settings and the local simulator. */
export const syncMessages = {
  'setting.national.url': { en: 'base URL of the national SP4N-LAPOR! API (no default)', id: 'URL dasar API SP4N-LAPOR! nasional (tanpa bawaan)' },
  'setting.national.key_header': {
    en: 'header carrying the API key (Authorization sends "Bearer KEY")',
    id: 'header pembawa kunci API (Authorization mengirim "Bearer KUNCI")',
  },
  'setting.national.token_header': { en: 'header carrying the client token', id: 'header pembawa token klien' },
  'setting.national.agency_institution_id': {
    en: 'national institution id of this agency: the target of reports whose unit is not mapped',
    id: 'id instansi nasional milik instansi ini: tujuan laporan yang unitnya belum dipetakan',
  },
  'setting.national.poll_hours': {
    en: 'hours between two checks of the same report by `sync pull` (0: every run)',
    id: 'jam antara dua pemeriksaan laporan yang sama oleh `sync pull` (0: setiap kali)',
  },
  'setting.national.concurrency': { en: 'requests to the national system at once', id: 'permintaan ke sistem nasional sekaligus' },
  'setting.national.timeout_seconds': {
    en: 'seconds to wait for one whole answer of the national system',
    id: 'detik menunggu satu jawaban utuh sistem nasional',
  },
  'setting.national.max_attempts': {
    en: 'tries of one operation per sync run before it waits for a later run',
    id: 'percobaan satu operasi per sinkronisasi sebelum menunggu sinkronisasi berikutnya',
  },
  'setting.national.backoff_ms': {
    en: 'milliseconds before the first retry (doubles each time, with jitter)',
    id: 'milidetik sebelum percobaan ulang pertama (berlipat dua tiap kali, dengan acak)',
  },
  'setting.national.nik_in_content': {
    en: 'on: add the NIK to the report text sent nationally (the national form has no NIK field)',
    id: 'on: tambahkan NIK ke isi laporan yang dikirim ke nasional (formulir nasional tidak punya kolom NIK)',
  },
  'config.nationalUrl': {
    en: "'{value}' is not an http(s) URL without query, e.g. https://api.example.go.id/v4",
    id: "'{value}' bukan URL http(s) tanpa kueri, mis. https://api.example.go.id/v4",
  },
  'config.nationalUrlSecret': {
    en: 'national.url must not contain a user name or password: give credentials in LAPOR_API_KEY / LAPOR_API_TOKEN or the credentials file.',
    id: 'national.url tidak boleh memuat nama pengguna atau kata sandi: berikan kredensial lewat LAPOR_API_KEY / LAPOR_API_TOKEN atau berkas kredensial.',
  },
  'setting.national.max_response_mb': {
    en: 'largest answer of the national system read, in MB (a longer one is cut off)',
    id: 'jawaban sistem nasional terbesar yang dibaca, dalam MB (yang lebih panjang diputus)',
  },
  'setting.national.allow_insecure': {
    en: 'on: allow an http:// national.url to a host other than this computer (credentials then travel unencrypted)',
    id: 'on: izinkan national.url http:// ke host selain komputer ini (kredensial lalu dikirim tanpa enkripsi)',
  },
  'setting.national.max_connection_failures': {
    en: 'connection failures in a row after which a sync run stops',
    id: 'kegagalan koneksi berturut-turut yang menghentikan satu sinkronisasi',
  },
  'config.headerReserved': {
    en: "{key}: '{value}' is a header HTTP itself uses; choose another name (e.g. Authorization, X-Api-Key).",
    id: "{key}: '{value}' adalah header yang dipakai HTTP sendiri; pilih nama lain (mis. Authorization, X-Api-Key).",
  },
  'config.headerName': { en: "{key}: '{value}' is not a valid HTTP header name.", id: "{key}: '{value}' bukan nama header HTTP yang sah." },
  'config.positiveId': {
    en: "{key} must be a national id (a positive whole number), got '{value}'.",
    id: "{key} harus id nasional (bilangan bulat positif), tertulis '{value}'.",
  },

  'sync.help': {
    en: 'send queued changes to SP4N-LAPOR! and fetch what happened there (push, then pull)',
    id: 'kirim perubahan yang antre ke SP4N-LAPOR! dan ambil yang terjadi di sana (push, lalu pull)',
  },
  'sync.help.examples': {
    en: `  lapor config set national.url https://lapor.example.go.id/api   # once
  export LAPOR_API_KEY=... LAPOR_API_TOKEN=...                      # or ~/.config/lapor/credentials.json (0600)
  lapor sync doctor                  # what is wrong, if anything
  lapor sync masters                 # institutions and categories
  lapor sync                         # push, then pull
  lapor sync --dry-run               # what would be sent
  lapor sync --format json           # for cron; exit 5 when something failed`,
    id: `  lapor config set national.url https://lapor.example.go.id/api   # sekali saja
  export LAPOR_API_KEY=... LAPOR_API_TOKEN=...                      # atau ~/.config/lapor/credentials.json (0600)
  lapor sync doctor                  # apa yang salah, jika ada
  lapor sync masters                 # instansi dan kategori
  lapor sync                         # push, lalu pull
  lapor sync --dry-run               # apa yang akan dikirim
  lapor sync --format json           # untuk cron; keluar 5 bila ada yang gagal`,
  },
  'sync.help.all': { en: 'push, then pull (what plain `lapor sync` does)', id: 'push, lalu pull (yang dilakukan `lapor sync` saja)' },
  'sync.help.push': {
    en: 'send the queued reports, responses, follow-ups and forwardings',
    id: 'kirim laporan, tanggapan, tindak lanjut dan penerusan yang antre',
  },
  'sync.help.push.examples': {
    en: '  lapor sync push\n  lapor sync push --dry-run --format json\n  lapor sync push --ticket PPU-2026-000123 --force',
    id: '  lapor sync push\n  lapor sync push --dry-run --format json\n  lapor sync push --ticket PPU-2026-000123 --force',
  },
  'sync.help.pull': {
    en: 'fetch status, follow-ups and reporter replies of reports that are not final',
    id: 'ambil status, tindak lanjut dan balasan pelapor untuk laporan yang belum final',
  },
  'sync.help.pull.examples': {
    en: '  lapor sync pull\n  lapor sync pull --force --ticket PPU-2026-000123',
    id: '  lapor sync pull\n  lapor sync pull --force --ticket PPU-2026-000123',
  },
  'sync.help.status': {
    en: 'what is queued, in flight and failed (with reasons), last success, next retry',
    id: 'apa yang antre, sedang dikirim dan gagal (dengan alasan), keberhasilan terakhir, percobaan berikutnya',
  },
  'sync.help.status.examples': {
    en: '  lapor sync status\n  lapor sync status --format json\n  lapor sync status --mismatches --format csv > berbeda.csv',
    id: '  lapor sync status\n  lapor sync status --format json\n  lapor sync status --mismatches --format csv > berbeda.csv',
  },
  'sync.help.retry': { en: 'queue failed operations again after fixing their cause', id: 'antrekan lagi operasi yang gagal setelah penyebabnya diperbaiki' },
  'sync.help.retry.examples': {
    en: '  lapor sync retry PPU-2026-000123\n  lapor sync retry --all-failed',
    id: '  lapor sync retry PPU-2026-000123\n  lapor sync retry --all-failed',
  },
  'sync.help.masters': {
    en: 'fetch national institutions and categories (or --show them)',
    id: 'ambil daftar instansi dan kategori nasional (atau tampilkan dengan --show)',
  },
  'sync.help.masters.examples': {
    en: '  lapor sync masters\n  lapor sync masters --show institutions --search Pekerjaan\n  lapor sync masters --show categories --format csv',
    id: '  lapor sync masters\n  lapor sync masters --show institutions --search Pekerjaan\n  lapor sync masters --show categories --format csv',
  },
  'sync.help.map': { en: 'map local categories and units to national ids', id: 'petakan kategori dan unit lokal ke id nasional' },
  'sync.help.map.examples': {
    en: "  lapor sync map list\n  lapor sync map category 'Jalan dan Jembatan' 14\n  lapor sync map unit DPUPR 102\n  lapor sync map unit DPUPR none",
    id: "  lapor sync map list\n  lapor sync map category 'Jalan dan Jembatan' 14\n  lapor sync map unit DPUPR 102\n  lapor sync map unit DPUPR none",
  },
  'sync.help.mapCategory': {
    en: "give a local category a national category id ('none' removes it)",
    id: "beri kategori lokal id kategori nasional ('none' menghapusnya)",
  },
  'sync.help.mapUnit': {
    en: "give a unit the national institution its reports go to ('none' removes it)",
    id: "beri unit instansi nasional tujuan laporannya ('none' menghapusnya)",
  },
  'sync.help.mapList': { en: 'list category and unit mappings', id: 'daftar pemetaan kategori dan unit' },
  'sync.help.doctor': {
    en: 'check URL, credentials, reachability and mappings; say what is wrong',
    id: 'periksa URL, kredensial, keterjangkauan dan pemetaan; sebutkan yang salah',
  },
  'sync.help.doctor.examples': { en: '  lapor sync doctor\n  lapor sync doctor --format json', id: '  lapor sync doctor\n  lapor sync doctor --format json' },
  'sync.arg.category': { en: 'local category name', id: 'nama kategori lokal' },
  'sync.arg.nationalId': { en: "national id (see lapor sync masters --show), or 'none'", id: "id nasional (lihat lapor sync masters --show), atau 'none'" },
  'sync.opt.dryRun': { en: 'print what would be sent; send and change nothing', id: 'tampilkan apa yang akan dikirim; tidak mengirim atau mengubah apa pun' },
  'sync.opt.force': { en: 'ignore retry waits and the poll interval', id: 'abaikan jeda percobaan ulang dan selang pemeriksaan' },
  'sync.opt.forcePush': { en: 'send now even operations waiting for their retry time', id: 'kirim sekarang juga operasi yang menunggu waktu percobaan ulang' },
  'sync.opt.forcePull': {
    en: 'check every report now, even those checked within national.poll_hours',
    id: 'periksa semua laporan sekarang, termasuk yang baru diperiksa dalam national.poll_hours',
  },
  'sync.opt.ticket': { en: 'only these reports', id: 'hanya laporan ini' },
  'sync.opt.concurrency': { en: 'requests at once (default: national.concurrency)', id: 'permintaan sekaligus (bawaan: national.concurrency)' },
  'sync.opt.format': { en: 'text (summary on stderr) or json (on stdout, for cron)', id: 'text (ringkasan di stderr) atau json (di stdout, untuk cron)' },
  'sync.opt.allFailed': { en: 'every failed operation', id: 'semua operasi yang gagal' },
  'sync.opt.show': {
    en: 'show a stored list instead of fetching: institutions or categories',
    id: 'tampilkan daftar tersimpan alih-alih mengambil: institutions atau categories',
  },
  'sync.opt.search': { en: 'only names containing this text', id: 'hanya nama yang memuat teks ini' },

  'sync.insecureUrl': {
    en: 'national.url {url} is plain http to another computer: the credentials would travel unencrypted. Use https://, or set national.allow_insecure on if you really must.',
    id: 'national.url {url} memakai http biasa ke komputer lain: kredensial akan dikirim tanpa enkripsi. Gunakan https://, atau atur national.allow_insecure on bila benar-benar perlu.',
  },
  'sync.noUrl': {
    en: 'The national API URL is not set. Run: lapor config set national.url https://... (ask SP4N-LAPOR! for your agency URL).',
    id: 'URL API nasional belum diatur. Jalankan: lapor config set national.url https://... (tanyakan URL instansi Anda ke SP4N-LAPOR!).',
  },
  'sync.noCredentials': {
    en: 'No national API credentials: set LAPOR_API_KEY and LAPOR_API_TOKEN, or write {"api_key": "...", "token": "..."} to {path} with mode 0600.',
    id: 'Kredensial API nasional tidak ada: atur LAPOR_API_KEY dan LAPOR_API_TOKEN, atau tulis {"api_key": "...", "token": "..."} ke {path} dengan mode 0600.',
  },
  'sync.credentialsPartial': {
    en: '{missing} is not set: both LAPOR_API_KEY and LAPOR_API_TOKEN are needed.',
    id: '{missing} belum diatur: LAPOR_API_KEY dan LAPOR_API_TOKEN keduanya diperlukan.',
  },
  'sync.credentialsFileOpen': {
    en: 'Refusing {path}: mode {mode} lets others read it. Run: chmod 600 {path}',
    id: 'Menolak {path}: mode {mode} membuatnya terbaca orang lain. Jalankan: chmod 600 {path}',
  },
  'sync.credentialsFileOwner': { en: 'Refusing {path}: it belongs to another user.', id: 'Menolak {path}: berkas milik pengguna lain.' },
  'sync.credentialsFileBad': {
    en: '{path} must be JSON like {"api_key": "...", "token": "..."} with both values filled in.',
    id: '{path} harus JSON seperti {"api_key": "...", "token": "..."} dengan kedua nilai terisi.',
  },
  'sync.authFailed': {
    en: 'The national system refused the credentials ({detail}). Nothing more was sent; check LAPOR_API_KEY / LAPOR_API_TOKEN (or the credentials file) and run lapor sync doctor.',
    id: 'Sistem nasional menolak kredensial ({detail}). Tidak ada lagi yang dikirim; periksa LAPOR_API_KEY / LAPOR_API_TOKEN (atau berkas kredensial) lalu jalankan lapor sync doctor.',
  },
  'sync.failed': {
    en: '{count} {count:item|items} did not go through (reasons above); see lapor sync status.',
    id: '{count} butir tidak berhasil (alasan di atas); lihat lapor sync status.',
  },
  'sync.locked': {
    en: 'Another sync is running (process {pid} on {host}, since {since}). Wait for it to finish.',
    id: 'Sinkronisasi lain sedang berjalan (proses {pid} di {host}, sejak {since}). Tunggu sampai selesai.',
  },
  'sync.tookOverLock': {
    en: 'the previous sync (process {pid}, since {since}) stopped without finishing; continuing its work',
    id: 'sinkronisasi sebelumnya (proses {pid}, sejak {since}) berhenti sebelum selesai; pekerjaannya dilanjutkan',
  },
  'sync.reclaimed': {
    en: '{count} {count:operation|operations} interrupted earlier {count:is|are} sent again with the same key.',
    id: '{count} operasi yang terputus sebelumnya dikirim ulang dengan kunci yang sama.',
  },
  'sync.progress.push': { en: 'push {done}/{total}, {failed} failed', id: 'push {done}/{total}, {failed} gagal' },
  'sync.progress.pull': { en: 'pull {done}/{total}, {failed} failed', id: 'pull {done}/{total}, {failed} gagal' },
  'sync.summary.push': { en: 'pushed {pushed} (waiting {waiting})', id: 'terkirim {pushed} (menunggu {waiting})' },
  'sync.summary.pull': { en: 'pulled {pulled} ({updated} updated)', id: 'diambil {pulled} ({updated} berubah)' },
  'sync.summary.failed': { en: 'failed {failed}', id: 'gagal {failed}' },
  'sync.line.status': { en: '  {ticket}: {from} -> {to} (national)', id: '  {ticket}: {from} -> {to} (nasional)' },
  'sync.line.reopened': { en: '  {ticket}: reporter replied, re-opened ({from} -> {to})', id: '  {ticket}: pelapor membalas, dibuka kembali ({from} -> {to})' },
  'sync.line.added': {
    en: '  {ticket}: {added} new {added:follow-up or reply|follow-ups or replies}',
    id: '  {ticket}: {added} tindak lanjut atau balasan baru',
  },
  'sync.line.badDates': {
    en: '  {ticket}: {count} national {count:date|dates} before the report was received or in the future; recorded with the time of this sync instead',
    id: '  {ticket}: {count} tanggal nasional sebelum laporan diterima atau di masa depan; dicatat dengan waktu sinkronisasi ini',
  },
  'sync.line.failed': { en: '  {ticket} {what}: {reason}', id: '  {ticket} {what}: {reason}' },

  'sync.reason.invalid': {
    en: 'refused by the national system: {detail}. Fix the report, then run lapor sync retry TICKET.',
    id: 'ditolak sistem nasional: {detail}. Perbaiki laporannya, lalu jalankan lapor sync retry TIKET.',
  },
  'sync.reason.notFound': { en: 'the national system does not know this complaint: {detail}', id: 'sistem nasional tidak mengenal pengaduan ini: {detail}' },
  'sync.reason.auth': { en: 'credentials refused: {detail}', id: 'kredensial ditolak: {detail}' },
  'sync.reason.throttled': {
    en: 'the national system asked to slow down ({detail}); stays queued',
    id: 'sistem nasional meminta memperlambat ({detail}); tetap antre',
  },
  'sync.reason.transient': {
    en: 'no usable answer ({detail}); stays queued and is retried later',
    id: 'tidak ada jawaban yang dapat dipakai ({detail}); tetap antre dan dicoba lagi nanti',
  },
  'sync.reason.text': { en: '{text}', id: '{text}' },
  'sync.reason.waitingRetry': {
    en: 'waiting for its retry time {at} (use --force to send now)',
    id: 'menunggu waktu percobaan ulang {at} (gunakan --force untuk mengirim sekarang)',
  },
  'sync.reason.reportMissing': { en: 'report {ticket} no longer exists', id: 'laporan {ticket} sudah tidak ada' },
  'sync.reason.eventMissing': { en: 'the timeline entry of this operation is missing ({ticket})', id: 'entri riwayat untuk operasi ini tidak ada ({ticket})' },
  'sync.reason.emptyFollowup': {
    en: 'the follow-up has no text; the national system needs one',
    id: 'tindak lanjut tidak berisi teks; sistem nasional memerlukannya',
  },
  'sync.reason.noCreate': {
    en: '{ticket} was never queued for sending; run lapor sync status and tell the maintainers',
    id: '{ticket} tidak pernah diantrekan untuk dikirim; jalankan lapor sync status dan beri tahu pengelola',
  },
  'sync.reason.categoryUnmapped': {
    en: "category '{category}' has no national id. Run lapor sync masters, then lapor sync map category '{category}' ID, then lapor sync retry {ticket}.",
    id: "kategori '{category}' belum punya id nasional. Jalankan lapor sync masters, lalu lapor sync map category '{category}' ID, lalu lapor sync retry {ticket}.",
  },
  'sync.reason.categoryGone': {
    en: "category '{category}' is mapped to national id {id}, which the national list no longer has: map it again (lapor sync map category).",
    id: "kategori '{category}' dipetakan ke id nasional {id} yang sudah tidak ada di daftar nasional: petakan ulang (lapor sync map category).",
  },
  'sync.reason.attachmentMissing': {
    en: "attachment '{file}' is missing from the data folder; re-attach it, then lapor sync retry {ticket}",
    id: "lampiran '{file}' hilang dari folder data; lampirkan ulang, lalu lapor sync retry {ticket}",
  },
  'sync.reason.forwardNoMasters': {
    en: "forwarding target '{to}' needs the national institution list: run lapor sync masters, then lapor sync retry {ticket}",
    id: "tujuan penerusan '{to}' memerlukan daftar instansi nasional: jalankan lapor sync masters, lalu lapor sync retry {ticket}",
  },
  'sync.reason.forwardUnknown': {
    en: "forwarding target '{to}' is not a national institution id or exact name (see lapor sync masters --show institutions)",
    id: "tujuan penerusan '{to}' bukan id atau nama persis instansi nasional (lihat lapor sync masters --show institutions)",
  },
  'sync.reason.redirect': {
    en: 'the national system answered with a redirect ({detail}): national.url is probably wrong or outdated; fix it with lapor config set national.url (the operation stays queued)',
    id: 'sistem nasional menjawab dengan pengalihan ({detail}): national.url kemungkinan salah atau usang; perbaiki dengan lapor config set national.url (operasi tetap antre)',
  },
  'sync.reason.oversize': {
    en: 'the answer was too large ({detail}); stays queued (limit: national.max_response_mb)',
    id: 'jawaban terlalu besar ({detail}); tetap antre (batas: national.max_response_mb)',
  },
  'sync.reason.idTaken': {
    en: 'the national system answered complaint id {id}, which report {other} already holds; nothing was stored. Ask the national helpdesk, then lapor sync retry or lapor sync cancel',
    id: 'sistem nasional menjawab id pengaduan {id}, yang sudah dipegang laporan {other}; tidak ada yang disimpan. Tanyakan ke helpdesk nasional, lalu lapor sync retry atau lapor sync cancel',
  },
  'sync.reason.cancelled': { en: 'cancelled by {by}: {reason}', id: 'dibatalkan oleh {by}: {reason}' },
  'sync.reason.forwardAmbiguous': {
    en: "forwarding target '{to}' matches several national institutions: use the id",
    id: "tujuan penerusan '{to}' cocok dengan beberapa instansi nasional: gunakan id-nya",
  },

  'sync.dryRun.push': {
    en: '{count} {count:request|requests} queued, {ready} would be sent now. Nothing was sent.',
    id: '{count} permintaan antre, {ready} akan dikirim sekarang. Tidak ada yang dikirim.',
  },
  'sync.dryRun.pull': { en: '{count} {count:report|reports} would be checked now.', id: '{count} laporan akan diperiksa sekarang.' },
  'sync.dryRun.frozen': { en: '(resent as first sent)', id: '(dikirim ulang persis seperti pertama)' },
  'sync.dryRun.upload': { en: 'upload first: {file}', id: 'unggah dulu: {file}' },
  'sync.dryRun.blocked': { en: 'not now: {reason}', id: 'tidak sekarang: {reason}' },

  'sync.field.url': { en: 'National URL', id: 'URL nasional' },
  'sync.field.queued': { en: 'Queued', id: 'Antre' },
  'sync.field.inFlight': { en: 'In flight', id: 'Sedang dikirim' },
  'sync.field.failed': { en: 'Failed', id: 'Gagal' },
  'sync.field.done': { en: 'Sent', id: 'Terkirim' },
  'sync.field.nextRetry': { en: 'Next retry', id: 'Coba lagi berikutnya' },
  'sync.field.dueToPoll': { en: 'Due to check', id: 'Perlu diperiksa' },
  'sync.field.lastPush': { en: 'Last push ok', id: 'Push terakhir berhasil' },
  'sync.field.lastPull': { en: 'Last pull ok', id: 'Pull terakhir berhasil' },
  'sync.field.masters': { en: 'Master lists', id: 'Daftar induk' },
  'sync.field.running': { en: 'Running now', id: 'Sedang berjalan' },
  'sync.field.kind': { en: 'Operation', id: 'Operasi' },
  'sync.field.state': { en: 'State', id: 'Keadaan' },
  'sync.field.attempts': { en: 'Tries', id: 'Percobaan' },
  'sync.field.reason': { en: 'Reason', id: 'Alasan' },
  'sync.field.nationalId': { en: 'National id', id: 'Id nasional' },
  'sync.field.name': { en: 'Name', id: 'Nama' },
  'sync.field.type': { en: 'Type', id: 'Jenis' },
  'sync.field.local': { en: 'Local', id: 'Lokal' },
  'sync.field.source': { en: 'Source', id: 'Sumber' },
  'sync.field.check': { en: 'Check', id: 'Pemeriksaan' },
  'sync.field.verdict': { en: 'Result', id: 'Hasil' },
  'sync.field.detail': { en: 'Detail', id: 'Rincian' },
  'sync.state.failed': { en: 'failed', id: 'gagal' },
  'sync.state.retrying': { en: 'will retry', id: 'dicoba lagi' },
  'sync.notSet': { en: 'not set', id: 'belum diatur' },
  'sync.never': { en: 'never', id: 'belum pernah' },
  'sync.mastersLine': { en: '{institutions} institutions, {categories} categories ({at})', id: '{institutions} instansi, {categories} kategori ({at})' },
  'sync.runningLine': { en: 'process {pid} on {host} since {since}', id: 'proses {pid} di {host} sejak {since}' },

  'sync.retryWhat': { en: 'Give a TICKET or --all-failed (not both).', id: 'Berikan TIKET atau --all-failed (bukan keduanya).' },
  'sync.requeued': {
    en: '{count} {count:operation|operations} queued again. Run lapor sync push to send them.',
    id: '{count} operasi diantrekan lagi. Jalankan lapor sync push untuk mengirimnya.',
  },
  'sync.nothingToRetry': { en: 'Nothing to retry.', id: 'Tidak ada yang perlu dicoba lagi.' },
  'sync.mastersDone': {
    en: '{institutions} institutions and {categories} categories stored; {mapped} local categories mapped.',
    id: '{institutions} instansi dan {categories} kategori disimpan; {mapped} kategori lokal terpetakan.',
  },
  'sync.unmappedCategories': {
    en: '{count} local {count:category|categories} without a national id: {names}. Map them with lapor sync map category NAME ID.',
    id: '{count} kategori lokal tanpa id nasional: {names}. Petakan dengan lapor sync map category NAMA ID.',
  },
  'sync.mastersFailed': {
    en: 'Could not fetch the master lists: {detail}. Nothing was changed.',
    id: 'Daftar induk tidak dapat diambil: {detail}. Tidak ada yang diubah.',
  },
  'sync.mastersEmpty': { en: 'Nothing stored; run lapor sync masters first.', id: 'Belum ada yang tersimpan; jalankan lapor sync masters dulu.' },
  'sync.badNationalId': {
    en: "'{value}' is not a national id (a positive whole number) or 'none'.",
    id: "'{value}' bukan id nasional (bilangan bulat positif) atau 'none'.",
  },
  'sync.mapNeedsMasters': {
    en: 'The national lists are not stored yet: run lapor sync masters first.',
    id: 'Daftar nasional belum tersimpan: jalankan lapor sync masters dulu.',
  },
  'sync.unknownCategoryId': {
    en: 'No national category has id {value} (see lapor sync masters --show categories).',
    id: 'Tidak ada kategori nasional dengan id {value} (lihat lapor sync masters --show categories).',
  },
  'sync.unknownInstitutionId': {
    en: 'No national institution has id {value} (see lapor sync masters --show institutions).',
    id: 'Tidak ada instansi nasional dengan id {value} (lihat lapor sync masters --show institutions).',
  },
  'sync.mapped': { en: '{local} -> {id} {name}', id: '{local} -> {id} {name}' },
  'sync.unmapped': { en: '{local}: mapping removed', id: '{local}: pemetaan dihapus' },
  'sync.noMappings': { en: 'No mappings yet: run lapor sync masters.', id: 'Belum ada pemetaan: jalankan lapor sync masters.' },

  'sync.exportForm.done': {
    en: '{rows} {rows:report|reports} not yet sent written to {target} in the national form. Nothing was marked as sent.',
    id: '{rows} laporan yang belum terkirim ditulis ke {target} dalam formulir nasional. Tidak ada yang ditandai terkirim.',
  },
  'sync.exportForm.flags': {
    en: '--format lapor takes neither --incremental nor --header.',
    id: '--format lapor tidak menerima --incremental maupun --header.',
  },

  'sync.verdict.ok': { en: 'ok', id: 'baik' },
  'sync.verdict.warn': { en: 'warning', id: 'peringatan' },
  'sync.verdict.fail': { en: 'FAILED', id: 'GAGAL' },
  'sync.doctor.url': { en: '{url}', id: '{url}' },
  'sync.doctor.insecureAllowed': {
    en: '{url}: plain http allowed by national.allow_insecure; credentials travel unencrypted',
    id: '{url}: http biasa diizinkan oleh national.allow_insecure; kredensial dikirim tanpa enkripsi',
  },
  'sync.doctor.credentialsEnv': { en: 'from LAPOR_API_KEY and LAPOR_API_TOKEN', id: 'dari LAPOR_API_KEY dan LAPOR_API_TOKEN' },
  'sync.doctor.credentialsFile': { en: 'from {path} (owner-only)', id: 'dari {path} (hanya pemilik)' },
  'sync.doctor.reachable': { en: 'answered with valid credentials in {ms} ms', id: 'menjawab dengan kredensial sah dalam {ms} md' },
  'sync.doctor.refused': {
    en: 'credentials refused ({detail}): check the key and token ({path} or the environment)',
    id: 'kredensial ditolak ({detail}): periksa kunci dan token ({path} atau lingkungan)',
  },
  'sync.doctor.unreachable': { en: 'not reachable: {detail}. Check the URL and the network.', id: 'tidak terjangkau: {detail}. Periksa URL dan jaringan.' },
  'sync.doctor.notTried': { en: 'not tried (fix the URL and credentials first)', id: 'tidak dicoba (perbaiki URL dan kredensial dulu)' },
  'sync.doctor.masters': { en: '{institutions} institutions, {categories} categories stored', id: '{institutions} instansi, {categories} kategori tersimpan' },
  'sync.doctor.noMasters': { en: 'not fetched yet: run lapor sync masters', id: 'belum diambil: jalankan lapor sync masters' },
  'sync.doctor.categoriesMapped': { en: 'every category in use has a national id', id: 'setiap kategori yang dipakai punya id nasional' },
  'sync.doctor.categoriesUnmapped': { en: '{count} without a national id: {names}', id: '{count} tanpa id nasional: {names}' },
  'sync.doctor.noTarget': {
    en: 'national.agency_institution_id is not set: reports without a mapped unit ({count} {count:unit|units} unmapped) are sent without a target',
    id: 'national.agency_institution_id belum diatur: laporan tanpa unit terpetakan ({count} unit belum dipetakan) terkirim tanpa tujuan',
  },
  'sync.doctor.agencyTarget': { en: 'unmapped units go to institution {id}', id: 'unit yang belum dipetakan menuju instansi {id}' },
  'sync.doctor.queue': { en: '{queued} queued, {failed} failed', id: '{queued} antre, {failed} gagal' },
  'sync.doctorFailed': { en: '{count} {count:check|checks} failed (see above).', id: '{count} pemeriksaan gagal (lihat di atas).' },

  'sim.listening': {
    en: 'National API simulator on {url} (in memory; Ctrl-C stops it). Try: lapor config set national.url {url}',
    id: 'Simulator API nasional di {url} (di memori; Ctrl-C untuk berhenti). Coba: lapor config set national.url {url}',
  },
  'sim.badFlag': { en: "{flag}: '{value}' is not a valid number (rates are 0 to 1).", id: "{flag}: '{value}' bukan angka yang sah (rasio 0 sampai 1)." },
  'sim.usage': {
    en: `Usage: npm run national-sim -- [--port 8089] [--host 127.0.0.1] [--latency MS] [--jitter MS]
  [--fail-rate R] [--throttle-rate R] [--unavailable-rate R] [--retry-after S] [--drop-rate R]
  [--lost-ack-rate R] [--seed N] [--api-key KEY] [--token TOKEN] [--key-header H] [--token-header H]
Rates are shares of requests (0 to 1). Key and token default to LAPOR_API_KEY/LAPOR_API_TOKEN or sim-key/sim-token.
Control (no credentials): GET /__sim/state, POST /__sim/faults, POST /__sim/complaints/ID/status {"status_name","reason"},
POST /__sim/complaints/ID/followups {"content","author_type","is_final"}.`,
    id: `Pemakaian: npm run national-sim -- [--port 8089] [--host 127.0.0.1] [--latency MD] [--jitter MD]
  [--fail-rate R] [--throttle-rate R] [--unavailable-rate R] [--retry-after D] [--drop-rate R]
  [--lost-ack-rate R] [--seed N] [--api-key KUNCI] [--token TOKEN] [--key-header H] [--token-header H]
Rasio adalah bagian permintaan (0 sampai 1). Kunci dan token bawaan: LAPOR_API_KEY/LAPOR_API_TOKEN atau sim-key/sim-token.
Kendali (tanpa kredensial): GET /__sim/state, POST /__sim/faults, POST /__sim/complaints/ID/status {"status_name","reason"},
POST /__sim/complaints/ID/followups {"content","author_type","is_final"}.`,
  },
  'sim.controlHelp': {
    en: `Control endpoints (no credentials; JSON; a wrong body is answered 400 {"message", "errors": {"field": ["what is wrong"]}}):
  GET  /__sim/state
       everything the simulator holds: complaints (body, status, follow-ups), uploads, request and fault counts
  POST /__sim/faults                     body: one fault object, or a list of them, used in order
       kind         (required) {kinds}
                    drop: closed before anything is done; lostAck: a write applied, its answer never sent;
                    hang: never answered (the client's timeout); the others: that HTTP status
       operation    only this call: {operations} (default: any)
       times        how many matching requests it hits (default 1)
       retryAfter   seconds in Retry-After with 429/503 (default --retry-after)
  POST /__sim/complaints/ID/status       body: {"status_name": "...", "reason": "..."}
       status_name  (required) the new national status, e.g. "Dalam Proses", "Selesai" (unknown names are kept)
       reason       a note, e.g. why it was rejected
  POST /__sim/complaints/ID/followups    body: {"content": "...", "author_type": "...", "is_final": 0}
       content      (required) the text; author_type reporter (default), institution or admin; is_final 0 or 1
Examples:
  curl -s -X POST {url}/__sim/faults -d '[{"operation": "createComplaint", "kind": "lostAck", "times": 2}]'
  curl -s -X POST {url}/__sim/complaints/30001/status -d '{"status_name": "Selesai"}'
  curl -s -X POST {url}/__sim/complaints/30001/followups -d '{"content": "Terima kasih, sudah beres"}'
  curl -s {url}/__sim/state`,
    id: `Titik kendali (tanpa kredensial; JSON; isi yang salah dijawab 400 {"message", "errors": {"kolom": ["apa yang salah"]}}):
  GET  /__sim/state
       semua yang dipegang simulator: pengaduan (isi, status, tindak lanjut), unggahan, hitungan permintaan dan gangguan
  POST /__sim/faults                     isi: satu objek gangguan, atau daftarnya, dipakai berurutan
       kind         (wajib) {kinds}
                    drop: ditutup sebelum apa pun dikerjakan; lostAck: penulisan diterapkan, jawabannya tak dikirim;
                    hang: tak pernah dijawab (batas waktu klien); lainnya: status HTTP itu
       operation    hanya panggilan ini: {operations} (bawaan: apa saja)
       times        berapa permintaan yang cocok terkena (bawaan 1)
       retryAfter   detik pada Retry-After untuk 429/503 (bawaan --retry-after)
  POST /__sim/complaints/ID/status       isi: {"status_name": "...", "reason": "..."}
       status_name  (wajib) status nasional baru, mis. "Dalam Proses", "Selesai" (nama tak dikenal disimpan apa adanya)
       reason       catatan, mis. alasan penolakan
  POST /__sim/complaints/ID/followups    isi: {"content": "...", "author_type": "...", "is_final": 0}
       content      (wajib) teksnya; author_type reporter (bawaan), institution atau admin; is_final 0 atau 1
Contoh:
  curl -s -X POST {url}/__sim/faults -d '[{"operation": "createComplaint", "kind": "lostAck", "times": 2}]'
  curl -s -X POST {url}/__sim/complaints/30001/status -d '{"status_name": "Selesai"}'
  curl -s -X POST {url}/__sim/complaints/30001/followups -d '{"content": "Terima kasih, sudah beres"}'
  curl -s {url}/__sim/state`,
  },
} satisfies Catalog;
