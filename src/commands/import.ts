/** `lapor import`: flags, confirmation, progress and summary around transfer/import-run.ts. */

import fs from 'node:fs';
import { Option, type Command } from 'commander';
import type { AppContext } from '../context.js';
import { AppError, CancelledError, ExitCode, InvalidInputError, UsageError } from '../errors.js';
import { formatOption, resultFormats } from '../io/output-options.js';
import { examples, validationEnv } from './shared.js';
import { deadlinesForWrite } from '../app/deadlines.js';
import { localDateOf } from '../domain/dates.js';
import { InputError, parseDelimiter, parseEncoding } from '../transfer/import-decode.js';
import { parseMapOptions, parseSetOptions } from '../transfer/import-headers.js';
import { defaultRejectsPath } from '../transfer/import-rejects.js';
import { checkTarget, removeStaleTemps } from '../files/safe-file.js';
import { openRegularFile } from '../files/safe-read.js';
import { writeGuards } from './file-guards.js';
import type { ImportIssue, ImportResult, ImportStats, ImportStep, OnDuplicate } from '../transfer/import-run.js';

interface ImportOptions {
  delimiter?: string;
  encoding?: string;
  map?: string[];
  set?: string[];
  ignoreUnknown?: boolean;
  skipInvalid?: boolean;
  rejects?: string;
  dryRun?: boolean;
  sheet?: string;
  onDuplicate: OnDuplicate;
  format: 'text' | 'json';
  yes?: boolean;
  worker: 'auto' | 'never' | 'always';
}

class ImportInterruptedError extends AppError {
  override readonly exitCode = ExitCode.cancelled;
}

export function defineImport(program: Command, ctx: AppContext): void {
  const t = ctx.io.t;
  program
    .command('import')
    .description(t('import.help'))
    .argument('<file>', t('import.arg.file'))
    .option('--delimiter <char>', t('import.opt.delimiter'))
    .option('--encoding <name>', t('import.opt.encoding'))
    .option('--map <header=field>', t('import.opt.map'), (value: string, all: string[] | undefined) => [...(all ?? []), value])
    .option('--set <field=value>', t('import.opt.set'), (value: string, all: string[] | undefined) => [...(all ?? []), value])
    .option('--ignore-unknown', t('import.opt.ignoreUnknown'))
    .option('--skip-invalid', t('import.opt.skipInvalid'))
    .option('--rejects <file>', t('import.opt.rejects'))
    .option('--dry-run', t('import.opt.dryRun'))
    .option('--sheet <name>', t('import.opt.sheet'))
    .addOption(new Option('--on-duplicate <mode>', t('import.opt.onDuplicate')).choices(['skip', 'update', 'error']).default('skip'))
    .addOption(formatOption(ctx.io, resultFormats, 'import.opt.format').default('text'))
    .option('-y, --yes', t('import.opt.yes'))
    // Forces the parsing worker on or off: for tests and benchmarks only.
    .addOption(new Option('--worker <mode>').choices(['auto', 'never', 'always']).default('auto').hideHelp())
    .addHelpText('after', examples(ctx, 'import.help.examples'))
    .action((file: string, opts: ImportOptions) => runImportCommand(ctx, file, opts));
}

/** The reader's flags (--encoding, --delimiter, --map, --set), checked before anything is read. */
function readerOptions(opts: ImportOptions) {
  const encoding = opts.encoding === undefined ? undefined : parseEncoding(opts.encoding);
  if (opts.encoding !== undefined && !encoding) throw new UsageError('import.badEncoding', { value: opts.encoding });
  const delimiter = opts.delimiter === undefined ? undefined : parseDelimiter(opts.delimiter);
  if (opts.delimiter !== undefined && !delimiter) throw new UsageError('import.badDelimiter', { value: opts.delimiter });
  const mapping = parseMapOptions(opts.map ?? []);
  if (mapping.problems.length > 0) throw new UsageError(mapping.problems[0]!.code, mapping.problems[0]!.params);
  const set = parseSetOptions(opts.set ?? []);
  if (set.problems.length > 0) throw new UsageError(set.problems[0]!.code, set.problems[0]!.params);
  return {
    encoding,
    delimiter,
    map: [...mapping.map],
    ignoreUnknown: opts.ignoreUnknown === true,
    ...(set.defaults.length > 0 ? { defaults: set.defaults } : {}),
  };
}

interface OpenedInput {
  input: AsyncIterable<Buffer | string>;
  size?: number;
  /** A workbook: its sheet fed as CSV. */
  sheet?: import('../transfer/import-xlsx.js').SheetInput;
}

