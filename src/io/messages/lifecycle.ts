import type { LifecycleEventType, RejectReason, Status } from '../../domain/lifecycle.js';
import type { Message } from './types.js';

export type LifecycleMessageKey =
  `status.${Status}` | `event.${LifecycleEventType}` | `rejectReason.${RejectReason}` | 'lifecycle.illegal' | 'lifecycle.noneAllowed';

/*
 * Event labels are verb phrases because they fill "Cannot {event} report {ticket}" /
 * "Tidak dapat {event} laporan {ticket}"; the same labels are joined for {allowed}.
 * `satisfies` makes a status, event or reason without a label a compile error.
 */
export const lifecycleMessages = {
  'status.recorded': { en: 'recorded', id: 'tercatat' },
  'status.verified': { en: 'verified', id: 'terverifikasi' },
  'status.assigned': { en: 'assigned', id: 'didisposisikan' },
  'status.in_progress': { en: 'in progress', id: 'dalam proses' },
  'status.followed_up': { en: 'followed up', id: 'ditindaklanjuti' },
  'status.done': { en: 'done', id: 'selesai' },
  'status.rejected': { en: 'rejected', id: 'ditolak' },
  'status.forwarded': { en: 'forwarded', id: 'diteruskan' },

  'event.verify': { en: 'verify', id: 'verifikasi' },
  'event.assign': { en: 'assign', id: 'disposisikan' },
  'event.respond': { en: 'respond to', id: 'tanggapi' },
  'event.followup': { en: 'follow up', id: 'tindak lanjuti' },
  'event.reply': { en: 'record a reply to', id: 'catat balasan pelapor untuk' },
  'event.close': { en: 'close', id: 'tutup' },
  'event.autoClose': { en: 'auto-close', id: 'tutup otomatis' },
  'event.reject': { en: 'reject', id: 'tolak' },
  'event.forward': { en: 'forward', id: 'teruskan' },
  'event.reopen': { en: 'reopen', id: 'buka kembali' },

  'rejectReason.vague': { en: 'too vague', id: 'tidak jelas' },
  'rejectReason.irrelevant': { en: 'not relevant', id: 'tidak relevan' },
  'rejectReason.duplicate': { en: 'duplicate', id: 'duplikat' },
  'rejectReason.other': { en: 'other', id: 'lainnya' },

  'lifecycle.illegal': {
    en: 'Cannot {event} report {ticket}: it is {status}. Allowed now: {allowed}.',
    id: 'Tidak dapat {event} laporan {ticket}: statusnya {status}. Yang dapat dilakukan sekarang: {allowed}.',
  },
  // For final statuses, where reopening is the only way forward.
  'lifecycle.noneAllowed': {
    en: 'Cannot {event} report {ticket}: it is {status}. Reopen it first with `lapor reopen {ticket}`.',
    id: 'Tidak dapat {event} laporan {ticket}: statusnya {status}. Buka kembali dulu dengan `lapor reopen {ticket}`.',
  },
} satisfies Record<LifecycleMessageKey, Message>;
