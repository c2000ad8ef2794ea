/** Agency settings: definitions, defaults and validation. */

import { fieldError, type FieldProblem } from './problems.js';
import { canonicalTimeZone } from './dates.js';
import { normalizeRegionCode } from './region.js';
import { nationalSettingDefinitions, type NationalSettings } from './national-settings.js';
import type { SlaPolicy } from './sla.js';
import { integer, oneOf } from './setting-kinds.js';

/** Agency settings kept in the database (so one database is one agency). Secrets never go here. */
export interface SettingDefinition<K extends string = string> {
  key: K;
  defaultValue: string;
  /** Message key describing the setting. */
  description: `setting.${K}`;
  normalize(value: string): NormalizedSetting;
}

/** A setting value as it will be stored, or why it cannot be. */
export type NormalizedSetting = { value: string; problem?: undefined } | { value?: undefined; problem: FieldProblem };

const nonEmpty = (key: string) => (value: string) => {
  const trimmed = value.trim();
  return trimmed ? { value: trimmed } : { problem: fieldError(key, 'config.notEmpty', { key }) };
};

export const settingDefinitions = [
  {
    key: 'agency.code',
    defaultValue: 'LAPOR',
    description: 'setting.agency.code',
    normalize(value) {
      const code = value.trim().toUpperCase();
      return /^[A-Z0-9]{2,10}$/.test(code) ? { value: code } : { problem: fieldError('agency.code', 'config.agencyCode', { value }) };
    },
  },
  { key: 'agency.name', defaultValue: '', description: 'setting.agency.name', normalize: nonEmpty('agency.name') },
  {
    // The agency's own area (a province or regency code, e.g. 64.09): a report's region outside it is a doubt.
    key: 'agency.region',
    defaultValue: '',
    description: 'setting.agency.region',
    normalize(value) {
      const code = normalizeRegionCode(value, 'agency.region').value;
      return code ? { value: code } : { problem: fieldError('agency.region', 'config.agencyRegion', { value }) };
    },
  },
  {
    key: 'timezone',
    defaultValue: 'Asia/Jakarta',
    description: 'setting.timezone',
    normalize(value) {
      const tz = canonicalTimeZone(value);
      return tz ? { value: tz } : { problem: fieldError('timezone', 'config.timezone', { value }) };
    },
  },
  { key: 'admin.name', defaultValue: '', description: 'setting.admin.name', normalize: nonEmpty('admin.name') },
  integer('sla.verify_days', 3, 1, 60),
  integer('sla.followup_days', 5, 1, 60),
  integer('sla.auto_close_days', 10, 1, 60),
  integer('sla.completion_days', 60, 1, 365),
  oneOf('sla.completion_unit', 'calendar', ['calendar', 'working']),
  oneOf('sla.reassign_restarts_clock', 'false', ['false', 'true']),
  oneOf('calendar.collective_leave', 'off', ['off', 'working']),
  integer('attachments.max_mb', 10, 1, 100),
  ...nationalSettingDefinitions,
] as const satisfies readonly SettingDefinition[];

/** The dotted names users see in `lapor config`. */
export type SettingKey = (typeof settingDefinitions)[number]['key'];

export function findSetting(key: string): SettingDefinition<SettingKey> | undefined {
  return settingDefinitions.find((d) => d.key === key);
}

/** Settings as stored: the dotted names users see in `lapor config`, raw text values. */
export type StoredSettings = Readonly<Record<string, string>>;

/** Stored values over defaults, still as text (what `config get` and `config list` show). */
export function withDefaults(stored: StoredSettings): StoredSettings {
  const merged: Record<string, string> = {};
  for (const def of settingDefinitions) merged[def.key] = stored[def.key] ?? def.defaultValue;
  return merged;
}

/** The agency settings, parsed once: what the rest of the code reads. */
export interface AgencySettings {
  readonly agency: { readonly code: string; readonly name: string; readonly region: string };
  readonly timezone: string;
  readonly admin: { readonly name: string };
  readonly sla: Readonly<SlaPolicy>;
  readonly calendar: { readonly collectiveLeave: 'off' | 'working' };
  readonly attachments: { readonly maxMb: number };
  readonly national: NationalSettings;
}

export interface ParsedSettings {
  settings: AgencySettings;
  /** Stored values their kind refuses (edited by hand or by another version); those keys hold their defaults. */
  problems: FieldProblem[];
}

/**
 * Parses stored settings with the same rules as `config set`. Values were normalised when stored,
 * so a valid one parses to itself; an invalid one is reported and replaced by its default.
 */
export function parseSettings(stored: StoredSettings): ParsedSettings {
  const problems: FieldProblem[] = [];
  const text = (key: SettingKey): string => {
    const def = findSetting(key);
    if (!def) throw new Error(`parseSettings: no definition for '${key}'`);
    const raw = stored[key];
    if (raw === undefined || raw === def.defaultValue) return def.defaultValue;
    const result = def.normalize(raw);
    if (!result.problem) return result.value;
    problems.push(result.problem);
    return def.defaultValue;
  };
  const int = (key: SettingKey): number => Number(text(key));
  const choice = <T extends string>(key: SettingKey, allowed: readonly [T, ...T[]]): T => {
    const v = text(key);
    return allowed.find((a) => a === v) ?? allowed[0];
  };
  const agencyInstitutionId = text('national.agency_institution_id');
  const settings: AgencySettings = {
    agency: { code: text('agency.code'), name: text('agency.name'), region: text('agency.region') },
    timezone: text('timezone'),
    admin: { name: text('admin.name') },
    sla: {
      verifyDays: int('sla.verify_days'),
      followupDays: int('sla.followup_days'),
      autoCloseDays: int('sla.auto_close_days'),
      completionDays: int('sla.completion_days'),
      completionUnit: choice('sla.completion_unit', ['calendar', 'working']),
      reassignRestartsClock: choice('sla.reassign_restarts_clock', ['false', 'true']) === 'true',
    },
    calendar: { collectiveLeave: choice('calendar.collective_leave', ['off', 'working']) },
    attachments: { maxMb: int('attachments.max_mb') },
    national: {
      url: text('national.url'),
      keyHeader: text('national.key_header'),
      tokenHeader: text('national.token_header'),
      agencyInstitutionId: agencyInstitutionId === '' ? undefined : Number(agencyInstitutionId),
      pollHours: int('national.poll_hours'),
      concurrency: int('national.concurrency'),
      timeoutSeconds: int('national.timeout_seconds'),
      maxAttempts: int('national.max_attempts'),
      backoffMs: int('national.backoff_ms'),
      nikInContent: choice('national.nik_in_content', ['off', 'on']) === 'on',
      maxResponseMb: int('national.max_response_mb'),
      allowInsecure: choice('national.allow_insecure', ['off', 'on']) === 'on',
      maxConnectionFailures: int('national.max_connection_failures'),
    },
  };
  return { settings, problems };
}
