/** Report validation: raw fields as typed in, a draft or the problems out. */

import { fieldError, fieldWarning, hasErrors, type FieldProblem } from './problems.js';
import { parseChannel, parseClassification, normalizeCategory, classifications, channels } from './vocabulary.js';
import type { Channel, Classification } from './vocabulary.js';
import { checkText } from './text.js';
import { validateNik } from './nik.js';
import { normalizePhone } from './phone.js';
import { validateEmail } from './email.js';
import { parseDate, parseDateTime, localDateOf } from './dates.js';
import { normalizeRegionCode, type RegionTable } from './region.js';
import type { ReportFieldName } from './fields.js';
import { identityFields, flagOf } from './fields.js';

// The field list itself is domain/fields.ts (the table the rest is driven by); re-exported for existing callers.
export { reportFieldNames, requiredFields, identityFields, flagOf, type ReportFieldName } from './fields.js';
export type RawReport = Partial<Record<ReportFieldName, string | boolean | null | undefined>>;

export const limits = {
  title: { min: 5, max: 200 },
  description: { min: 10, max: 20_000 },
  category: { max: 100 },
  location: { max: 500 },
  unit: { max: 100 },
  ref: { max: 100 },
  reporter_name: { max: 200 },
  address: { max: 500 },
} as const;

export interface Reporter {
  name?: string;
  nik?: string;
  phone?: string;
  phoneRaw?: string;
  email?: string;
  address?: string;
}

/** A validated report, ready to store. Dates: receivedAt is an instant, the others agency-local dates. */
export interface ReportDraft {
  classification: Classification;
  channel: Channel;
  title: string;
  description: string;
  category?: string;
  receivedAt: string;
  receivedDate: string;
  incidentDate?: string;
  location?: string;
  regionCode?: string;
  regionName?: string;
  unit?: string;
  ref?: string;
  anonymous: boolean;
  confidential: boolean;
  reporter: Reporter;
}

export interface ValidationEnv {
  now: Date;
  timeZone: string;
  categories: readonly string[];
  regions: RegionTable;
  /** The agency's own area (setting agency.region), when set: a region outside it is a doubt. */
  agencyRegion?: string;
}

function text(raw: RawReport, field: ReportFieldName): string | undefined {
  const value = raw[field];
  if (value === undefined || value === null || typeof value === 'boolean') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** true/false from a flag, JSON or a CSV cell (ya/tidak, 1/0, yes/no). */
export function parseBool(value: string | boolean | null | undefined): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === undefined || value === null || value.trim() === '') return undefined;
  const v = value.trim().toLowerCase();
  if (['1', 'true', 'yes', 'y', 'ya', 'iya', 'x'].includes(v)) return true;
  if (['0', 'false', 'no', 'n', 'tidak', 't', 'bukan'].includes(v)) return false;
  return undefined;
}

/** Collects a check's problems and returns its value. */
function take<T>(problems: FieldProblem[], result: { value?: T; problems: FieldProblem[] }): T | undefined {
  problems.push(...result.problems);
  return result.value;
}

