/** `lapor attach`: attach scanned letters and photos, checked by content and stored once. */

import type { Command } from 'commander';
import type { AppContext } from '../context.js';
import { examples, reportProblems, requireReport } from './shared.js';
import { attachFiles } from '../app/attachments.js';
import { checkText } from '../domain/text.js';
import { formatBytes } from '../domain/file-type.js';

export async function runAttach(ctx: AppContext, ticket: string, files: string[], opts: { note?: string }): Promise<void> {
  const { io } = ctx;
  const report = await requireReport(ctx, ticket);
  const note = checkText(opts.note, 'note', { max: 2000 });
  reportProblems(ctx, note.problems);
  const { added, skipped } = attachFiles(ctx, report, files, note.value ?? null);
  for (const a of added) {
    io.out(String(a.id));
    io.say('attach.added', { id: a.id, file: a.filename, mime: a.mime, size: formatBytes(a.size), ticket: report.ticket });
  }
  for (const s of skipped) io.say('attach.already', { file: s.file.filename, id: s.existing.id, ticket: report.ticket });
}

export function defineAttach(program: Command, ctx: AppContext): void {
  const t = ctx.io.t;
  program
    .command('attach')
    .description(t('help.attach'))
    .argument('<ticket>', t('help.arg.ticket'))
    .argument('<file...>', t('help.arg.attachFiles'))
    .option('--note <text>', t('help.opt.attachNote'))
    .addHelpText('after', examples(ctx, 'help.attach.examples'))
    .action((ticket: string, files: string[], opts: { note?: string }) => runAttach(ctx, ticket, files, opts));
}
