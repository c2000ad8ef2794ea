/** `lapor edit`: change fields by flag or by picking them on a terminal. */

import type { Command } from 'commander';
import type { AppContext } from '../../context.js';
import { CancelledError, InvalidInputError, UsageError } from '../../errors.js';
import { identityFields, reportFieldNames, requiredFields, validateReport, type RawReport, type ReportFieldName } from '../../domain/report.js';
import type { StoredReport } from '../../domain/report-record.js';
import { deadlinesForWrite } from '../../app/deadlines.js';
import { examples, nowIso, reportProblems, requireReport, validationEnv } from '../shared.js';
import { addReportFieldOptions, checkOneField, rawFromOptions, resolveUnit } from './fields.js';
import { rawOfStored } from '../../domain/field-values.js';
import { auditChanges } from '../../domain/field-audit.js';
import { printSummary } from './prompts.js';
import { auditFlags, clearAnswer, editDefault, editKeepsOnEmpty, hiddenBecause, reporterView, type PiiFlags } from '../../domain/pii.js';
import type { Reporter } from '../../domain/report.js';
import { findByRef, updateReport } from '../../store/reports-repo.js';
import { humanIfInstant } from '../../domain/dates.js';
import { fieldLabel, fieldWord } from '../../io/labels.js';

interface EditOptions extends Record<string, unknown> {
  clear?: string[];
  yes?: boolean;
}

const clearable = reportFieldNames.filter((f) => !requiredFields.includes(f) && f !== 'classification' && f !== 'received_at');

export function defineEdit(program: Command, ctx: AppContext): void {
  const command = program
    .command('edit')
    .description(ctx.io.t('help.edit'))
    .argument('<ticket>', ctx.io.t('help.arg.ticket'))
    .option('--clear <field...>', ctx.io.t('help.opt.clear', { allowed: clearable.join(', ') }))
    .option('-y, --yes', ctx.io.t('help.opt.yesSave'))
    .addHelpText('after', examples(ctx, 'help.edit.examples'));
  addReportFieldOptions(command, ctx, { negatable: true });
  command.action((ticket: string, opts: EditOptions) => runEdit(ctx, ticket, opts));
}

/** The flags the editor shows identity under: confidential if it is stored or being set so. */
function editorFlags(before: StoredReport, patch: RawReport): PiiFlags {
  const flag = (f: 'anonymous' | 'confidential') => (typeof patch[f] === 'boolean' ? (patch[f] as boolean) : before[f]);
  return auditFlags(before, { anonymous: flag('anonymous'), confidential: flag('confidential') });
}

/** A value as the editor shows it: a stored instant (received_at) in agency time, WIB/WITA/WIT. */
function shownValue(ctx: AppContext, value: string): string {
  return humanIfInstant(value, ctx.settings().timezone);
}

/** A field's value in the picker: identity as the policy's masked view of what is stored or retyped. */
function pickerValue(ctx: AppContext, before: StoredReport, current: RawReport, patch: RawReport, field: ReportFieldName): string {
  if (!editKeepsOnEmpty(field)) return shownValue(ctx, String(patch[field] ?? current[field] ?? ''));
  const flags = editorFlags(before, patch);
  const hidden = hiddenBecause(flags);
  const key = field === 'reporter_name' ? 'name' : field;
  const typed = patch[field];
  const reporter: Reporter = { ...before.reporter, [key]: typed === undefined ? before.reporter[key] : (typed ?? undefined) };
  if (hidden && reporter[key] !== undefined) return ctx.io.t(hidden === 'anonymous' ? 'common.anonymous' : 'common.hidden');
  return reporterView({ ...flags, reporter }, 'edit')[key] ?? '';
}

/**
 * The field picker of `lapor edit` on a terminal. Identity fields show masked (hidden when
 * confidential), never go into a prompt default (pii.ts editDefault), keep the stored value on
 * an empty answer and are cleared by answering "-".
 */