export function validateReport(raw: RawReport, env: ValidationEnv): { draft?: ReportDraft; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const optionalText = (field: keyof typeof limits): string | undefined => take(problems, checkText(text(raw, field), field, { max: limits[field].max }));

  const title = take(problems, checkText(text(raw, 'title'), 'title', { required: true, ...limits.title }));
  const description = take(problems, checkText(text(raw, 'description'), 'description', { required: true, ...limits.description }));
  const { classification, channel } = checkVocabulary(raw, problems);
  let category = optionalText('category');
  if (category !== undefined) {
    const match = normalizeCategory(category, env.categories);
    category = match.value;
    if (!match.known) problems.push(fieldWarning('category', 'report.unknownCategory', { value: category }));
  }
  const { receivedAt, receivedDate, incidentDate, today } = checkDates(raw, env, problems);
  const location = optionalText('location');
  const regionText = text(raw, 'region');
  const regionCode = regionText === undefined ? undefined : take(problems, normalizeRegionCode(regionText, 'region'));
  const regionName = regionCode === undefined ? undefined : env.regions.name(regionCode);
  if (regionCode !== undefined && !env.regions.plausible(regionCode)) {
    problems.push(fieldWarning('region', 'report.unknownRegion', { value: regionCode }));
  }
  const area = env.agencyRegion;
  if (regionCode !== undefined && area && regionCode !== area && !regionCode.startsWith(`${area}.`)) {
    problems.push(fieldWarning('region', 'report.regionOutsideAgency', { value: regionCode, area }));
  }
  const unit = optionalText('unit');
  const ref = optionalText('ref');
  const anonymous = readFlag(raw, 'anonymous', problems);
  const confidential = readFlag(raw, 'confidential', problems);
  const reporter = checkReporter(raw, env, today, { anonymous, confidential }, problems);

  if (hasErrors(problems)) return { problems };
  const draft: ReportDraft = {
    classification: classification!,
    channel: channel!,
    title: title!,
    description: description!,
    receivedAt: receivedAt!,
    receivedDate: receivedDate!,
    anonymous: anonymous ?? false,
    confidential: anonymous ? false : (confidential ?? false),
    reporter: dropUndefined(reporter),
  };
  Object.assign(draft, dropUndefined({ category, incidentDate, location, regionCode, regionName, unit, ref }));
  return { draft, problems };
}

/** Classification (default complaint) and channel (required), with their Indonesian aliases. */
function checkVocabulary(raw: RawReport, problems: FieldProblem[]): { classification?: Classification; channel?: Channel } {
  const classificationText = text(raw, 'classification') ?? 'complaint';
  const classification = parseClassification(classificationText);
  if (!classification) {
    problems.push(fieldError('classification', 'report.classification', { value: classificationText, allowed: classifications.join(', ') }));
  }
  const channelText = text(raw, 'channel');
  const channel = channelText === undefined ? undefined : parseChannel(channelText);
  if (channelText === undefined) problems.push(fieldError('channel', 'text.required', { field: 'channel' }));
  else if (!channel) problems.push(fieldError('channel', 'report.channel', { value: channelText, allowed: channels.join(', ') }));
  return { classification, channel };
}

/** The same day a year earlier (29 February: 28 February), as YYYY-MM-DD. */
function yearBefore(date: string): string {
  const year = String(Number(date.slice(0, 4)) - 1).padStart(4, '0');
  return date.slice(5) === '02-29' ? `${year}-02-28` : `${year}${date.slice(4)}`;
}

/** Receipt (default now, not in the future) and incident date (not after the receipt), in the agency's zone. */
function checkDates(raw: RawReport, env: ValidationEnv, problems: FieldProblem[]) {
  const receivedText = text(raw, 'received_at');
  const receivedAt = receivedText === undefined ? env.now.toISOString() : take(problems, parseDateTime(receivedText, 'received_at', env.timeZone));
  const today = localDateOf(env.now, env.timeZone);
  let receivedDate: string | undefined;
  if (receivedAt !== undefined) {
    receivedDate = localDateOf(receivedAt, env.timeZone);
    // Five minutes of slack: the clock of the PC at the counter is rarely exact.
    if (Date.parse(receivedAt) > env.now.getTime() + 5 * 60_000) {
      problems.push(fieldError('received_at', 'report.future', { field: 'received_at', value: receivedText ?? '' }));
    }
  }
  const incidentText = text(raw, 'incident_date');
  const incidentDate = incidentText === undefined ? undefined : take(problems, parseDate(incidentText, 'incident_date'));
  if (incidentDate !== undefined) {
    if (incidentDate > today) problems.push(fieldError('incident_date', 'report.future', { field: 'incident_date', value: incidentText ?? '' }));
    else if (receivedDate !== undefined && incidentDate > receivedDate) {
      problems.push(fieldError('incident_date', 'report.incidentAfterReceived', { incident: incidentDate, received: receivedDate }));
    }
  }
  // A year is a typo's distance (2025 for 2026): kept, but said, since a deadline counts from it.
  if (receivedText !== undefined && receivedDate !== undefined && receivedDate < yearBefore(today)) {
    problems.push(fieldWarning('received_at', 'report.receivedLongAgo', { field: 'received_at', date: receivedDate }));
  }
  if (incidentDate !== undefined && receivedDate !== undefined && incidentDate < yearBefore(receivedDate)) {
    problems.push(fieldWarning('incident_date', 'report.incidentLongAgo', { field: 'incident_date', date: incidentDate }));
  }
  return { receivedAt, receivedDate, incidentDate, today };
}

