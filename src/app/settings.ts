/** Saving agency settings (config set, init) with their audit entry and the deadline recompute they need. */

import type { AppContext } from '../context.js';
import { InvalidInputError, UsageError } from '../errors.js';
import { findSetting, settingDefinitions, type SettingDefinition } from '../domain/settings.js';
import { writeTransaction } from '../store/database.js';
import { readSettings, writeSettings } from '../store/settings-repo.js';
import { insecureUrlRefused } from '../domain/national-settings.js';
import { appendAudit } from '../store/audit-repo.js';
import { recomputeDeadlines } from './deadlines.js';

/** A known setting, or a usage error listing them. */
export function requireSetting(key: string): SettingDefinition {
  const def = findSetting(key);
  if (!def) throw new UsageError('config.unknownKey', { key, known: settingDefinitions.map((d) => d.key).join(', ') });
  return def;
}

/** What stored deadlines depend on: changing one recomputes them all. */
const affectsDeadlines = (key: string) => key.startsWith('sla.') || key.startsWith('calendar.') || key === 'timezone';

/** Validates and stores settings with one audit entry (`config set`, `init`). */
export function saveSettings(ctx: AppContext, values: Record<string, string>): Record<string, string> {
  const normalized: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) {
    const result = requireSetting(key).normalize(value);
    if (result.problem) throw new InvalidInputError(result.problem.code, { key, ...result.problem.params });
    normalized[key] = result.value!;
  }
  const db = ctx.db();
  // A new URL is refused now rather than at the first sync, days later (unless allowed, as `lapor
  // sync` does). Turning the allowance off is not refused: sync and doctor then say what is wrong.
  const insecure = 'national.url' in normalized ? insecureUrlRefused({ ...readSettings(db), ...normalized }) : undefined;
  if (insecure !== undefined) throw new InvalidInputError('sync.insecureUrl', { url: insecure });
  writeTransaction(db, () => {
    writeSettings(db, normalized);
    appendAudit(db, { at: ctx.clock().toISOString(), actor: ctx.actor(), action: 'config.set', entity: 'settings', details: normalized });
  });
  ctx.invalidateSettings();
  // Deadlines are stored per report: a new policy, calendar rule or time zone applies to all of them.
  if (Object.keys(normalized).some(affectsDeadlines)) recomputeDeadlines(ctx);
  return normalized;
}
