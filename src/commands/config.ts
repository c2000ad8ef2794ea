/** `lapor config get|set|list`: agency settings, validated and audited. */

import type { Command } from 'commander';
import type { AppContext } from '../context.js';
import { addFormatOption, examples, formatOf } from './shared.js';
import { requireSetting, saveSettings } from '../app/settings.js';
import { renderRows } from '../io/render.js';
import { visible } from '../io/safe-text.js';
import { settingDefinitions, withDefaults } from '../domain/settings.js';
import { readSettings } from '../store/settings-repo.js';

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
    const rows = settingDefinitions.map((d) => ({
      key: d.key,
      value: stored[d.key] ?? d.defaultValue,
      isDefault: stored[d.key] === undefined,
      about: ctx.io.t(d.description),
    }));
    await renderRows(
      ctx.io,
      format,
      [
        { key: 'key', label: 'field.key', value: (r) => r.key },
        {
          key: 'value',
          label: 'field.value',
          value: (r) => r.value,
          display: (r, io) => (r.isDefault ? io.chalk.dim(r.value || '-') : visible(r.value, { newlines: true })),
          freeText: true,
        },
        { key: 'about', label: 'field.about', value: (r) => r.about },
      ],
      rows,
      (r) => ({ key: r.key, value: r.value, default: r.isDefault }),
    );
  });
}
