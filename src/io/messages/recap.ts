import type { Catalog } from './types.js';

/** `lapor recap`: monthly and yearly figures, the HTML report. */
export const recapMessages = {
  'help.recap': {
    en: 'Figures per unit (or officer, category, ...) for a month, a year or a date range, against the previous period',
    id: 'Rekap per unit (atau petugas, kategori, ...) untuk satu bulan, tahun atau rentang tanggal, dibanding periode sebelumnya',
  },
  'help.opt.month': { en: 'the month YYYY-MM (default: this month)', id: 'bulan YYYY-MM (bawaan: bulan ini)' },
  'help.opt.year': { en: 'the year YYYY', id: 'tahun YYYY' },
  'help.opt.fromDate': { en: 'first day YYYY-MM-DD (with --to)', id: 'hari pertama YYYY-MM-DD (dengan --to)' },
  'help.opt.toDate': { en: 'last day YYYY-MM-DD (with --from)', id: 'hari terakhir YYYY-MM-DD (dengan --from)' },
  'help.opt.by': { en: 'group by', id: 'kelompokkan menurut' },
  'help.opt.recapFormat': {
    en: 'table, json, csv, xlsx (needs --out) or html (one self-contained file)',
    id: 'table, json, csv, xlsx (perlu --out) atau html (satu berkas mandiri)',
  },
  'help.opt.recapOut': { en: 'write to this file instead of stdout', id: 'tulis ke berkas ini, bukan ke stdout' },
  'help.opt.recapForce': {
    en: 'replace the --out file (or letters of the same name) if it exists',
    id: 'ganti berkas --out (atau surat bernama sama) bila sudah ada',
  },
  'help.recap.examples': {
    en: `  lapor recap --month 2026-11                 # November per unit, against October
  lapor recap --year 2026 --by officer
  lapor recap --from 2026-07-01 --to 2026-09-30 --format csv > q3.csv
  lapor recap --month 2026-11 --format html --out rekap-nov.html
  lapor recap --letters --out surat/            # reminders to officers with late reports
  lapor recap --evidence --year 2026 --out bukti-2026.zip

Period rule: a report belongs to the period it was received in (agency-local date); each step
(verification, assignment, response, follow-up, closing, rejection, forwarding) counts in the
period it happened in, back-dated (--at) steps by their date. Durations are working days of the
agency's calendar. "On time": the first follow-up after each assignment or re-opening, within
sla.followup_days. Open and overdue: reports received in the period that are so now.`,
    id: `  lapor recap --month 2026-11                 # November per unit, dibanding Oktober
  lapor recap --year 2026 --by officer
  lapor recap --from 2026-07-01 --to 2026-09-30 --format csv > tw3.csv
  lapor recap --month 2026-11 --format html --out rekap-nov.html
  lapor recap --letters --out surat/            # pengingat bagi petugas yang terlambat
  lapor recap --evidence --year 2026 --out bukti-2026.zip

Aturan periode: laporan masuk periode tanggal diterimanya (tanggal setempat); setiap langkah
(verifikasi, disposisi, tanggapan, tindak lanjut, selesai, tolak, teruskan) dihitung pada periode
terjadinya, langkah bertanggal mundur (--at) menurut tanggalnya. Durasi dalam hari kerja kalender
instansi. "Tepat waktu": tindak lanjut pertama setelah tiap disposisi atau pembukaan kembali, dalam
sla.followup_days. Terbuka dan terlambat: laporan yang diterima pada periode itu dan kini demikian.`,
  },
  'recap.periodConflict': { en: 'Give one of --month, --year or --from/--to.', id: 'Berikan salah satu: --month, --year atau --from/--to.' },
  'recap.badMonth': { en: "--month '{month}' is not a month: write YYYY-MM, e.g. 2026-11.", id: "--month '{month}' bukan bulan: tulis YYYY-MM, mis. 2026-11." },
  'recap.badYear': { en: "--year '{year}' is not a year: write YYYY, e.g. 2026.", id: "--year '{year}' bukan tahun: tulis YYYY, mis. 2026." },
  'recap.badRange': {
    en: "--from '{from}' --to '{to}': write dates as YYYY-MM-DD, the first not after the last.",
    id: "--from '{from}' --to '{to}': tulis tanggal YYYY-MM-DD, yang pertama tidak setelah yang terakhir.",
  },
  'recap.title': {
    en: 'Recap {from} to {to} by {by} (previous period {prevFrom} to {prevTo})',
    id: 'Rekap {from} s.d. {to} per {by} (periode sebelumnya {prevFrom} s.d. {prevTo})',
  },
  'recap.total': { en: 'Total', id: 'Jumlah' },
  'recap.none': { en: '(none)', id: '(tidak ada)' },
  'recap.by.unit': { en: 'unit', id: 'unit' },
  'recap.by.officer': { en: 'officer', id: 'petugas' },
  'recap.by.category': { en: 'category', id: 'kategori' },
  'recap.by.channel': { en: 'channel', id: 'saluran' },
  'recap.by.classification': { en: 'classification', id: 'klasifikasi' },
  'recap.by.region': { en: 'region', id: 'wilayah' },
  'recap.col.group': { en: 'Group', id: 'Kelompok' },
  'recap.col.received': { en: 'Received', id: 'Diterima' },
  'recap.col.verified': { en: 'Verified', id: 'Diverifikasi' },
  'recap.col.assigned': { en: 'Assigned', id: 'Didisposisi' },
  'recap.col.responded': { en: 'Responded', id: 'Ditanggapi' },
  'recap.col.followedUp': { en: 'Followed up', id: 'Ditindaklanjuti' },
  'recap.col.done': { en: 'Done', id: 'Selesai' },
  'recap.col.rejected': { en: 'Rejected', id: 'Ditolak' },
  'recap.col.forwarded': { en: 'Forwarded', id: 'Diteruskan' },
  'recap.col.openNow': { en: 'Open now', id: 'Terbuka kini' },
  'recap.col.overdueNow': { en: 'Overdue now', id: 'Terlambat kini' },
  'recap.col.onTime': { en: 'On time', id: 'Tepat waktu' },
  'recap.col.verifyDays': { en: 'To verify (median/p90)', id: 'Ke verifikasi (median/p90)' },
  'recap.col.responseDays': { en: 'To response (median/p90)', id: 'Ke tanggapan (median/p90)' },
  'recap.col.followupDays': { en: 'To follow-up (median/p90)', id: 'Ke tindak lanjut (median/p90)' },
  'recap.timeliness': {
    en: 'Timeliness (working days; target: follow-up within {days})',
    id: 'Ketepatan waktu (hari kerja; target: tindak lanjut dalam {days})',
  },
  'recap.chart.volume': { en: 'Received (R) vs followed up (F)', id: 'Diterima (R) vs ditindaklanjuti (F)' },
  'recap.chart.onTime': { en: 'On-time share of follow-ups', id: 'Persentase tindak lanjut tepat waktu' },
  'recap.xlsxNeedsOut': { en: '--format xlsx writes a file: give --out FILE.xlsx.', id: '--format xlsx menulis berkas: berikan --out BERKAS.xlsx.' },
  'recap.outNeedsFile': {
    en: '--out is for --format html or xlsx (and --letters, --evidence); redirect stdout for the others.',
    id: '--out untuk --format html atau xlsx (dan --letters, --evidence); arahkan stdout untuk format lain.',
  },
  'recap.written': { en: 'Recap written to {file}.', id: 'Rekap ditulis ke {file}.' },
  'recap.html.generated': { en: 'Generated {at}', id: 'Dibuat {at}' },
  'recap.html.headline': { en: 'Headline figures', id: 'Angka utama' },
  'recap.html.trend': { en: 'Received vs followed up, last 12 months', id: 'Diterima vs ditindaklanjuti, 12 bulan terakhir' },
  'recap.html.onTimeByGroup': {
    en: 'Follow-ups on time per {by} (target line: 100% within {days} working days)',
    id: 'Tindak lanjut tepat waktu per {by} (garis target: 100% dalam {days} hari kerja)',
  },
  'recap.html.overdue': { en: 'Overdue now per officer', id: 'Terlambat kini per petugas' },
  'recap.html.figures': { en: 'Figures per {by}', id: 'Angka per {by}' },
  'recap.html.previous': { en: 'previous period: {value}', id: 'periode sebelumnya: {value}' },
  'recap.html.noOverdue': { en: 'Nothing overdue.', id: 'Tidak ada yang terlambat.' },
  'recap.html.onTimeShort': { en: 'followed up on time', id: 'ditindaklanjuti tepat waktu' },
  'recap.html.title': { en: 'SP4N-LAPOR! complaint handling recap', id: 'Rekap pengelolaan pengaduan SP4N-LAPOR!' },
  'recap.html.period': {
    en: 'Period {from} to {to} · previous period {prevFrom} to {prevTo}',
    id: 'Periode {from} s.d. {to} · periode sebelumnya {prevFrom} s.d. {prevTo}',
  },
  'recap.html.medianFollowup': { en: 'median working days to follow-up', id: 'median hari kerja ke tindak lanjut' },
  'recap.html.medianNote': { en: 'median {days} wd', id: 'median {days} hk' },
  'recap.html.daysLate': { en: 'Working days late', id: 'Hari kerja terlambat' },
  'recap.html.deadline': { en: 'Deadline', id: 'Tenggat' },
  'recap.html.deadlineKind': { en: 'Deadline for', id: 'Tenggat untuk' },
  'recap.html.ticket': { en: 'Ticket', id: 'Tiket' },
  'recap.html.unit': { en: 'Unit', id: 'Unit' },
  'recap.html.unassigned': { en: '(not assigned)', id: '(belum didisposisi)' },
  'recap.html.rule': {
    en: 'A report belongs to the period it was received in; each step counts in the period it happened in. Durations in working days of the agency calendar.',
    id: 'Laporan masuk periode tanggal diterimanya; setiap langkah dihitung pada periode terjadinya. Durasi dalam hari kerja kalender instansi.',
  },
  'recap.html.noData': { en: 'No measured follow-ups in this period.', id: 'Tidak ada tindak lanjut terukur pada periode ini.' },
  'recap.xlsx.month': { en: 'Month', id: 'Bulan' },
  'recap.xlsx.trend': { en: 'Trend', id: 'Tren' },
  'recap.xlsx.overdue': { en: 'Overdue now', id: 'Terlambat kini' },
  'recap.col.officer': { en: 'Officer', id: 'Petugas' },
  'help.opt.letters': {
    en: 'one reminder letter per officer with late reports (stdout, or one .txt each in --out DIR)',
    id: 'satu surat pengingat per petugas yang laporannya terlambat (stdout, atau satu .txt per petugas di --out DIR)',
  },
  'recap.letter.date': { en: 'Date', id: 'Tanggal' },
  'recap.letter.to': { en: 'To: {officer}', id: 'Kepada Yth. {officer}' },
  'recap.letter.subject': {
    en: 'Subject: reminder, SP4N-LAPOR! reports past their deadline',
    id: 'Perihal: pengingat laporan SP4N-LAPOR! yang melewati tenggat',
  },
  'recap.letter.opening': {
    en: 'As of {today}, {count} {count:report|reports} assigned to you {count:is|are} past {count:its|their} deadline. Please follow {count:it|them} up and record the follow-up:',
    id: 'Per {today}, {count} laporan yang didisposisikan kepada Bapak/Ibu berikut telah melewati tenggat. Mohon segera ditindaklanjuti dan tindak lanjutnya dicatat:',
  },
  'recap.letter.item': { en: '{kind} due {date}, {days} working {days:day|days} late', id: 'tenggat {kind} {date}, terlambat {days} hari kerja' },
  'recap.letter.titleWithheld': { en: '(title withheld: confidential reporter)', id: '(judul tidak ditampilkan: pelapor dirahasiakan)' },
  'recap.letter.closing': { en: 'Thank you for your attention.', id: 'Atas perhatian Bapak/Ibu, kami ucapkan terima kasih.' },
  'recap.letter.admin': { en: 'SP4N-LAPOR! administrator', id: 'Admin SP4N-LAPOR!' },
  'recap.letter.none': { en: 'No assigned report is late: no letters.', id: 'Tidak ada laporan terdisposisi yang terlambat: tidak ada surat.' },
  'recap.letter.written': { en: '{count} {count:letter|letters} written to {dir}.', id: '{count} surat ditulis ke {dir}.' },
  'help.opt.evidence': {
    en: 'the evaluation evidence bundle of --year into --out FILE.zip (recaps, report list with steps, checksums)',
    id: 'berkas bukti dukung evaluasi untuk --year ke --out BERKAS.zip (rekap, daftar laporan beserta langkahnya, checksum)',
  },
  'recap.lettersNoPeriod': {
    en: '--letters covers the reports late today: it takes no --month, --year, --from or --to.',
    id: '--letters mencakup laporan yang terlambat hari ini: tidak memakai --month, --year, --from, atau --to.',
  },
  'recap.evidenceNeedsYear': { en: '--evidence needs --year YYYY and --out FILE.zip.', id: '--evidence memerlukan --year YYYY dan --out BERKAS.zip.' },
  'recap.evidenceWritten': {
    en: 'Evidence bundle written to {file}: {count} files with SHA-256 checksums.',
    id: 'Berkas bukti dukung ditulis ke {file}: {count} berkas dengan checksum SHA-256.',
  },
} satisfies Catalog;
