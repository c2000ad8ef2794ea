/** `list --reporter`: what was typed as a reporter key, and the audited match on confidential reports. */

import type { AppContext } from '../context.js';
import { UsageError } from '../errors.js';
import { normalizePhone } from '../domain/phone.js';
import { reporterMatchAudit, reporterMatchListed } from '../domain/pii.js';
import { confidentialMatches, type ReportFilter, type ReporterKey } from '../store/report-filter.js';
import { recordAudit } from './audit.js';

const PHONE_LIKE = /^\+?[\d\s().-]+$/;

/**
 * A NIK is 16 digits (spaces allowed); anything else made of digits and phone punctuation is a
 * phone number, normalised as the validators store it (E.164), so 0812-3456-7890 finds
 * +6281234567890; the rest is the start of a name (spaces collapsed).
 */
export function reporterKey(input: string): ReporterKey {
  const text = input.trim();
  const digits = text.replace(/\s+/g, '');
  if (/^\d{16}$/.test(digits)) return { nik: digits };
  if (PHONE_LIKE.test(text)) {
    const phone = normalizePhone(text).e164;
    if (!phone) throw new UsageError('list.badReporter', { value: text });
    return { phone };
  }
  if (!text) throw new UsageError('list.badReporter', { value: input });
  return { namePrefix: text.replace(/\s+/g, ' ') };
}

function matchedOn(key: ReporterKey): 'nik' | 'phone' | 'name' {
  return 'nik' in key ? 'nik' : 'phone' in key ? 'phone' : 'name';
}

/**
 * Applies the personal-data policy to a reporter search before it runs: the confidential reports
 * it matches are audited (one entry each, before anything is shown), and left out of the filter
 * unless a reason was given, with a warning that says how many and how to list them.
 */
export function guardReporterMatch(ctx: AppContext, filter: ReportFilter, reason: string | undefined): ReportFilter {
  if (!filter.reporter) {
    if (reason !== undefined) throw new UsageError('list.reasonNeedsReporter');
    return filter;
  }
  const matches = confidentialMatches(ctx.db(), filter);
  if (matches.length === 0) return filter;
  const listed = reporterMatchListed({ anonymous: false, confidential: true }, reason);
  const details = reporterMatchAudit(matchedOn(filter.reporter), reason, listed);
  recordAudit(ctx, ...matches.map((m) => ({ action: 'report.reporter_match', entity: 'report', entityId: m.id, ticket: m.ticket, details })));
  if (listed) return filter;
  ctx.io.warn('list.confidentialWithheld', { count: matches.length });
  return { ...filter, confidential: 'exclude' };
}
