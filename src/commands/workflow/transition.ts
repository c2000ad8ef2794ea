/** What every lifecycle verb shares: --at/--note into one applyTransition, an illegal step into exit 4. */

import type { Command } from 'commander';
import type { AppContext } from '../../context.js';
import { InvalidInputError, UsageError } from '../../errors.js';
import type { LifecycleEvent } from '../../domain/lifecycle.js';
import { localDateTimeOf, parseDateTime } from '../../domain/dates.js';
import { IllegalTransition, StepOutOfOrder, transition, type TransitionRequest, type TransitionResult } from '../../app/transitions.js';
import type { StoredReport } from '../../domain/report-record.js';
import { requireReport } from '../shared.js';
import { formatOption, resultFormat, resultFormats } from '../../io/output-options.js';
import { statusLabel } from '../../io/labels.js';
import { checkText } from '../../domain/text.js';

export interface TransitionFlags {
  at?: string;
  note?: string;
  format?: string;
}

/** --at and --note (and --format text|json: json for scripts), shared by every lifecycle command. */
export function addTransitionOptions(command: Command, ctx: AppContext, note: 'required' | 'optional' | 'none'): Command {
  command.option('--at <when>', ctx.io.t('help.opt.at'));
  if (note !== 'none') command.option('--note <text>', ctx.io.t(note === 'required' ? 'help.opt.noteRequired' : 'help.opt.note'));
  return command.addOption(formatOption(ctx.io, resultFormats, 'help.opt.formatResult'));
}

/** A back-dated entry may not lie in the future; its order on the timeline is the use case's rule. */
function resolveAt(ctx: AppContext, at: string | undefined): string {
  const now = ctx.clock();
  if (at === undefined) return now.toISOString();
  const parsed = parseDateTime(at, '--at', ctx.settings().timezone);
  if (parsed.value === undefined) throw new InvalidInputError('error.invalidInput', { count: parsed.problems.length }, parsed.problems);
  if (Date.parse(parsed.value) > now.getTime() + 5 * 60_000) throw new InvalidInputError('report.future', { field: '--at', value: at });
  return parsed.value;
}

/** A note typed on a terminal when the flag is missing; a usage error in scripts. */
export async function requireNote(ctx: AppContext, note: string | undefined, flag = '--note'): Promise<string> {
  let value = note;
  if (value === undefined || value.trim() === '') {
    if (!ctx.io.interactive) throw new UsageError('error.missingFlag', { field: flag.slice(2), flag });
    value = await ctx.prompter().input({
      message: ctx.io.t('prompt.note'),
      validate: (v) => (v.trim().length >= 3 ? true : ctx.io.t('text.tooShort', { field: 'note', min: 3, length: v.trim().length })),
    });
  }
  const checked = checkText(value, 'note', { required: true, min: 3, max: 20_000 });
  if (checked.value === undefined) throw new InvalidInputError('error.invalidInput', { count: checked.problems.length }, checked.problems);
  return checked.value;
}

export interface TransitionCommand extends Partial<Omit<TransitionRequest, 'event' | 'at'>> {
  event: LifecycleEvent;
  at?: string;
}

/** The state machine's refusal in the user's language (exit 4), naming what is allowed instead. */
function illegalStep(ctx: AppContext, report: StoredReport, error: IllegalTransition): InvalidInputError {
  const { io } = ctx;
  const params = {
    ticket: report.ticket,
    event: io.t(`event.${error.event}`),
    status: statusLabel(io, error.status),
    allowed: error.allowed
      .filter((e) => e !== 'autoClose')
      .map((e) => io.t(`event.${e}`))
      .join(', '),
  };
  return new InvalidInputError(error.allowed.length === 1 && error.allowed[0] === 'reopen' ? 'lifecycle.noneAllowed' : 'lifecycle.illegal', params);
}

/** The time-order rule's refusal (exit 4), naming the event the step would precede and when it was. */
function outOfOrder(ctx: AppContext, report: StoredReport, typed: string | undefined, error: StepOutOfOrder): InvalidInputError {
  const { io } = ctx;
  const local = (at: string) => localDateTimeOf(at, ctx.settings().timezone);
  if (error.earlier.kind === 'receipt') return new InvalidInputError('workflow.atBeforeReceipt', { value: typed ?? local(error.at), ticket: report.ticket });
  return new InvalidInputError('workflow.atBeforeEvent', {
    ticket: report.ticket,
    at: local(error.at),
    event: io.tOr(`timeline.${error.earlier.kind}`, error.earlier.kind),
    when: local(error.earlier.at),
  });
}

/** One step applied: the report as it was, the change, and when the step is dated. */
export interface AppliedStep extends TransitionResult {
  report: StoredReport;
  at: string;
}

/** Reads --at and applies one lifecycle event (app/transitions.ts); refusals become exit 4 errors. */
export async function applyStep(ctx: AppContext, ticket: string | StoredReport, request: TransitionCommand): Promise<AppliedStep> {
  const report = typeof ticket === 'string' ? await requireReport(ctx, ticket) : ticket;
  const at = resolveAt(ctx, request.at);
  try {
    return { ...transition(ctx, report, { ...request, at }), report, at };
  } catch (error) {
    if (error instanceof StepOutOfOrder) throw outOfOrder(ctx, report, request.at, error);
    throw error instanceof IllegalTransition ? illegalStep(ctx, report, error) : error;
  }
}

/** The JSON object of one applied step (stdout with --format json). */
export function stepJson(step: AppliedStep): Record<string, unknown> {
  return { ticket: step.report.ticket, from: step.from, to: step.to, event_id: step.eventId, at: step.at };
}

/** The sentence saying what changed (stderr). */
export function sayStep(ctx: AppContext, step: AppliedStep): void {
  const { io } = ctx;
  io.err(io.chalk.green(io.t('workflow.done', { ticket: step.report.ticket, from: statusLabel(io, step.from), to: statusLabel(io, step.to) })));
}

/** Reads --at, applies one lifecycle event (app/transitions.ts) and reports the change. */
export async function runTransition(ctx: AppContext, ticket: string | StoredReport, request: TransitionCommand, format?: string): Promise<AppliedStep> {
  const outputFormat = resultFormat(format);
  const step = await applyStep(ctx, ticket, request);
  if (outputFormat === 'json') ctx.io.out(JSON.stringify(stepJson(step)));
  sayStep(ctx, step);
  return step;
}
