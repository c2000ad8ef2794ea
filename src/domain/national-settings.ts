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
  readonly maxResponseMb: number;
  /** http:// to a host other than loopback is refused unless this is on. */
  readonly allowInsecure: boolean;
  /** Connection failures in a row (no answer at all) after which a run stops. */
  readonly maxConnectionFailures: number;
}

// RFC 9110 token characters: anything else cannot be a header name.
const headerName = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/*
 * Headers the HTTP layer itself owns: a credential sent as one of them would break the request
 * (Content-Length, Transfer-Encoding), reach another host (Host) or leak somewhere else (Cookie).
 */
const reservedHeaders: ReadonlySet<string> = new Set([
  'host',
  'content-length',
  'content-type',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'upgrade',
  'te',
  'trailer',
  'cookie',
  'set-cookie',
  'expect',
  'proxy-authorization',
  'proxy-connection',
  'accept',
  'accept-encoding',
  'user-agent',
  'idempotency-key',
  'origin',
  'referer',
  'range',
  'location',
  'forwarded',
  'x-forwarded-for',
  'x-forwarded-host',
]);

function header<K extends string>(key: K, defaultValue: string): SettingDefinition<K> {
  return {
    key,
    defaultValue,
    description: `setting.${key}`,
    normalize(value) {
      const v = value.trim();
      if (!headerName.test(v)) return { problem: fieldError(key, 'config.headerName', { key, value }) };
      return reservedHeaders.has(v.toLowerCase()) ? { problem: fieldError(key, 'config.headerReserved', { key, value: v }) } : { value: v };
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
      return /^[1-9]\d{0,15}$/.test(v)
        ? { value: v }
        : { problem: fieldError('national.agency_institution_id', 'config.positiveId', { key: 'national.agency_institution_id', value }) };
    },
  },
  integer('national.poll_hours', 3, 0, 720),
  integer('national.concurrency', 4, 1, 32),
  integer('national.timeout_seconds', 30, 1, 600),
  integer('national.max_attempts', 4, 1, 20),
  integer('national.backoff_ms', 1000, 10, 60_000),
  oneOf('national.nik_in_content', 'off', ['off', 'on']),
  integer('national.max_response_mb', 4, 1, 256),
  oneOf('national.allow_insecure', 'off', ['off', 'on']),
  integer('national.max_connection_failures', 3, 1, 1000),
] as const satisfies readonly SettingDefinition[];

/** Plain http is acceptable only to this computer (a local simulator or tunnel). */
export function isInsecureRemote(url: string): boolean {
  if (!url) return false;
  const u = new URL(url);
  if (u.protocol !== 'http:') return false;
  const host = u.hostname.replace(/^\[|\]$/g, '');
  return !(host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host));
}

/**
 * The same rule `lapor sync` applies, checked when the settings change (config set, init): a plain
 * http national.url to another computer only with national.allow_insecure on. `settings` is what
 * would be stored afterwards (the stored values with the new ones over them).
 */
export function insecureUrlRefused(settings: Readonly<Record<string, string | undefined>>): string | undefined {
  const url = settings['national.url'] ?? '';
  return isInsecureRemote(url) && settings['national.allow_insecure'] !== 'on' ? url : undefined;
}
