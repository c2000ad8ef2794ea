/** `lapor init`: agency code, name, time zone and admin name. */

import type { Command } from 'commander';
import type { AppContext } from '../context.js';
import { examples } from './shared.js';
import { setUpAgency, type AgencyOptions } from './agency-setup.js';

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
    .action((opts: AgencyOptions) => runInit(ctx, opts));
}

export async function runInit(ctx: AppContext, opts: AgencyOptions): Promise<void> {
  await setUpAgency(ctx, opts);
}
