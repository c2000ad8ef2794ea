/** The citizen's receipt (tanda terima): what the counter hands over, built from one stored report. */

import type { AppContext } from '../context.js';
import type { StoredReport } from '../domain/report-record.js';
import { reporterView, type HiddenReason } from '../domain/pii.js';
import { humanDateTime } from '../domain/dates.js';

/** How many characters of the description the receipt repeats: enough to recognise the report. */
const SUMMARY_CHARS = 160;

export interface Receipt {
  agency: { code: string; name: string };
  ticket: string;
  /** Date and time of receipt as people read it: `2026-12-01 09:30 WITA`. */
  receivedLocal: string;
  channel: string;
  classification: string;
  title: string;
  summary: string;
  /** The reporter as lists show them (the personal-data policy): a name, or why it is withheld. */
  reporter: { name: string | null; hidden: HiddenReason | null };
  deadlines: {
    verifyBy: string | null;
    followupDays: number;
    followupBy: string | null;
    completeBy: string | null;
    /** Deadline dates in a year whose holiday decree is not out yet (they may still move). */
    provisional: string[];
  };
  national: { trackingId: string | null; id: string | null };
  printedLocal: string;
}

/** The description cut at a word boundary near SUMMARY_CHARS, with an ellipsis when cut. */
export function shortSummary(text: string, limit = SUMMARY_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if ([...flat].length <= limit) return flat;
  const head = [...flat].slice(0, limit).join('');
  const space = head.lastIndexOf(' ');
  return `${(space > limit / 2 ? head.slice(0, space) : head).trimEnd()}…`;
}

export function buildReceipt(ctx: AppContext, r: StoredReport): Receipt {
  const settings = ctx.settings();
  const tz = settings.timezone;
  const calendar = ctx.deadlines().env().calendar;
  const w = r.workflow;
  const dates = [w.verifyBy, w.followupBy, w.completeBy].filter((d): d is string => typeof d === 'string');
  const view = reporterView(r, 'list');
  return {
    agency: { code: settings.agency.code, name: settings.agency.name },
    ticket: r.ticket,
    receivedLocal: humanDateTime(r.receivedAt, tz),
    channel: r.channel,
    classification: r.classification,
    title: r.title,
    summary: shortSummary(r.description),
    reporter: { name: view.name, hidden: view.hidden },
    deadlines: {
      verifyBy: w.verifyBy ?? null,
      followupDays: settings.sla.followupDays,
      followupBy: w.followupBy ?? null,
      completeBy: w.completeBy ?? null,
      provisional: dates.filter((d) => calendar.isProvisional(d)),
    },
    national: { trackingId: r.national.trackingId ?? null, id: r.national.id ?? null },
    printedLocal: humanDateTime(ctx.clock(), tz),
  };
}
