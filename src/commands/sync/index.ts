import type { Command } from 'commander';
import type { AppContext } from '../../context.js';
import { examples } from '../shared.js';
import { addRunOptions, type SyncFlags } from './common.js';
import { runSync } from './run.js';
import { definePush } from './push.js';
import { definePull } from './pull.js';
import { defineStatus } from './status.js';
import { defineRetry } from './retry.js';
import { defineMasters } from './masters.js';
import { defineMap } from './map.js';
import { defineDoctor } from './doctor.js';

/**
 * `lapor sync` and its verbs, one file each. Plain `lapor sync` runs the default verb `all` (push,
 * then pull): its flags live on that verb, not on `sync`, because commander lets a parent's options
 * swallow the same flags given to a subcommand (`sync push --dry-run` would lose --dry-run).
 */
export function defineSync(program: Command, ctx: AppContext): void {
  const sync = program.command('sync').description(ctx.io.t('sync.help')).addHelpText('after', examples(ctx, 'sync.help.examples'));
  const all = sync.command('all', { isDefault: true }).description(ctx.io.t('sync.help.all'));
  addRunOptions(all, ctx, { dryRun: true, force: 'sync.opt.force', ticket: true }).action((flags: SyncFlags) => runSync(ctx, flags));
  definePush(sync, ctx);
  definePull(sync, ctx);
  defineStatus(sync, ctx);
  defineRetry(sync, ctx);
  defineMasters(sync, ctx);
  defineMap(sync, ctx);
  defineDoctor(sync, ctx);
}
