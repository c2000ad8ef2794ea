/** Interactive report entry: asks each missing field and validates every answer. */

import type { AppContext } from '../../context.js';
import type { RawReport, ReportDraft, ReportFieldName, ValidationEnv } from '../../domain/report.js';
import { identityFields } from '../../domain/report.js';
import { channels, classifications } from '../../domain/vocabulary.js';
import { humanDateTime } from '../../domain/dates.js';
import { listUnits } from '../../store/units-repo.js';
import { checkOneField, doubtsOfField } from './fields.js';
import type { FieldProblem } from '../../domain/problems.js';
import type { MessageKey } from '../../io/messages/index.js';
import { visible } from '../../io/safe-text.js';
import { fieldWord } from '../../io/labels.js';
import { reporterView, type PiiFlags } from '../../domain/pii.js';

/** The order fields are asked in; identity fields only for a reporter who is not anonymous. */
const askOrder: readonly ReportFieldName[] = [
  'classification',
  'channel',
  'title',
  'description',
  'category',
  'received_at',
  'incident_date',
  'location',
  'region',
  'unit',
  'ref',
  'anonymous',
  ...identityFields,
  'confidential',
];
const requiredAnswers: ReadonlySet<ReportFieldName> = new Set(['title', 'description', 'received_at']);

/** One prompting run: what was already warned about at its own prompt is not repeated at the end. */
export interface PromptSession {
  warned: Set<string>;
}

export const warningKey = (p: FieldProblem): string => `${p.field}:${p.code}`;

/** Whether a field is asked at all: identity only for a named reporter, the unit only when units exist. */
function applies(ctx: AppContext, raw: RawReport, field: ReportFieldName): boolean {
  if ((identityFields as readonly string[]).includes(field) || field === 'confidential') return raw.anonymous !== true;
  if (field === 'anonymous') return !identityFields.some((f) => raw[f] !== undefined);
  if (field === 'unit') return listUnits(ctx.db()).some((u) => u.active);
  return true;
}

/**
 * Asks every field not already given by a flag, validating each answer with
 * the same rules as the flags, and returns the completed raw record.
 */
export async function promptReport(ctx: AppContext, given: RawReport, env: ValidationEnv, session: PromptSession): Promise<RawReport> {
  const raw: RawReport = { ...given };
  for (const field of askOrder) {
    if (raw[field] === undefined && applies(ctx, raw, field)) await askField(ctx, raw, env, field, session);
  }
  return raw;
}

/** Asks one field (its current value as the default) and stores the answer in `raw`; doubts are warned about at once. */
export async function askField(ctx: AppContext, raw: RawReport, env: ValidationEnv, field: ReportFieldName, session: PromptSession): Promise<void> {
  const { io } = ctx;
  const p = ctx.prompter();
  const t = io.t.bind(io);
  const current = raw[field];
  if (field === 'classification' || field === 'channel') {
    const choices =
      field === 'classification'
        ? classifications.map((c) => ({ name: t(`classification.${c}`), value: c as string }))
        : channels.map((c) => ({ name: t(`channel.${c}`), value: c as string }));
    raw[field] = await p.select<string>({
      message: t(`prompt.${field}`),
      choices,
      default: typeof current === 'string' ? current : field === 'classification' ? 'complaint' : undefined,
    });
  } else if (field === 'category') setOrClear(raw, field, await askCategory(ctx, env));
  else if (field === 'unit') setOrClear(raw, field, await askUnit(ctx));
  else if (field === 'anonymous' || field === 'confidential') {
    raw[field] = await p.confirm({ message: t(`prompt.${field}`), default: current === true });
    if (field === 'anonymous' && raw.anonymous === true) for (const f of [...identityFields, 'confidential'] as const) delete raw[f];
    // Changed at the summary from anonymous to named: the identity is asked now.
    if (field === 'anonymous' && raw.anonymous === false && current === true) {
      for (const f of [...identityFields, 'confidential'] as const) await askField(ctx, raw, env, f, session);
    }
  } else {
    const answer = await p.input({
      message: t(`prompt.${field}`),
      default: typeof current === 'string' ? current : field === 'received_at' ? humanDateTime(env.now, env.timeZone) : undefined,
      validate: (value) => {
        if (value.trim() === '') return requiredAnswers.has(field) ? t('text.required', { field: fieldWord(io, field) }) : true;
        return checkOneField(field, value, env, io);
      },
    });
    setOrClear(raw, field, answer);
  }
  warnDoubts(ctx, raw, env, field, session);
}

