/** `lapor sync` and its verbs: the flags here, each verb loaded only when it runs. */

import { Option, type Command } from 'commander';
import type { AppContext } from '../../context.js';
import { addFormatOption, examples } from '../shared.js';
import { formatOption, readFormats } from '../../io/output-options.js';
import { addRunOptions, type SyncFlags } from './options.js';

/*
 * `lapor sync` and its verbs. The flags of every verb are declared here; each verb's behaviour
 * lives in its own file (push.ts, pull.ts, ...), imported only when that verb runs, so the sync
 * code (client, engine, repositories) costs nothing at start-up of other commands.
 *
 * Plain `lapor sync` runs the default verb `all` (push, then pull): its flags live on that verb,
 * not on `sync`, because commander lets a parent's options swallow the same flags given to a
 * subcommand (`sync push --dry-run` would lose --dry-run).
 */
export function defineSync(program: Command, ctx: AppContext): void {
  const t = ctx.io.t;
  const sync = program.command('sync').description(t('sync.help')).addHelpText('after', examples(ctx, 'sync.help.examples'));

  const all = sync.command('all', { isDefault: true }).description(t('sync.help.all'));
  addRunOptions(all, ctx, { dryRun: true, force: 'sync.opt.force', ticket: true }).action(async (flags: SyncFlags) =>
    (await import('./run.js')).runSync(ctx, flags),
  );

  const push = sync.command('push').description(t('sync.help.push')).addHelpText('after', examples(ctx, 'sync.help.push.examples'));
  addRunOptions(push, ctx, { dryRun: true, force: 'sync.opt.forcePush', ticket: true }).action(async (flags: SyncFlags) =>
    (await import('./push.js')).runPushCommand(ctx, flags),
  );

  const pull = sync.command('pull').description(t('sync.help.pull')).addHelpText('after', examples(ctx, 'sync.help.pull.examples'));
  addRunOptions(pull, ctx, { dryRun: true, force: 'sync.opt.forcePull', ticket: true }).action(async (flags: SyncFlags) =>
    (await import('./pull.js')).runPullCommand(ctx, flags),
  );

  const status = sync.command('status').description(t('sync.help.status')).addHelpText('after', examples(ctx, 'sync.help.status.examples'));
  addFormatOption(status.option('--mismatches', t('sync.opt.mismatches')), ctx).action(async (opts: { format?: string; mismatches?: boolean }) =>
    opts.mismatches ? (await import('./mismatches.js')).runMismatches(ctx, opts) : (await import('./status.js')).runStatus(ctx, opts),
  );

  sync
    .command('retry')
    .description(t('sync.help.retry'))
    .argument('[ticket]', t('help.arg.ticket'))
    .option('--all-failed', t('sync.opt.allFailed'))
    .addHelpText('after', examples(ctx, 'sync.help.retry.examples'))
    .action(async (ticket: string | undefined, opts: { allFailed?: boolean }) => (await import('./retry.js')).runRetry(ctx, ticket, opts));

  sync
    .command('cancel')
    .description(t('sync.help.cancel'))
    .argument('<ticket-or-op>', t('sync.arg.cancelTarget'))
    .option('--reason <text>', t('sync.opt.cancelReason'))
    .addHelpText('after', examples(ctx, 'sync.help.cancel.examples'))
    .action(async (target: string, opts: { reason?: string }) => (await import('./cancel.js')).runCancel(ctx, target, opts));

  sync
    .command('masters')
    .description(t('sync.help.masters'))
    .addOption(new Option('--show <list>', t('sync.opt.show')).choices(['institutions', 'categories']))
    .option('--search <text>', t('sync.opt.search'))
    .addOption(formatOption(ctx.io, readFormats))
    .addHelpText('after', examples(ctx, 'sync.help.masters.examples'))
    .action(async (opts: { show?: 'institutions' | 'categories'; search?: string; format?: string }) => {
      const masters = await import('./masters.js');
      await (opts.show ? masters.showMasters(ctx, opts) : masters.runMasters(ctx, opts));
    });

  const map = sync.command('map').description(t('sync.help.map')).addHelpText('after', examples(ctx, 'sync.help.map.examples'));
  map
    .command('category')
    .description(t('sync.help.mapCategory'))
    .argument('<category>', t('sync.arg.category'))
    .argument('<national-id>', t('sync.arg.nationalId'))
    .action(async (category: string, id: string) => (await import('./map.js')).mapCategory(ctx, category, id));
  map
    .command('unit')
    .description(t('sync.help.mapUnit'))
    .argument('<unit>', t('help.arg.unitCode'))
    .argument('<institution-id>', t('sync.arg.nationalId'))
    .action(async (unit: string, id: string) => (await import('./map.js')).mapUnit(ctx, unit, id));
  addFormatOption(map.command('list').description(t('sync.help.mapList')), ctx).action(async (opts: { format?: string }) =>
    (await import('./map.js')).listMappings(ctx, opts),
  );

  const doctor = sync.command('doctor').description(t('sync.help.doctor')).addHelpText('after', examples(ctx, 'sync.help.doctor.examples'));
  addFormatOption(doctor, ctx).action(async (opts: { format?: string }) => (await import('./doctor.js')).runDoctor(ctx, opts));
}
