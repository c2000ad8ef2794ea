/** Agency settings: definitions, defaults and validation. */

import { fieldError, type FieldProblem } from './problems.js';
import { isValidTimeZone } from './dates.js';
import { nationalSettingDefinitions } from './national-settings.js';
import { integer, oneOf } from './setting-kinds.js';

/** Agency settings kept in the database (so one database is one agency). Secrets never go here. */
export interface SettingDefinition {
  key: string;
  defaultValue: string;
  /** Message key describing the setting. */
  description: string;
  normalize(value: string): { value?: string; problem?: FieldProblem };
}

const nonEmpty = (key: string) => (value: string) => {
  const trimmed = value.trim();
  return trimmed ? { value: trimmed } : { problem: fieldError(key, 'config.notEmpty', { key }) };
};

export const settingDefinitions: readonly SettingDefinition[] = [
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
    key: 'timezone',
    defaultValue: 'Asia/Jakarta',
    description: 'setting.timezone',
    normalize(value) {
      const tz = value.trim();
      return isValidTimeZone(tz) ? { value: tz } : { problem: fieldError('timezone', 'config.timezone', { value }) };
    },
  },
  { key: 'admin.name', defaultValue: '', description: 'setting.admin.name', normalize: nonEmpty('admin.name') },
  integer('sla.verify_days', 3, 1, 60),
  integer('sla.followup_days', 5, 1, 60),
  integer('sla.auto_close_days', 10, 1, 60),
  integer('sla.completion_days', 60, 1, 365),
  oneOf('sla.completion_unit', 'calendar', ['calendar', 'working']),
  oneOf('calendar.collective_leave', 'off', ['off', 'working']),
  integer('attachments.max_mb', 10, 1, 100),
  ...nationalSettingDefinitions,
];

export function findSetting(key: string): SettingDefinition | undefined {
  return settingDefinitions.find((d) => d.key === key);
}

export type Settings = Readonly<Record<string, string>>;

/** Stored values over defaults. */
export function withDefaults(stored: Settings): Settings {
  const merged: Record<string, string> = {};
  for (const def of settingDefinitions) merged[def.key] = stored[def.key] ?? def.defaultValue;
  return merged;
}
