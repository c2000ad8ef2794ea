import type { Catalog } from './types.js';

/** Messages of reconciliation: national steps, disagreements between the two records. */
export const reconcileMessages = {
  'sync.reconcile.noReason': { en: '(not given)', id: '(tidak disebutkan)' },
  'sync.opt.mismatches': {
    en: 'list the reports whose local and national statuses disagree, with both and since when',
    id: 'daftar laporan yang status lokal dan nasionalnya berbeda, dengan keduanya dan sejak kapan',
  },
  'sync.field.mismatches': { en: 'Disagree with national', id: 'Berbeda dengan nasional' },
  'sync.field.localStatus': { en: 'Local status', id: 'Status lokal' },
  'sync.field.since': { en: 'Since', id: 'Sejak' },
  'sync.noMismatches': {
    en: 'Every report agrees with its national record (as of the last check).',
    id: 'Semua laporan sesuai dengan catatan nasionalnya (per pemeriksaan terakhir).',
  },
  'sync.mismatchesHint': {
    en: 'Act on each: take the step here (lapor close, reject, reopen, ...) or on the national site; the next sync checks again.',
    id: 'Tindak lanjuti masing-masing: lakukan langkahnya di sini (lapor close, reject, reopen, ...) atau di situs nasional; sinkronisasi berikutnya memeriksa lagi.',
  },
  'sync.line.mismatch': {
    en: '  {ticket}: {local} here, {national} nationally; the records disagree (lapor sync status --mismatches)',
    id: '  {ticket}: {local} di sini, {national} di nasional; catatannya berbeda (lapor sync status --mismatches)',
  },
  'sync.doctor.mismatchesNone': { en: 'local and national records agree', id: 'catatan lokal dan nasional sesuai' },
  'sync.doctor.mismatches': {
    en: '{count} {count:report disagrees|reports disagree} with the national record: lapor sync status --mismatches',
    id: '{count} laporan berbeda dengan catatan nasional: lapor sync status --mismatches',
  },
} satisfies Catalog;