/** The input as a stream: stdin for `-`, otherwise a regular file (a FIFO or /dev/zero would hang or never end). */
async function openInput(ctx: AppContext, file: string, opts: ImportOptions): Promise<OpenedInput> {
  if (file === '-') return { input: ctx.io.streams.stdin as AsyncIterable<Buffer | string> };
  const opened = openRegularFile(file);
  if (/\.xls[xm]$/i.test(file) || opts.sheet !== undefined) {
    // Read where needed (a zip's directory is at its end), the sheet a slice at a time.
    const { SheetInput } = await import('../transfer/import-xlsx.js');
    const { fileSource } = await import('../transfer/xlsx-zip.js');
    const sheet = new SheetInput(fileSource(opened.fd), opts.sheet, () => fs.closeSync(opened.fd), opened.fd);
    return { input: sheet.chunks(), sheet };
  }
  return { input: fs.createReadStream('', { fd: opened.fd, highWaterMark: 256 * 1024 }), size: opened.stat.size };
}

/** What the import's own errors become for the user: interrupted (exit 130) or unreadable input (exit 4). */
function importFailure(ctx: AppContext, error: unknown, opts: ImportOptions, interrupted: new (...args: never[]) => Error): unknown {
  if (error instanceof interrupted) {
    const result = (error as Error & { result: ImportResult }).result;
    const stored = result.committed ? result.stored : 0;
    return new ImportInterruptedError(stored > 0 ? 'import.interrupted' : 'import.interruptedNothing', { stored });
  }
  if (error instanceof InputError) {
    const partial = (error as InputError & { result?: ImportResult }).result;
    const message = ctx.io.t(error.code, error.params);
    if (opts.skipInvalid && !opts.dryRun && partial && partial.stored > 0)
      return new InvalidInputError('import.inputFailedPartial', { message, stored: partial.stored });
    return new InvalidInputError('import.inputFailed', { message });
  }
  return error;
}

export async function runImportCommand(ctx: AppContext, file: string, opts: ImportOptions): Promise<void> {
  const { io } = ctx;
  const reader = readerOptions(opts);
  if (opts.onDuplicate === 'update' && !opts.yes && !opts.dryRun) {
    if (!io.interactive) throw new UsageError('import.updateNeedsYes');
    if (!(await ctx.prompter().confirm({ message: io.t('import.confirmUpdate'), default: false }))) throw new CancelledError();
  }

  // A dry run writes nothing, not even a rejects file: the summary lists the rejected rows instead.
  const rejectsPath = opts.dryRun ? undefined : (opts.rejects ?? (opts.skipInvalid ? defaultRejectsPath(file) : undefined));
  if (rejectsPath !== undefined) {
    // Never the database or the input (an existing file gets a numbered name beside it instead).
    removeStaleTemps(checkTarget(rejectsPath, { replace: 'number', guards: writeGuards(ctx, [file]) }));
  }
  const { input, size, sheet } = await openInput(ctx, file, opts);
  // The sheet comes as well-formed UTF-8 CSV; its text cells are never formulas, so nothing to restore.
  const read = sheet ? { ...reader, delimiter: ',', encoding: undefined, restoreFormulas: false } : reader;

  // Loaded here, not at start-up: csv-parse, worker threads and the writer only matter to this command.
  const { ImportInterrupted, runImport } = await import('../transfer/import-run.js');
  const settings = ctx.settings();
  const env = validationEnv(ctx);
  // Before the import's transaction: it may recompute every stored deadline in transactions of its own.
  const deadlines = deadlinesForWrite(ctx);
  const started = performance.now();
  const progress = createProgress(ctx, started);
  let stop = false;
  const onSigint = () => void (stop = true);
  process.once('SIGINT', onSigint);

  let result: ImportResult;
  try {
    result = await runImport(
      {
        source: file,
        input,
        size,
        reader: read,
        sheet,
        skipInvalid: opts.skipInvalid === true,
        dryRun: opts.dryRun === true,
        onDuplicate: opts.onDuplicate,
        rejectsPath,
        worker: opts.worker,
      },
      {
        db: ctx.db(),
        env,
        writer: {
          agencyCode: settings.agency.code,
          year: Number(localDateOf(env.now, settings.timezone).slice(0, 4)),
          actor: ctx.actor(),
          at: env.now.toISOString(),
          source: file,
          deadlines,
        },
        describe: (issue) => describeIssue(ctx, issue),
        onProgress: progress.update,
        onStep: ctx.global.debug ? (step) => debugStep(ctx, step) : undefined,
        stopRequested: () => stop,
      },
    );
  } catch (error) {
    progress.clear();
    throw importFailure(ctx, error, opts, ImportInterrupted);
  } finally {
    process.removeListener('SIGINT', onSigint);
  }
  progress.clear();
  const seconds = (performance.now() - started) / 1000;
  printSummary(ctx, file, result, opts, seconds, sheet?.sheet);
  if (result.rejected > 0 && !opts.skipInvalid) {
    throw new InvalidInputError(opts.dryRun ? 'import.dryRunFailed' : 'import.failed', { count: result.rejected });
  }
}

/** `--debug`: where the import stands, one line per batch and phase. */
function debugStep(ctx: AppContext, s: ImportStep): void {
  const { io } = ctx;
  if (s.step === 'batch') io.err(io.t(s.committed ? 'import.debug.committed' : 'import.debug.written', { stored: s.stored }));
  else if (s.step === 'rebuild') io.err(io.t('import.debug.rebuild', { rows: s.rows }));
  else io.err(io.t(`import.debug.${s.step}`));
}

