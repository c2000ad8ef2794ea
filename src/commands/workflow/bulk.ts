/** Several tickets for one lifecycle verb: from the arguments or --from, one step each, and a summary. */

import type { Command } from 'commander';
import type { AppContext } from '../../context.js';
import { AppError, InvalidInputError, UsageError } from '../../errors.js';
import type { FieldProblem } from '../../domain/problems.js';
import type { StoredReport } from '../../domain/report-record.js';
import { readInputBounded } from '../../files/safe-read.js';
import { resultFormat } from '../../io/output-options.js';
import { requireReport } from '../shared.js';
import { applyStep, runTransition, sayStep, stepJson, type TransitionCommand } from './transition.js';

export interface BulkInput {
  /** The tickets typed as arguments. */
  tickets: readonly string[];
  /** --from FILE|-: one ticket a line. */
  from?: string;
  format?: string;
}

/** A list of tickets is a few bytes a line; far more is the wrong file (or /dev/zero). */
const MAX_LIST_BYTES = 4 << 20;

/** `--from FILE|-` on a lifecycle verb. */
export function addFromOption(command: Command, ctx: AppContext): Command {
  return command.option('--from <file>', ctx.io.t('help.opt.fromTickets'));
}

/** One ticket a line; blank lines and `#` comments are skipped. */
export function ticketLines(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** The one-ticket form keeps the output it always had (a sentence, or one JSON object). */
export function isSingle(input: BulkInput): boolean {
  return input.from === undefined && input.tickets.length === 1;
}

/** The tickets of the arguments, then of --from, each once in the order first given. */
async function ticketsOf(ctx: AppContext, input: BulkInput): Promise<string[]> {
  const listed = [...input.tickets];
  if (input.from !== undefined) {
    const source = input.from;
    const tooLarge = () => new InvalidInputError('workflow.fromTooLarge', { source, max: `${MAX_LIST_BYTES >> 20} MB` });
    listed.push(...ticketLines((await readInputBounded(source, ctx.io.streams.stdin, MAX_LIST_BYTES, tooLarge)).toString('utf8')));
  }
  const unique = [...new Map(listed.map((t) => [t.toUpperCase(), t] as const)).values()];
  if (unique.length === 0) throw new UsageError('workflow.noTickets');
  return unique;
}

/** Why one report was refused, as the error would have been printed alone (main.ts), on one line. */
function reasonOf(ctx: AppContext, error: AppError): string {
  const problems = (error as { problems?: readonly FieldProblem[] }).problems ?? [];
  const details = problems.map((p) => ctx.io.t(p.code, { field: p.field, ...p.params }));
  return [ctx.io.t(error.key, error.params), ...details].join(' ');
}

/**
 * Applies the verb's step to each listed report, each in its own transaction (app/transitions.ts):
 * a refusal (unknown ticket, a step the lifecycle does not allow, the time order) is told and
 * counted, and the others go on. A summary on stderr; with --format json one object on stdout
 * ({done, refused}); exit 4 when any was refused. The one-ticket form is runTransition as before.
 */
export async function runSteps(ctx: AppContext, input: BulkInput, build: (report: StoredReport) => TransitionCommand): Promise<void> {
  const format = resultFormat(input.format);
  if (isSingle(input)) {
    const report = await requireReport(ctx, input.tickets[0]!);
    await runTransition(ctx, report, build(report), input.format);
    return;
  }
  const done: Record<string, unknown>[] = [];
  const refused: { ticket: string; reason: string; exit_code: number }[] = [];
  for (const ticket of await ticketsOf(ctx, input)) {
    try {
      const report = await requireReport(ctx, ticket);
      const step = await applyStep(ctx, report, build(report));
      sayStep(ctx, step);
      done.push(stepJson(step));
    } catch (error) {
      // Conditions of the machine (disk full, a damaged database) stop the run: main.ts words them.
      if (!(error instanceof AppError)) throw error;
      const reason = reasonOf(ctx, error);
      ctx.io.err(ctx.io.chalk.red(ctx.io.t('workflow.bulkRefused', { ticket, reason })));
      refused.push({ ticket, reason, exit_code: error.exitCode });
    }
  }
  if (format === 'json') ctx.io.out(JSON.stringify({ done, refused }));
  if (refused.length > 0) throw new InvalidInputError('workflow.bulkSummaryRefused', { done: done.length, refused: refused.length });
  ctx.io.say('workflow.bulkSummary', { done: done.length });
}
