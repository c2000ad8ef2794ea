/** Settings of the national sync (URL, intervals, concurrency); never the credentials. */

import { fieldError } from './problems.js';
import type { NormalizedSetting, SettingDefinition } from './settings.js';
import { integer, oneOf } from './setting-kinds.js';

/*
 * Settings of the national sync. Only where and how to talk to the national system lives here;
 * the API key and client token never do (they come from the environment or a 0600 file).
 */

/** The national settings, parsed (domain/settings.ts parseSettings). */
export interface NationalSettings {
  /** '' when not configured. */
  readonly url: string;
  readonly keyHeader: string;
  readonly tokenHeader: string;
  readonly agencyInstitutionId: number | undefined;
  readonly pollHours: number;
  readonly concurrency: number;
  readonly timeoutSeconds: number;
  readonly maxAttempts: number;
  readonly backoffMs: number;
  readonly nikInContent: boolean;
}

// RFC 9110 token characters: anything else cannot be a header name.
const headerName = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

function header<K extends string>(key: K, defaultValue: string): SettingDefinition<K> {
  return {
    key,
    defaultValue,
    description: `setting.${key}`,
    normalize(value) {
      const v = value.trim();
      return headerName.test(v) ? { value: v } : { problem: fieldError(key, 'config.headerName', { key, value }) };
    },
  };
}

/**
 * The base URL of the national API: http(s), no user:password (a secret would land in the
 * database), no query or fragment. A trailing slash is dropped so paths join cleanly.
 */
export function normalizeNationalUrl(value: string): NormalizedSetting {
  const v = value.trim();
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    return { problem: fieldError('national.url', 'config.nationalUrl', { value: v }) };
  }
  if (url.username || url.password) return { problem: fieldError('national.url', 'config.nationalUrlSecret', {}) };
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.search || url.hash) {
    return { problem: fieldError('national.url', 'config.nationalUrl', { value: v }) };
  }
  return { value: url.href.replace(/\/+$/, '') };
}

export const nationalSettingDefinitions = [
  { key: 'national.url', defaultValue: '', description: 'setting.national.url', normalize: normalizeNationalUrl },
  header('national.key_header', 'Authorization'),
  header('national.token_header', 'token'),
  {
    key: 'national.agency_institution_id',
    defaultValue: '',
    description: 'setting.national.agency_institution_id',
    normalize(value) {
      const v = value.trim();
      if (v === '') return { value: '' };
      return /^[1-9]\d{0,15}$/.test(v) ? { value: v } : { problem: fieldError('national.agency_institution_id', 'config.positiveId', { key: 'national.agency_institution_id', value }) };
    },
  },
  integer('national.poll_hours', 3, 0, 720),
  integer('national.concurrency', 4, 1, 32),
  integer('national.timeout_seconds', 30, 1, 600),
  integer('national.max_attempts', 4, 1, 20),
  integer('national.backoff_ms', 1000, 10, 60_000),
  oneOf('national.nik_in_content', 'off', ['off', 'on']),
] as const satisfies readonly SettingDefinition[];