/** The reporter's identity: none for an anonymous report, each part checked otherwise. */
function checkReporter(
  raw: RawReport,
  env: ValidationEnv,
  today: string,
  flags: { anonymous?: boolean; confidential?: boolean },
  problems: FieldProblem[],
): Reporter {
  const reporter: Reporter = {};
  if (flags.anonymous) {
    const given = identityFields.filter((f) => text(raw, f) !== undefined);
    if (given.length > 0) problems.push(fieldError('anonymous', 'report.anonymousWithIdentity', { fields: given.map(flagOf).join(', ') }));
    if (flags.confidential) problems.push(fieldWarning('confidential', 'report.anonymousConfidential'));
    return reporter;
  }
  reporter.name = take(problems, checkText(text(raw, 'reporter_name'), 'reporter_name', { max: limits.reporter_name.max }));
  reporter.address = take(problems, checkText(text(raw, 'address'), 'address', { max: limits.address.max }));
  const nikText = text(raw, 'nik');
  if (nikText !== undefined) {
    reporter.nik = take(problems, validateNik(nikText, { field: 'nik', today, isKnownRegion: (code) => env.regions.plausible(code) }));
  }
  const phoneText = text(raw, 'phone');
  if (phoneText !== undefined) {
    const phone = normalizePhone(phoneText, 'phone');
    problems.push(...phone.problems);
    // A landline is valid, but the reporter will not get SMS or WhatsApp updates on it.
    if (phone.e164 !== undefined && phone.kind === 'fixed') problems.push(fieldWarning('phone', 'report.phoneNotMobile', { field: 'phone' }));
    reporter.phone = phone.e164;
    reporter.phoneRaw = phone.raw;
  }
  const emailText = text(raw, 'email');
  if (emailText !== undefined) reporter.email = take(problems, validateEmail(emailText, 'email'));
  return reporter;
}

function readFlag(raw: RawReport, field: 'anonymous' | 'confidential', problems: FieldProblem[]): boolean | undefined {
  const value = raw[field];
  const parsed = parseBool(value);
  if (parsed === undefined && value !== undefined && value !== null && String(value).trim() !== '') {
    problems.push(fieldError(field, 'report.bool', { field, value: String(value) }));
  }
  return parsed;
}

function dropUndefined<T extends object>(value: T): T {
  // A loop, not Object.fromEntries(entries().filter()): imports call this twice a row.
  const out: Record<string, unknown> = {};
  for (const key in value) if (value[key] !== undefined) out[key] = value[key];
  return out as T;
}

export function formatTicket(agencyCode: string, year: number, sequence: number): string {
  return `${agencyCode}-${year}-${String(sequence).padStart(6, '0')}`;
}

/** Tickets are typed from paper receipts: accept any case and surrounding spaces. */
export function normalizeTicket(input: string): string {
  return input.trim().toUpperCase();
}

/**
 * A ticket range as typed after `list --ticket`: `FROM..TO` or one ticket (a range of one), in
 * any case. Undefined when an end is not a ticket. Tickets compare as text: within one agency the
 * sequence has 6 digits until a year passes 999,999 reports.
 */
export function parseTicketRange(input: string): { from: string; to: string } | undefined {
  const ends = input.split('..').map(normalizeTicket);
  const ticket = /^[A-Z0-9]{2,10}-\d{4}-\d{6,}$/;
  if (ends.length > 2 || !ends.every((e) => ticket.test(e))) return undefined;
  return { from: ends[0]!, to: ends.at(-1)! };
}
