/** `lapor recap`: flags, period and grouping, output format and destination. */

import { Option, type Command } from 'commander';
import type { AppContext } from '../context.js';
import { examples } from './shared.js';
import { UsageError } from '../errors.js';
import { formatOption, readFormat } from '../io/output-options.js';
import { recapGroupings, type RecapGrouping } from '../domain/recap.js';

export const recapFormats = ['table', 'json', 'csv', 'xlsx', 'html'] as const;
type RecapFormat = (typeof recapFormats)[number];

interface RecapOptions {
  month?: string;
  year?: string;
  from?: string;
  to?: string;
  by?: RecapGrouping;
  format?: RecapFormat;
  out?: string;
  letters?: boolean;
  evidence?: boolean;
  force?: boolean;
}

export function defineRecap(program: Command, ctx: AppContext): void {
  const t = ctx.io.t;
  program
    .command('recap')
    .description(t('help.recap'))
    .option('--month <YYYY-MM>', t('help.opt.month'))
    .option('--year <YYYY>', t('help.opt.year'))
    .option('--from <date>', t('help.opt.fromDate'))
    .option('--to <date>', t('help.opt.toDate'))
    .addOption(new Option('--by <group>', t('help.opt.by')).choices(recapGroupings).default('unit'))
    .addOption(formatOption(ctx.io, recapFormats, 'help.opt.recapFormat'))
    .option('--out <file>', t('help.opt.recapOut'))
    .option('--letters', t('help.opt.letters'))
    .option('--evidence', t('help.opt.evidence'))
    .option('--force', t('help.opt.recapForce'))
    .addHelpText('after', examples(ctx, 'help.recap.examples'))
    .action((opts: RecapOptions) => runRecap(ctx, opts));
}

/** Table on a terminal, JSON when piped (like the read commands); html on request. */
function formatOf(ctx: AppContext, opts: RecapOptions): RecapFormat {
  if (opts.format === 'html' || opts.format === 'xlsx') return opts.format;
  return readFormat(ctx.io, opts.format);
}

async function runRecap(ctx: AppContext, opts: RecapOptions): Promise<void> {
  const { writeOutFile, writeLetterFolder, printLetters } = await import('./recap-output.js');
  if (opts.evidence) {
    if (!opts.out || opts.year === undefined) throw new UsageError('recap.evidenceNeedsYear');
    const { buildEvidence } = await import('../app/recap-evidence.js');
    let count = 0;
    const file = await writeOutFile(ctx, opts.out, opts.force, async () => {
      const files = await buildEvidence(ctx, opts.year);
      count = files.length;
      const { zipSync } = await import('fflate');
      return zipSync(Object.fromEntries(files.map((f) => [f.name, f.bytes])));
    });
    return ctx.io.say('recap.evidenceWritten', { file, count });
  }
  if (opts.letters) {
    // A period flag here would be silently ignored (a typo in it too): refuse it instead.
    if ([opts.month, opts.year, opts.from, opts.to].some((v) => v !== undefined)) throw new UsageError('recap.lettersNoPeriod');
    const { buildLetters } = await import('../app/recap-letters.js');
    const letters = buildLetters(ctx);
    return opts.out ? writeLetterFolder(ctx, letters, opts.out, opts.force) : printLetters(ctx, letters);
  }
  const format = formatOf(ctx, opts);
  // A workbook on a terminal or in a pipe is never what was meant: refuse before any work.
  if (format === 'xlsx' && !opts.out) throw new UsageError('recap.xlsxNeedsOut');
  if (opts.out && format !== 'xlsx' && format !== 'html') throw new UsageError('recap.outNeedsFile');
  const { buildRecap } = await import('../app/recap.js');
  const build = () => buildRecap(ctx, { month: opts.month, year: opts.year, from: opts.from, to: opts.to, by: opts.by });
  if (format === 'html') {
    const { recapHtml } = await import('../io/recap-html.js');
    if (!opts.out) return void ctx.io.streams.stdout.write(recapHtml(ctx.io, build()));
    const file = await writeOutFile(ctx, opts.out, opts.force, async () => recapHtml(ctx.io, build()));
    return ctx.io.say('recap.written', { file });
  }
  if (format === 'xlsx') {
    const { recapXlsx } = await import('../transfer/recap-xlsx.js');
    const file = await writeOutFile(ctx, opts.out!, opts.force, () => recapXlsx(ctx.io, build()));
    return ctx.io.say('recap.written', { file });
  }
  const recap = build();
  const { renderRecap } = await import('../io/recap-render.js');
  await renderRecap(ctx.io, recap, format);
}
