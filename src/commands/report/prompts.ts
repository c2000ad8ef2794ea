/** Interactive report entry: asks each missing field and validates every answer. */

import type { AppContext } from '../../context.js';
import type { RawReport, ReportDraft, ReportFieldName, ValidationEnv } from '../../domain/report.js';
import { identityFields } from '../../domain/report.js';
import { channels, classifications } from '../../domain/vocabulary.js';
import { humanDateTime } from '../../domain/dates.js';
import { listUnits } from '../../store/units-repo.js';
import { checkOneField } from './fields.js';
import type { MessageKey } from '../../io/messages/index.js';
import { visible } from '../../io/safe-text.js';
import { reporterView, type PiiFlags } from '../../domain/pii.js';

const textFields: readonly ReportFieldName[] = ['title', 'description'];
const optionalTextFields: readonly ReportFieldName[] = ['incident_date', 'location', 'region'];

/**
 * Asks every field not already given by a flag, validating each answer with
 * the same rules as the flags, and returns the completed raw record.
 */
export async function promptReport(ctx: AppContext, given: RawReport, env: ValidationEnv): Promise<RawReport> {
  const { io } = ctx;
  const p = ctx.prompter();
  const raw: RawReport = { ...given };
  const t = io.t.bind(io);
  const ask = async (field: ReportFieldName, opts: { required?: boolean; default?: string } = {}) => {
    if (raw[field] !== undefined) return;
    const answer = await p.input({
      message: t(`prompt.${field}`),
      default: opts.default,
      validate: (value) => {
        if (value.trim() === '') return opts.required ? t('text.required', { field }) : true;
        return checkOneField(field, value, env, t);
      },
    });
    if (answer.trim() !== '') raw[field] = answer;
  };

  if (raw.classification === undefined) {
    raw.classification = await p.select({
      message: t('prompt.classification'),
      choices: classifications.map((c) => ({ name: t(`classification.${c}`), value: c })),
      default: 'complaint',
    });
  }
  if (raw.channel === undefined) {
    raw.channel = await p.select({
      message: t('prompt.channel'),
      choices: channels.map((c) => ({ name: t(`channel.${c}`), value: c })),
    });
  }
  for (const field of textFields) await ask(field, { required: true });
  if (raw.category === undefined) {
    const other = '\u0000other';
    const choice = await p.select<string>({
      message: t('prompt.category'),
      choices: [
        { name: t('common.none'), value: '' },
        ...env.categories.map((c) => ({ name: c, value: c })),
        { name: t('prompt.categoryOther'), value: other },
      ],
    });
    if (choice === other) {
      const typed = await p.input({ message: t('prompt.categoryTyped'), validate: (v) => checkOneField('category', v, env, t) });
      if (typed.trim()) raw.category = typed;
    } else if (choice) raw.category = choice;
  }
  await ask('received_at', { required: true, default: humanDateTime(env.now, env.timeZone) });
  for (const field of optionalTextFields) await ask(field);
  if (raw.unit === undefined) {
    const units = listUnits(ctx.db()).filter((u) => u.active);
    if (units.length > 0) {
      const unit = await p.select<string>({
        message: t('prompt.unit'),
        choices: [{ name: t('prompt.unitNone'), value: '' }, ...units.map((u) => ({ name: `${u.code}  ${u.name}`, value: u.code }))],
      });
      if (unit) raw.unit = unit;
    }
  }
  await ask('ref');
  if (raw.anonymous === undefined && !identityFields.some((f) => raw[f] !== undefined)) {
    raw.anonymous = await p.confirm({ message: t('prompt.anonymous'), default: false });
  }
  if (raw.anonymous !== true) {
    for (const field of identityFields) await ask(field);
    if (raw.confidential === undefined) raw.confidential = await p.confirm({ message: t('prompt.confidential'), default: false });
  }
  return raw;
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
