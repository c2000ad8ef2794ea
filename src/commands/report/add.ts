/** `lapor add`: record a report from flags, JSON or prompts, with the likely-duplicate check. */

import type { Command } from 'commander';
import type { AppContext } from '../../context.js';
import { UsageError } from '../../errors.js';
import { identityFields, requiredFields, flagOf, validateReport, type RawReport, type ValidationEnv } from '../../domain/report.js';
import { deadlinesForWrite } from '../../app/deadlines.js';
import { examples, reportProblems, validationEnv } from '../shared.js';
import { addReportFieldOptions, rawFromJson, rawFromOptions, resolveUnit, confirmNotDuplicate } from './fields.js';
import { askField, chooseFieldToChange, promptReport, printSummary, warningKey, type PromptSession } from './prompts.js';
import { agencyNotSetUp, setUpAgency } from '../agency-setup.js';
import { fieldWord } from '../../io/labels.js';
import { findByRef } from '../../store/reports-repo.js';
import { addReport } from '../../app/report-writer.js';
import { localDateOf } from '../../domain/dates.js';
import { InvalidInputError, CancelledError } from '../../errors.js';
import { printReceipt } from '../receipt-output.js';

interface AddOptions extends Record<string, unknown> {
  json?: string;
  allowDuplicate?: boolean;
  input?: boolean;
  yes?: boolean;
  receipt?: boolean;
}

export function defineAdd(program: Command, ctx: AppContext): void {
  const command = program
    .command('add')
    .description(ctx.io.t('help.add'))
    .option('--json <file>', ctx.io.t('help.opt.json'))
    .option('--allow-duplicate', ctx.io.t('help.opt.allowDuplicate'))
    .option('--no-input', ctx.io.t('help.opt.noInput'))
    .option('-y, --yes', ctx.io.t('help.opt.yesSave'))
    .option('--receipt', ctx.io.t('help.opt.addReceipt'))
    .addHelpText('after', examples(ctx, 'help.add.examples'));
  addReportFieldOptions(command, ctx, { negatable: false });
  command.action((opts: AddOptions) => runAdd(ctx, opts));
}

export async function runAdd(ctx: AppContext, opts: AddOptions): Promise<void> {
  const { io } = ctx;
  let raw: RawReport = opts.json ? await rawFromJson(ctx, opts.json) : {};
  raw = { ...raw, ...rawFromOptions(opts) };
  const missing = requiredFields.filter((f) => raw[f] === undefined);
  const interactive = io.interactive && opts.input !== false && opts.json !== '-';
  // The first ticket typed at a terminal should already carry the agency's code: init's questions first.
  if (interactive && missing.length > 0 && agencyNotSetUp(ctx)) {
    io.say('init.firstRun');
    await setUpAgency(ctx, {});
  }
  const env = validationEnv(ctx);
  const session: PromptSession = { warned: new Set() };
  if (missing.length > 0) {
    if (!interactive) throw new UsageError('error.missingFlag', { field: fieldWord(io, missing[0]!), flag: flagOf(missing[0]!) });
    raw = await promptReport(ctx, raw, env, session);
  }
  let { draft, unit } = await checkDraft(ctx, raw, env, session, opts);
  // At the summary, "no" picks a field to change and comes back, instead of throwing every answer away.
  while (interactive && missing.length > 0 && !opts.yes) {
    printSummary(ctx, draft, unit?.code, new Set(identityFields));
    if (await ctx.prompter().confirm({ message: io.t('report.confirmSave'), default: true })) break;
    const field = await chooseFieldToChange(ctx, raw);
    if (field === undefined) throw new CancelledError();
    await askField(ctx, raw, env, field, session);
    ({ draft, unit } = await checkDraft(ctx, raw, env, session, opts));
  }

  const settings = ctx.settings();
  const now = ctx.clock();
  const year = Number(localDateOf(now, settings.timezone).slice(0, 4));
  const stored = addReport(
    ctx.db(),
    { draft, unitId: unit?.id },
    {
      agencyCode: settings.agency.code,
      year,
      actor: ctx.actor(),
      at: now.toISOString(),
      deadlines: deadlinesForWrite(ctx),
    },
  );
  io.out(stored.ticket);
  io.err(io.chalk.green(io.t('report.saved', { ticket: stored.ticket })));
  if (settings.agency.code === 'LAPOR' && !settings.agency.name) io.say('config.hintInit', { code: 'LAPOR' });
  if (opts.receipt) printReceipt(ctx, stored, {});
}

/** Validation (doubts already said at their prompt are not repeated), the unit, a taken source reference and likely duplicates. */
async function checkDraft(ctx: AppContext, raw: RawReport, env: ValidationEnv, session: PromptSession, opts: AddOptions) {
  const { draft, problems } = validateReport(raw, env);
  reportProblems(
    ctx,
    problems.filter((p) => p.severity === 'error' || !session.warned.has(warningKey(p))),
  );
  const unit = resolveUnit(ctx, draft!.unit);
  if (draft!.ref !== undefined) {
    const taken = findByRef(ctx.db(), draft!.ref);
    if (taken) {
      throw new InvalidInputError('error.invalidInput', { count: 1 }, [
        { field: 'ref', code: 'report.refExists', params: { value: draft!.ref, ticket: taken.ticket }, severity: 'error' },
      ]);
    }
  }
  await confirmNotDuplicate(ctx, draft!, opts.allowDuplicate === true);
  return { draft: draft!, unit };
}
