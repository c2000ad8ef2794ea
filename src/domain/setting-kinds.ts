/** Setting kinds (integer, one of, ...) shared by the agency and national settings. */

import { fieldError } from './problems.js';
import type { SettingDefinition } from './settings.js';

/** Setting kinds shared by the agency and the national settings. */
export function integer<K extends string>(key: K, defaultValue: number, min: number, max: number): SettingDefinition<K> {
  return {
    key,
    defaultValue: String(defaultValue),
    description: `setting.${key}`,
    normalize(value) {
      const n = Number(value.trim());
      return value.trim() !== '' && Number.isInteger(n) && n >= min && n <= max
        ? { value: String(n) }
        : { problem: fieldError(key, 'config.integer', { key, value, min, max }) };
    },
  };
}

export function oneOf<K extends string>(key: K, defaultValue: string, allowed: readonly string[]): SettingDefinition<K> {
  return {
    key,
    defaultValue,
    description: `setting.${key}`,
    normalize(value) {
      const v = value.trim().toLowerCase();
      return allowed.includes(v) ? { value: v } : { problem: fieldError(key, 'config.oneOf', { key, value, allowed: allowed.join(', ') }) };
    },
  };
}