function describeIssue(ctx: AppContext, issue: ImportIssue): string {
  return ctx.io.t(issue.code, { field: issue.field, ...issue.params });
}

function lineOf(ctx: AppContext, issue: ImportIssue, sheet: string | undefined): string {
  const message = describeIssue(ctx, issue);
  if (issue.cell) return ctx.io.t('import.problemCell', { cell: issue.cell, column: issue.column, message });
  if (sheet !== undefined) return ctx.io.t('import.problemSheetRow', { sheet, line: issue.line, message });
  return issue.column === ''
    ? ctx.io.t('import.problemRow', { line: issue.line, message })
    : ctx.io.t('import.problem', { line: issue.line, column: issue.column, message });
}

const SHOWN = 50;

function issueJson(ctx: AppContext, e: ImportIssue) {
  return { line: e.line, column: e.column, ...(e.cell ? { cell: e.cell } : {}), field: e.field, code: e.code, message: describeIssue(ctx, e) };
}

function printSummary(ctx: AppContext, file: string, r: ImportResult, opts: ImportOptions, seconds: number, sheet?: string): void {
  const { io } = ctx;
  const rate = Math.round(r.rows / Math.max(seconds, 0.001));
  if (opts.format === 'json') {
    io.out(
      JSON.stringify(
        {
          source: file,
          dry_run: opts.dryRun === true,
          committed: r.committed,
          rows: r.rows,
          stored: r.committed ? r.stored : 0,
          would_store: r.stored,
          duplicates: r.duplicates,
          updated: r.committed ? r.updated : 0,
          unchanged: r.unchanged,
          rejected: r.rejected,
          warnings: r.warnings,
          tickets: r.committed ? (r.tickets ?? null) : null,
          rejects_file: r.rejectsFile ?? null,
          indexes_rebuilt: r.indexesRebuilt === true,
          seconds: Number(seconds.toFixed(3)),
          rows_per_second: rate,
          errors: r.errors.map((e) => issueJson(ctx, e)),
          warning_list: r.warningList.map((e) => issueJson(ctx, e)),
        },
        null,
        2,
      ),
    );
    return;
  }
  if (r.errors.length > 0 && (!opts.skipInvalid || opts.dryRun)) {
    io.err(io.chalk.bold(io.t('import.summary.errors')));
    for (const e of r.errors.slice(0, SHOWN)) io.err(`  ${lineOf(ctx, e, sheet)}`);
    const more = r.rejected - Math.min(SHOWN, r.errors.length);
    if (r.rejected > SHOWN) io.say(opts.dryRun ? 'import.moreDryRun' : 'import.more', { count: more });
  }
  if (r.warnings > 0) {
    io.err(io.chalk.yellow(io.t('import.summary.warnings', { count: r.warnings })));
    for (const w of r.warningList.slice(0, 20)) io.err(`  ${lineOf(ctx, w, sheet)}`);
    if (r.warnings > 20) io.say('import.warningsMore', { count: r.warnings - 20 });
  }
  // A rate over a fraction of a second (mostly start-up) says nothing.
  if (seconds >= 1) io.say('import.summary.read', { rows: r.rows, source: file, seconds: seconds.toFixed(1), rate });
  else io.say('import.summary.readQuick', { rows: r.rows, source: file });
  // --on-duplicate update: rows that match their stored report change nothing, and say so.
  const unchanged = r.unchanged > 0 ? io.t('import.summary.unchanged', { count: r.unchanged }) : '';
  const counts = { stored: r.stored, duplicates: r.duplicates, updated: r.updated, unchanged, rejected: r.rejected };
  if (opts.dryRun) io.say('import.summary.dryRun', counts);
  else if (r.committed) {
    const tickets = r.tickets ? io.t('import.summary.tickets', r.tickets) : '';
    io.err(io.chalk.green(io.t('import.summary.done', { ...counts, tickets })));
  }
  if (r.rejectsFile) io.say('import.summary.rejects', { path: r.rejectsFile });
}

/** A progress line on stderr, only on a terminal, at most four times a second. */
function createProgress(ctx: AppContext, started: number): { update: (s: ImportStats) => void; clear: () => void } {
  const { io } = ctx;
  if (!io.stderrIsTTY) return { update: () => undefined, clear: () => undefined };
  let last = 0;
  let shown = false;
  return {
    update(s) {
      const now = performance.now();
      if (now - last < 250) return;
      last = now;
      shown = true;
      const rate = Math.round(s.rows / Math.max((now - started) / 1000, 0.001));
      io.streams.stderr.write(`\r\x1b[K${io.t('import.progress', { rows: s.rows.toLocaleString('en'), rate: rate.toLocaleString('en'), errors: s.rejected })}`);
    },
    clear() {
      if (shown) io.streams.stderr.write('\r\x1b[K');
      shown = false;
    },
  };
}