async function promptEdits(ctx: AppContext, before: StoredReport, current: RawReport): Promise<RawReport> {
  const { io } = ctx;
  const p = ctx.prompter();
  const env = validationEnv(ctx);
  const patch: RawReport = {};
  const t = io.t.bind(io);
  for (;;) {
    const field = await p.select<ReportFieldName | ''>({
      message: t('prompt.editField'),
      choices: [
        { name: t('prompt.editDone'), value: '' },
        ...reportFieldNames.map((f) => ({ name: `${t(`field.${f}`)}: ${pickerValue(ctx, before, current, patch, f)}`.slice(0, 70), value: f })),
      ],
    });
    if (field === '') return patch;
    if (field === 'anonymous' || field === 'confidential') {
      patch[field] = await p.confirm({ message: t(`prompt.${field}`), default: Boolean(patch[field] ?? current[field]) });
      continue;
    }
    if (editKeepsOnEmpty(field)) {
      const stored = patch[field] === undefined ? current[field] : patch[field];
      const answer = await p.input({
        message: `${t(`prompt.${field}`)} ${t('prompt.keepOrClear', { clear: clearAnswer })}`,
        default: editDefault(editorFlags(before, patch), field, typeof stored === 'string' ? stored : undefined),
        validate: (v) => (v.trim() === '' || v.trim() === clearAnswer ? true : checkOneField(field, v, env, ctx.io)),
      });
      if (answer.trim() === clearAnswer) patch[field] = null;
      else if (answer.trim() !== '') patch[field] = answer;
      continue;
    }
    const required = requiredFields.includes(field);
    const shown = shownValue(ctx, String(patch[field] ?? current[field] ?? ''));
    const answer = await p.input({
      message: t(`prompt.${field}`),
      default: shown,
      validate: (v) => (v.trim() === '' ? (required ? t('text.required', { field: fieldWord(ctx.io, field) }) : true) : checkOneField(field, v, env, ctx.io)),
    });
    // The default taken as offered changes nothing (a received time shown to the minute keeps its seconds).
    if (answer === shown && patch[field] === undefined) continue;
    patch[field] = answer.trim() === '' ? null : answer;
  }
}

export async function runEdit(ctx: AppContext, ticket: string, opts: EditOptions): Promise<void> {
  const { io } = ctx;
  const before = await requireReport(ctx, ticket);
  // The stored report as the raw input that would create it, so an edit re-validates the whole record.
  const current = rawOfStored(before);
  let patch = rawFromOptions(opts);
  for (const field of opts.clear ?? []) {
    if (!(clearable as readonly string[]).includes(field)) throw new UsageError('report.badClearField', { field, allowed: clearable.join(', ') });
    patch[field as ReportFieldName] = null;
  }
  const interactive = Object.keys(patch).length === 0;
  if (interactive) {
    if (!io.interactive) throw new UsageError('edit.nothing', { ticket: before.ticket });
    patch = await promptEdits(ctx, before, current);
  }
  const merged: RawReport = { ...current, ...patch };
  // Making a report anonymous erases the identity rather than refusing the edit.
  if (patch.anonymous === true) for (const f of identityFields) if (patch[f] === undefined) merged[f] = null;

  const { draft, problems } = validateReport(merged, validationEnv(ctx));
  reportProblems(ctx, problems);
  const unit = resolveUnit(ctx, draft!.unit);
  if (draft!.ref !== undefined) {
    const taken = findByRef(ctx.db(), draft!.ref);
    if (taken && taken.id !== before.id) {
      throw new InvalidInputError('error.invalidInput', { count: 1 }, [
        { field: 'ref', code: 'report.refExists', params: { value: draft!.ref, ticket: taken.ticket }, severity: 'error' },
      ]);
    }
  }
  // The summary shows identity under the stricter of the old and new flags (pii.ts auditFlags).
  const flags = auditFlags(before, draft!);
  const changes = auditChanges(before, { ...draft!, unit: unit?.code });
  const changed = Object.keys(changes);
  if (changed.length === 0) {
    io.say('report.noChanges', { ticket: before.ticket });
    return;
  }
  if (interactive && !opts.yes) {
    printSummary(ctx, draft!, unit?.code, new Set(Object.keys(patch)), flags);
    if (!(await ctx.prompter().confirm({ message: io.t('report.confirmEdit'), default: true }))) throw new CancelledError();
  }
  updateReport(ctx.db(), before.id, draft!, { actor: ctx.actor(), at: nowIso(ctx), unitId: unit?.id, audit: { changes }, deadlines: deadlinesForWrite(ctx) });
  io.out(before.ticket);
  io.err(io.chalk.green(io.t('report.updated', { ticket: before.ticket, fields: changed.map((f) => fieldLabel(io, f)).join(', ') })));
}
