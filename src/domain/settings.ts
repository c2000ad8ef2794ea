import { fieldError, type FieldProblem } from './problems.js';
import { isValidTimeZone } from './dates.js';
import { nationalSettingDefinitions } from './national-settings.js';

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

function integer(key: string, defaultValue: number, min: number, max: number): SettingDefinition {
  return {
    key,
    defaultValue: String(defaultValue),
    description: `setting.${key}`,
    normalize(value) {
      const n = Number(value.trim());
      return Number.isInteger(n) && n >= min && n <= max
        ? { value: String(n) }
        : { problem: fieldError(key, 'config.integer', { key, value, min, max }) };
    },
  };
}

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
  {
    key: 'sla.completion_unit',
    defaultValue: 'calendar',
    description: 'setting.sla.completion_unit',
    normalize(value) {
      const unit = value.trim().toLowerCase();
      return unit === 'calendar' || unit === 'working'
        ? { value: unit }
        : { problem: fieldError('sla.completion_unit', 'config.oneOf', { key: 'sla.completion_unit', value, allowed: 'calendar, working' }) };
    },
  },
  {
    key: 'calendar.collective_leave',
    defaultValue: 'off',
    description: 'setting.calendar.collective_leave',
    normalize(value) {
      const v = value.trim().toLowerCase();
      return v === 'off' || v === 'working'
        ? { value: v }
        : { problem: fieldError('calendar.collective_leave', 'config.oneOf', { key: 'calendar.collective_leave', value, allowed: 'off, working' }) };
    },
  },
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
