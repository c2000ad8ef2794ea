/** `lapor config get|set|list`: agency settings, validated and audited. */

import type { Command } from 'commander';
import type { AppContext } from '../context.js';
import { InvalidInputError, UsageError } from '../errors.js';
import { addFormatOption, deadlineEnv, examples, forgetDeadlineEnv, formatOf, nowIso } from './shared.js';
import { renderRows } from '../io/render.js';
import { visible } from '../io/safe-text.js';
import { findSetting, settingDefinitions, withDefaults, type SettingDefinition } from '../domain/settings.js';
import { readSettings, writeSettings } from '../store/settings-repo.js';
import { appendAudit } from '../store/audit-repo.js';

function requireSetting(key: string): SettingDefinition {
  const def = findSetting(key);
  if (!def) throw new UsageError('config.unknownKey', { key, known: settingDefinitions.map((d) => d.key).join(', ') });
  return def;
}

/** Validates and stores settings with one audit entry; shared by `config set` and `init`. */
export function saveSettings(ctx: AppContext, values: Record<string, string>): Record<string, string> {
  const normalized: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) {
    const result = requireSetting(key).normalize(value);
    if (result.problem) throw new InvalidInputError(result.problem.code, { key, ...result.problem.params });
    normalized[key] = result.value;
  }
  const db = ctx.db();
  writeSettings(db, normalized, (changes) =>
    appendAudit(db, { at: nowIso(ctx), actor: ctx.actor(), action: 'config.set', entity: 'settings', details: changes }),
  );
  ctx.invalidateSettings();
  // Deadlines are stored per report: a new policy, calendar rule or time zone applies to all of them.
  if (Object.keys(normalized).some((k) => k.startsWith('sla.') || k.startsWith('calendar.') || k === 'timezone')) {
    forgetDeadlineEnv(ctx);
    deadlineEnv(ctx);
  }
  return normalized;
}

export function defineConfig(program: Command, ctx: AppContext): void {
  const t = ctx.io.t;
  const config = program.command('config').description(t('help.config')).addHelpText('after', examples(ctx, 'help.config.examples'));
  config
    .command('get')
    .description(t('help.config.get'))
    .argument('<key>', t('help.arg.settingKey'))
    .action((key: string) => {
      requireSetting(key);
      // Shown like every outside text (a script reading an escape sequence back has no use for it).
      ctx.io.out(visible(withDefaults(readSettings(ctx.db()))[key] ?? ''));
    });
  config
    .command('set')
    .description(t('help.config.set'))
    .argument('<key>', t('help.arg.settingKey'))
    .argument('<value>', t('help.arg.settingValue'))
    .action((key: string, value: string) => {
      const saved = saveSettings(ctx, { [key]: value });
      ctx.io.say('config.set', { key, value: saved[key]! });
    });
  addFormatOption(config.command('list').description(t('help.config.list')), ctx).action(async (opts: { format?: string }) => {
    const format = formatOf(ctx, opts);
    const stored = readSettings(ctx.db());
    const rows = settingDefinitions.map((d) => ({ key: d.key, value: stored[d.key] ?? d.defaultValue, isDefault: stored[d.key] === undefined, about: ctx.io.t(d.description) }));
    await renderRows(ctx.io, format, [
      { key: 'key', label: 'field.key', value: (r) => r.key },
      { key: 'value', label: 'field.value', value: (r) => r.value, display: (r, io) => (r.isDefault ? io.chalk.dim(r.value || '-') : visible(r.value, { newlines: true })), freeText: true },
      { key: 'about', label: 'field.about', value: (r) => r.about },
    ], rows, (r) => ({ key: r.key, value: r.value, default: r.isDefault }));
  });
}
