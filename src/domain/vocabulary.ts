/** Closed vocabularies (classification, channel) with their Indonesian aliases. */

import { isRejectReason, statuses, type RejectReason, type Status } from './lifecycle.js';
import { localStatusesOf } from './national-status.js';

/** Closed vocabularies of a report, with the Indonesian words admins type. */
export const classifications = ['complaint', 'aspiration', 'information'] as const;
export type Classification = (typeof classifications)[number];

export const channels = ['walk-in', 'letter', 'phone', 'sms', 'email', 'whatsapp', 'social-media', 'suggestion-box', 'other'] as const;
export type Channel = (typeof channels)[number];

const classificationAliases: Record<string, Classification> = {
  pengaduan: 'complaint',
  aduan: 'complaint',
  aspirasi: 'aspiration',
  informasi: 'information',
  'permintaan-informasi': 'information',
  'information-request': 'information',
};

const channelAliases: Record<string, Channel> = {
  'tatap-muka': 'walk-in',
  walkin: 'walk-in',
  langsung: 'walk-in',
  loket: 'walk-in',
  counter: 'walk-in',
  surat: 'letter',
  telepon: 'phone',
  telpon: 'phone',
  telp: 'phone',
  surel: 'email',
  'e-mail': 'email',
  wa: 'whatsapp',
  'media-sosial': 'social-media',
  medsos: 'social-media',
  'kotak-saran': 'suggestion-box',
  lainnya: 'other',
  'lain-lain': 'other',
};

/** "Tatap Muka", "tatap_muka" and "tatap-muka" are one word to an admin. */
function slug(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}

function lookup<T extends string>(value: string, canonical: readonly T[], aliases: Record<string, T>): T | undefined {
  const key = slug(value);
  return (canonical as readonly string[]).includes(key) ? (key as T) : aliases[key];
}

export function parseClassification(value: string): Classification | undefined {
  return lookup(value, classifications, classificationAliases);
}

export function parseChannel(value: string): Channel | undefined {
  return lookup(value, channels, channelAliases);
}

/** Matches a typed category to a known one ignoring case; unknown categories are kept as typed. */
export function normalizeCategory(value: string, known: readonly string[]): { value: string; known: boolean } {
  const trimmed = value.trim().replace(/\s+/g, ' ');
  const match = known.find((k) => k.toLowerCase() === trimmed.toLowerCase());
  return match ? { value: match, known: true } : { value: trimmed, known: false };
}

const reasonAliases: Record<string, RejectReason> = {
  'tidak-jelas': 'vague',
  'kurang-jelas': 'vague',
  'tidak-relevan': 'irrelevant',
  ganda: 'duplicate',
  duplikat: 'duplicate',
  lainnya: 'other',
};

/** `reject --reason`: the canonical code or an Indonesian word for it. */
export function parseRejectReason(value: string): RejectReason | undefined {
  const key = value
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  return isRejectReason(key) ? key : reasonAliases[key];
}

// The Indonesian words `lapor --lang id` shows for each status (messages status.*), and the
// words admins use for them. 'dalam proses', 'terverifikasi', 'selesai' and 'ditolak' are also
// national names and are read as such (parseStatus).
const statusAliases: Record<string, Status> = {
  tercatat: 'recorded',
  dicatat: 'recorded',
  baru: 'recorded',
  didisposisikan: 'assigned',
  disposisi: 'assigned',
  diproses: 'in_progress',
  ditindaklanjuti: 'followed_up',
  'tindak-lanjut': 'followed_up',
  diteruskan: 'forwarded',
  dilimpahkan: 'forwarded',
};

/**
 * `list --status`: an English code ('in_progress', 'in progress'), a national name ('Dalam
 * Proses', 'Belum Terverifikasi': every local status the national system shows under it) or an
 * Indonesian word ('didisposisikan'). Undefined when none fits.
 */
export function parseStatus(value: string): Status[] | undefined {
  const key = slug(value).replace(/-/g, '_');
  if ((statuses as readonly string[]).includes(key)) return [key as Status];
  const national = localStatusesOf(value);
  if (national.length) return national;
  const alias = statusAliases[slug(value)];
  return alias ? [alias] : undefined;
}
