/** The flags the sync verbs share (--format, --dry-run, --force, --ticket). */

import type { Command } from 'commander';
import type { AppContext } from '../../context.js';
import type { MessageKey } from '../../io/messages/index.js';
import { formatOption, resultFormats } from '../../io/output-options.js';

export interface SyncFlags {
  force?: boolean;
  dryRun?: boolean;
  format?: string;
  concurrency?: string;
  ticket?: string[];
}

/** --format for the run summary: json for cron jobs, text (on stderr) otherwise. */
export function addRunOptions(command: Command, ctx: AppContext, what: { dryRun?: boolean; force?: MessageKey; ticket?: boolean } = {}): Command {
  const t = ctx.io.t;
  if (what.dryRun) command.option('--dry-run', t('sync.opt.dryRun'));
  if (what.force) command.option('--force', t(what.force));
  if (what.ticket) command.option('--ticket <ticket...>', t('sync.opt.ticket'));
  return command.option('--concurrency <n>', t('sync.opt.concurrency')).addOption(formatOption(ctx.io, resultFormats, 'sync.opt.format'));
}
