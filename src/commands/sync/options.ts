/** The flags the sync verbs share (--format, --dry-run, --force, --ticket). */

import { Option, type Command } from 'commander';
import type { AppContext } from '../../context.js';

export interface SyncFlags {
  force?: boolean;
  dryRun?: boolean;
  format?: string;
  concurrency?: string;
  ticket?: string[];
}

/** --format for the run summary: json for cron jobs, text (on stderr) otherwise. */
export function addRunOptions(command: Command, ctx: AppContext, what: { dryRun?: boolean; force?: string; ticket?: boolean } = {}): Command {
  const t = ctx.io.t;
  if (what.dryRun) command.option('--dry-run', t('sync.opt.dryRun'));
  if (what.force) command.option('--force', t(what.force));
  if (what.ticket) command.option('--ticket <ticket...>', t('sync.opt.ticket'));
  return command
    .option('--concurrency <n>', t('sync.opt.concurrency'))
    .addOption(new Option('--format <format>', t('sync.opt.format')).choices(['text', 'json']));
}
