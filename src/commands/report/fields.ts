/** Report flags, JSON input, duplicate confirmation and the audit view, shared by add and edit. */

import type { Command } from 'commander';
import type { AppContext } from '../../context.js';
import { CancelledError, InvalidInputError } from '../../errors.js';
import { readInputBounded } from '../../files/safe-read.js';
import { validateReport, type RawReport, type ValidationEnv } from '../../domain/report.js';
import { booleanFields, flagOf, optionKeyOf, reportFieldNames, type ReportFieldName } from '../../domain/fields.js';
import { duplicateAudit, duplicateNamed } from '../../domain/pii.js';
import type { ReportDraft } from '../../domain/report.js';
import type { FieldProblem } from '../../domain/problems.js';
import type { IO } from '../../io/io.js';
import { problemParams } from '../../io/labels.js';
import type { Unit } from '../../store/units-repo.js';
import { requireUsableUnit } from '../../app/directory.js';
import { findLikelyDuplicates, duplicateDefaults } from '../../domain/duplicates.js';
import { reportsOfReporter } from '../../store/reports-repo.js';
import { recordAudit } from '../../app/audit.js';

const isBooleanField = (f: ReportFieldName): f is (typeof booleanFields)[number] => booleanFields.some((b) => b === f);

/** One flag per report field, shared by `add` and `edit`. */
export function addReportFieldOptions(command: Command, ctx: AppContext, opts: { negatable: boolean }): Command {
  for (const field of reportFieldNames) {
    const flag = flagOf(field);
    if (isBooleanField(field)) {
      command.option(flag, ctx.io.t(`help.field.${field}`));
      if (opts.negatable) command.option(`--no-${flag.slice(2)}`, ctx.io.t(`help.field.no-${field}`));
    } else {
      command.option(`${flag} <value>`, ctx.io.t(`help.field.${field}`));
    }
  }
  return command;
}

export function rawFromOptions(opts: Record<string, unknown>): RawReport {
  const raw: RawReport = {};
  for (const field of reportFieldNames) {
    const value = opts[optionKeyOf(field)];
    if (typeof value === 'string' || typeof value === 'boolean') raw[field] = value;
  }
  return raw;
}

/** A report is a few kilobytes; anything far larger is a wrong file (or /dev/zero through stdin). */
export const MAX_JSON_BYTES = 1 << 20;

/** `--json FILE|-`: one object keyed by the canonical field names. */
export async function rawFromJson(ctx: AppContext, source: string): Promise<RawReport> {
  const bytes = await readInputBounded(source, ctx.io.streams.stdin, MAX_JSON_BYTES, () => tooLarge(source));
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new InvalidInputError('error.badJson', { source, reason: (error as Error).message });
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new InvalidInputError('error.jsonNotObject', { source });
  const raw: RawReport = {};
  for (const [key, value] of Object.entries(parsed)) {
    if (!(reportFieldNames as readonly string[]).includes(key)) {
      throw new InvalidInputError('error.unknownJsonField', { field: key, source, known: reportFieldNames.join(', ') });
    }
    if (value === null || value === undefined) continue;
    // An object or a list would be stored as "[object Object]": name the key and what it takes.
    if (typeof value === 'object') {
      const expected = isBooleanField(key as ReportFieldName) ? 'true/false' : 'text';
      throw new InvalidInputError('error.jsonWrongType', { field: key, source, expected });
    }
    raw[key as ReportFieldName] = typeof value === 'boolean' ? value : String(value);
  }
  return raw;
}

const tooLarge = (source: string) => new InvalidInputError('error.jsonTooLarge', { source, max: `${MAX_JSON_BYTES / 1024} KB` });

/**
 * Checks one field as the whole-record validator would, for prompts that
 * validate as the admin types: the other required fields get stand-in values
 * and only this field's errors are kept, so both paths share one rule set.
 */
export function checkOneField(field: ReportFieldName, value: string, env: ValidationEnv, io: Pick<IO, 't' | 'tOr'>): true | string {
  const standIn: RawReport = { title: 'xxxxx', description: 'xxxxxxxxxx', channel: 'other', [field]: value };
  const error = validateReport(standIn, env).problems.find((p) => p.field === field && p.severity === 'error');
  return error ? io.t(error.code, problemParams(io, error)) : true;
}

/** The warnings (doubts, not errors) a value of this field raises, by the same rules as the flags. */
export function doubtsOfField(field: ReportFieldName, value: string, env: ValidationEnv): FieldProblem[] {
  const standIn: RawReport = { title: 'xxxxx', description: 'xxxxxxxxxx', channel: 'other', [field]: value };
  return validateReport(standIn, env).problems.filter((p) => p.field === field && p.severity === 'warning');
}

/** The report's unit, if one was given: it must exist and be active (app/directory.ts). */
export function resolveUnit(ctx: AppContext, value: string | undefined): Unit | undefined {
  return value === undefined ? undefined : requireUsableUnit(ctx, value);
}

/** Shows likely duplicates; returns whether to go on (prompt on a terminal, --allow-duplicate in scripts). */
export async function confirmNotDuplicate(ctx: AppContext, draft: ReportDraft, allow: boolean, excludeId?: number): Promise<void> {
  const existing = reportsOfReporter(ctx.db(), {
    nik: draft.reporter.nik,
    phone: draft.reporter.phone,
    date: draft.receivedDate,
    days: duplicateDefaults.windowDays,
    excludeId,
  });
  const found = findLikelyDuplicates({ title: draft.title, receivedDate: draft.receivedDate, nik: draft.reporter.nik, phone: draft.reporter.phone }, existing);
  if (found.length === 0) return;
  const { io } = ctx;
  const hidden = found.filter((d) => !duplicateNamed(d));
  // A match on a confidential report tells that this NIK or phone filed it: leave a trace first.
  if (hidden.length > 0) {
    recordAudit(
      ctx,
      ...hidden.map((d) => ({
        action: 'report.duplicate_match',
        entity: 'report',
        entityId: d.id ?? null,
        ticket: d.ticket,
        details: duplicateAudit(d.matchedOn, d.similarity),
      })),
    );
  }
  io.err(io.chalk.yellow(io.t('report.duplicatesFound', { days: duplicateDefaults.windowDays })));
  for (const d of found) {
    const params = { matchedOn: d.matchedOn.toUpperCase(), percent: Math.round(d.similarity * 100) };
    if (duplicateNamed(d)) io.say('report.duplicateLine', { ticket: d.ticket, date: d.receivedDate, title: d.title, ...params });
    else io.say('report.duplicateConfidential', { days: duplicateDefaults.windowDays, ...params });
  }
  if (allow) return;
  if (io.interactive) {
    if (await ctx.prompter().confirm({ message: io.t('report.confirmDuplicate'), default: false })) return;
    throw new CancelledError();
  }
  const named = found.filter((d) => duplicateNamed(d)).map((d) => d.ticket);
  const tickets = hidden.length > 0 ? [...named, io.t('report.aConfidentialReport')] : named;
  throw new InvalidInputError('report.duplicateRefused', { tickets: tickets.join(', ') });
}
