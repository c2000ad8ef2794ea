/** `lapor init`: agency code, name, time zone and admin name. */

import type { Command } from 'commander';
import type { AppContext } from '../context.js';
import { UsageError } from '../errors.js';
import { examples, today } from './shared.js';
import { saveSettings } from '../app/settings.js';
import { findSetting, withDefaults } from '../domain/settings.js';
import { readSettings } from '../store/settings-repo.js';
import { formatTicket } from '../domain/report.js';

interface InitOptions {
  agencyCode?: string;
  agencyName?: string;
  timezone?: string;
  adminName?: string;
}

const fields = [
  { key: 'agency.code', option: 'agencyCode', flag: '--agency-code', prompt: 'prompt.agencyCode' },
  { key: 'agency.name', option: 'agencyName', flag: '--agency-name', prompt: 'prompt.agencyName' },
  { key: 'timezone', option: 'timezone', flag: '--timezone', prompt: 'prompt.timezone' },
  { key: 'admin.name', option: 'adminName', flag: '--admin-name', prompt: 'prompt.adminName' },
] as const;

export function defineInit(program: Command, ctx: AppContext): void {
  const t = ctx.io.t;
  program
    .command('init')
    .description(t('help.init'))
    .option('--agency-code <code>', t('help.setting.agency.code'))
    .option('--agency-name <name>', t('help.setting.agency.name'))
    .option('--timezone <zone>', t('help.setting.timezone'))
    .option('--admin-name <name>', t('help.setting.admin.name'))
    .addHelpText('after', examples(ctx, 'help.init.examples'))
    .action((opts: InitOptions) => runInit(ctx, opts));
}

export async function runInit(ctx: AppContext, opts: InitOptions): Promise<void> {
  const { io } = ctx;
  // As text, by dotted name: prompt defaults show what `config get` would.
  const current = withDefaults(readSettings(ctx.db()));
  const values: Record<string, string> = {};
  for (const field of fields) {
    const given = opts[field.option];
    if (given !== undefined) {
      values[field.key] = given;
      continue;
    }
    if (!io.interactive) {
      // Scripts may set a few settings; the agency code is the one every ticket needs.
      if (field.key === 'agency.code') throw new UsageError('error.missingFlag', { field: field.key, flag: field.flag });
      continue;
    }
    const def = findSetting(field.key)!;
    values[field.key] = await ctx.prompter().input({
      message: io.t(field.prompt),
      default: current[field.key] || undefined,
      validate: (v) => {
        const result = def.normalize(v);
        return result.problem ? io.t(result.problem.code, { key: field.key, ...result.problem.params }) : true;
      },
    });
  }
  saveSettings(ctx, values);
  const year = Number(today(ctx).slice(0, 4));
  io.say('init.done', { example: formatTicket(ctx.settings().agency.code, year, 1), path: ctx.dbPath() });
}