function setOrClear(raw: RawReport, field: ReportFieldName, answer: string): void {
  if (answer.trim() === '') delete raw[field];
  else raw[field] = answer;
}

/** A doubtful answer (an unknown region, a foreign phone, an unlikely age...) is said right after its prompt. */
function warnDoubts(ctx: AppContext, raw: RawReport, env: ValidationEnv, field: ReportFieldName, session: PromptSession): void {
  const value = raw[field];
  if (typeof value !== 'string') return;
  for (const doubt of doubtsOfField(field, value, env)) {
    ctx.io.warn(doubt.code, { field: doubt.field, ...doubt.params });
    session.warned.add(warningKey(doubt));
  }
}

async function askCategory(ctx: AppContext, env: ValidationEnv): Promise<string> {
  const t = ctx.io.t.bind(ctx.io);
  const other = '\u0000other';
  const choice = await ctx.prompter().select<string>({
    message: t('prompt.category'),
    choices: [{ name: t('common.none'), value: '' }, ...env.categories.map((c) => ({ name: c, value: c })), { name: t('prompt.categoryOther'), value: other }],
  });
  if (choice !== other) return choice;
  return ctx.prompter().input({ message: t('prompt.categoryTyped'), validate: (v) => checkOneField('category', v, env, ctx.io) });
}

async function askUnit(ctx: AppContext): Promise<string> {
  const units = listUnits(ctx.db()).filter((u) => u.active);
  return ctx.prompter().select<string>({
    message: ctx.io.t('prompt.unit'),
    choices: [{ name: ctx.io.t('prompt.unitNone'), value: '' }, ...units.map((u) => ({ name: `${u.code}  ${u.name}`, value: u.code }))],
  });
}

/** At the summary, after "save?" was answered no: the field to change, or undefined to give up (nothing saved). */
export async function chooseFieldToChange(ctx: AppContext, raw: RawReport): Promise<ReportFieldName | undefined> {
  const { io } = ctx;
  const cancel = '\u0000cancel';
  const fields = askOrder.filter((f) => applies(ctx, raw, f) || f === 'anonymous');
  const choice = await ctx.prompter().select<string>({
    message: io.t('prompt.changeWhich'),
    choices: [...fields.map((f) => ({ name: io.t(`field.${f}`), value: f })), { name: io.t('prompt.changeNothing'), value: cancel }],
  });
  return choice === cancel ? undefined : (choice as ReportFieldName);
}

/**
 * The record as it will be saved, for a last look before confirming. Identity goes through the
 * personal-data policy: what was given in this run (`typed`) shows as given, NIK and phone
 * masked; what comes from the stored report is masked, or hidden when confidential under
 * `flags` (an edit passes the stricter of before and after, pii.ts auditFlags).
 */
export function printSummary(ctx: AppContext, d: ReportDraft, unitCode: string | undefined, typed: ReadonlySet<string>, flags: PiiFlags = d): void {
  const { io } = ctx;
  const r = d.reporter;
  const v = reporterView({ ...flags, reporter: r }, 'summary', typed);
  const id = (shown: string | null, stored: string | undefined) => shown ?? (stored !== undefined && flags.confidential ? io.t('common.hidden') : undefined);
  const rows: [MessageKey, string | undefined][] = [
    ['field.classification', io.t(`classification.${d.classification}`)],
    ['field.channel', io.t(`channel.${d.channel}`)],
    ['field.title', d.title],
    ['field.description', d.description],
    ['field.category', d.category],
    ['field.received_at', humanDateTime(d.receivedAt, ctx.settings().timezone)],
    ['field.incident_date', d.incidentDate],
    ['field.location', d.location],
    ['field.region', d.regionCode && (d.regionName ? `${d.regionCode} ${d.regionName}` : d.regionCode)],
    ['field.unit', unitCode],
    ['field.ref', d.ref],
    ['field.anonymous', d.anonymous ? io.t('common.yes') : undefined],
    ['field.reporter_name', id(v.name, r.name)],
    ['field.nik', id(v.nik, r.nik)],
    ['field.phone', id(v.phone, r.phone)],
    ['field.email', id(v.email, r.email)],
    ['field.address', id(v.address, r.address)],
    ['field.confidential', d.confidential ? io.t('common.yes') : undefined],
  ];
  const shown = rows.filter(([, v]) => v !== undefined) as [MessageKey, string][];
  const width = Math.max(...shown.map(([k]) => io.t(k).length));
  io.err(io.chalk.bold(io.t('report.summary')));
  for (const [key, value] of shown) io.err(`  ${io.t(key).padEnd(width)}  ${visible(value)}`);
}
