/** Reports for read commands, with current deadlines computed on the fly when the stored ones are stale. */

import type { AppContext } from '../context.js';
import type { StoredReport } from '../domain/report-record.js';
import { deadlinesOf, type DeadlineEnv } from '../domain/deadlines.js';
import { finalStatuses, statuses } from '../domain/lifecycle.js';
import { listReports, type ReportFilter, type ReportPage } from '../store/reports-repo.js';

/*
 * Reads of reports with their deadlines. Read commands never write: when the stored deadlines are
 * stale (Deadlines.stale()), the ones shown are computed here on the fly with today's policy and
 * calendar, a warning says so, and the next write command stores them (deadlinesForWrite).
 */

type Fix = (report: StoredReport) => StoredReport;

/** A report with the deadlines `env` gives it, in place of the stored columns. */
function withDeadlines(report: StoredReport, env: DeadlineEnv): StoredReport {
  const w = report.workflow;
  const d = deadlinesOf(
    {
      status: report.status,
      receivedAt: report.receivedAt,
      followupFrom: w.followupFrom,
      lastFollowupAt: w.lastFollowupAt,
      lastFollowupFinal: w.lastFollowupFinal,
      replyAfterFollowup: w.replyAfterFollowup,
    },
    env,
  );
  const workflow = { ...w, verifyBy: d.verifyBy, followupBy: d.followupBy ?? undefined, autoCloseOn: d.autoCloseOn ?? undefined, completeBy: d.completeBy };
  return { ...report, workflow: { ...workflow, dueKind: d.dueKind ?? undefined, dueDate: d.dueDate ?? undefined } };
}

/** undefined when the stored deadlines are current; otherwise warns once and returns the fix-up. */
function staleFix(ctx: AppContext): Fix | undefined {
  const deadlines = ctx.deadlines();
  if (!deadlines.stale()) return undefined;
  ctx.io.warn('workflow.deadlinesStale');
  const env = deadlines.env();
  return (report) => withDeadlines(report, env);
}

/** The report with its deadlines current (`show`). */
export function withCurrentDeadlines(ctx: AppContext, report: StoredReport): StoredReport {
  const fix = staleFix(ctx);
  return fix ? fix(report) : report;
}

function dueMatches(f: ReportFilter, due: string | undefined): boolean {
  if (due === undefined) return false;
  const either = (f.dueBefore !== undefined && due < f.dueBefore) || (f.dueUntil !== undefined && due <= f.dueUntil);
  if ((f.dueBefore !== undefined || f.dueUntil !== undefined) && !either) return false;
  return f.dueFrom === undefined || due >= f.dueFrom;
}

/** The due list's order in SQL: officers by name, unassigned last, then the earliest deadline. */
function byOfficerThenDue(a: StoredReport, b: StoredReport): number {
  const oa = a.workflow.officerName;
  const ob = b.workflow.officerName;
  if (oa !== ob) return oa === undefined ? 1 : ob === undefined ? -1 : oa < ob ? -1 : 1;
  const da = a.workflow.dueDate ?? '';
  const db = b.workflow.dueDate ?? '';
  return da < db ? -1 : da > db ? 1 : a.id - b.id;
}

/**
 * `list` and `due`. Filters on deadlines are an index range scan over the stored columns; while
 * those are stale, every open report matching the other filters is read and its deadline computed
 * (slower, but only until the next write command repairs them).
 */
export function listReportsForRead(ctx: AppContext, filter: ReportFilter): ReportPage {
  const fix = staleFix(ctx);
  const db = ctx.db();
  if (!fix) return listReports(db, filter);
  const { dueBefore, dueUntil, dueFrom, limit, offset = 0, ...rest } = filter;
  if (dueBefore === undefined && dueUntil === undefined && dueFrom === undefined) {
    const page = listReports(db, filter);
    return { rows: page.rows.map(fix), total: page.total };
  }
  // Final reports have no current deadline, so only open ones can match.
  const open = statuses.filter((s) => !finalStatuses.has(s) && (rest.status === undefined || rest.status.includes(s)));
  if (open.length === 0) return { rows: [], total: () => 0 };
  const matching = listReports(db, { ...rest, status: open })
    .rows.map(fix)
    .filter((r) => dueMatches(filter, r.workflow.dueDate));
  if (filter.orderBy === 'due') matching.sort(byOfficerThenDue);
  return { rows: matching.slice(offset, limit === undefined ? undefined : offset + limit), total: () => matching.length };
}
