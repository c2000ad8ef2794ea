import type { DB } from './database.js';
import type { RecapGrouping } from '../domain/recap.js';

/**
 * The recap's figures, computed by SQL: counts per group, and working-day durations with their
 * percentiles (window functions) against a temporary table of working-day numbers that the
 * caller fills from the agency's calendar. No personal data is selected here.
 */

/** Agency-local dates (inclusive) and the UTC instants bounding them ([start, end)). */
export interface RecapWindow {
  from: string;
  to: string;
  fromInstant: string;
  toInstant: string;
}

export interface RecapQuery {
  by: RecapGrouping;
  current: RecapWindow;
  previous: RecapWindow;
  /** The agency's UTC offset as an SQLite date modifier, e.g. '+480 minutes'. */
  offset: string;
  today: string;
  followupDays: number;
}

export interface GroupCounts {
  received: number;
  verified: number;
  assigned: number;
  responded: number;
  followedUp: number;
  done: number;
  rejected: number;
  forwarded: number;
  openNow: number;
  overdueNow: number;
}

export interface DurationFigures {
  count: number;
  median: number | null;
  p90: number | null;
  /** Measured durations within the SLA (only meaningful for the follow-up). */
  withinSla: number;
}

export type Metric = 'verify' | 'response' | 'followup';
export const metrics: readonly Metric[] = ['verify', 'response', 'followup'];

/** Keyed by period ('current' | 'previous'), then group key ('' = none, TOTAL = all groups). */
export interface RecapRows {
  counts: Map<string, Map<string, GroupCounts>>;
  durations: Map<string, Map<string, Record<Metric, DurationFigures>>>;
}

export const TOTAL = '\u0000total';

const groupSql: Record<RecapGrouping, { expr: string; join: string }> = {
  unit: { expr: "coalesce(u.code, '')", join: 'LEFT JOIN units u ON u.id = r.unit_id' },
  officer: { expr: "coalesce(o.name, '')", join: 'LEFT JOIN officers o ON o.id = r.officer_id' },
  category: { expr: "coalesce(r.category, '')", join: '' },
  channel: { expr: 'r.channel', join: '' },
  classification: { expr: 'r.classification', join: '' },
  region: { expr: "coalesce(r.region_code, '')", join: '' },
};

/** Fills the temporary working-day table (date -> working days up to it) for this connection. */
export function loadWorkingDays(db: DB, days: readonly [string, number][]): void {
  db.exec('CREATE TEMP TABLE IF NOT EXISTS recap_days (d TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID');
  db.exec('DELETE FROM temp.recap_days');
  const insert = db.prepare('INSERT INTO temp.recap_days (d, n) VALUES (?, ?)');
  for (const [d, n] of days) insert.run(d, n);
}

/** The earliest receipt date in the store (for the working-day table), or undefined when empty. */
export function earliestReceipt(db: DB): string | undefined {
  const row = db.prepare('SELECT min(received_date) AS d FROM reports').get() as { d: string | null };
  return row.d ?? undefined;
}

const emptyCounts = (): GroupCounts => ({ received: 0, verified: 0, assigned: 0, responded: 0, followedUp: 0, done: 0, rejected: 0, forwarded: 0, openNow: 0, overdueNow: 0 });

function countsInto(rows: RecapRows, period: string, group: string, patch: Partial<GroupCounts>): void {
  const byGroup = rows.counts.get(period) ?? new Map<string, GroupCounts>();
  rows.counts.set(period, byGroup);
  const counts = byGroup.get(group) ?? emptyCounts();
  byGroup.set(group, Object.assign(counts, patch));
}

// Receipts and what is open now, by receipt date.
const receivedSql = (g: { expr: string; join: string }) => `
  SELECT CASE WHEN r.received_date >= @curFrom THEN 'current' ELSE 'previous' END AS period, ${g.expr} AS grp,
         count(*) AS received,
         sum(r.status NOT IN ('done', 'rejected', 'forwarded')) AS openNow,
         sum(r.due_date IS NOT NULL AND r.due_date < @today) AS overdueNow
  FROM reports r ${g.join}
  WHERE r.received_date BETWEEN @prevFrom AND @curTo
  GROUP BY 1, 2`;

// Steps by the period they happened in; a report counts once per step kind and period.
const stepsSql = (g: { expr: string; join: string }) => `
  WITH ev AS (
    SELECT e.id, e.report_id, e.kind, e.at, CASE WHEN e.at >= @curFromI THEN 'current' ELSE 'previous' END AS period
    FROM report_events e
    WHERE e.at >= @prevFromI AND e.at < @curToI
      AND e.kind IN ('verify', 'assign', 'respond', 'followup', 'close', 'auto_close', 'reject', 'forward'))
  SELECT ev.period, ${g.expr} AS grp,
    count(DISTINCT CASE WHEN ev.kind = 'verify' THEN ev.report_id END) AS verified,
    count(DISTINCT CASE WHEN ev.kind = 'assign' THEN ev.report_id END) AS assigned,
    count(DISTINCT CASE WHEN ev.kind IN ('respond', 'followup') AND NOT EXISTS (
      SELECT 1 FROM report_events x WHERE x.report_id = ev.report_id AND x.kind IN ('respond', 'followup')
        AND (x.at < ev.at OR (x.at = ev.at AND x.id < ev.id))) THEN ev.report_id END) AS responded,
    count(DISTINCT CASE WHEN ev.kind = 'followup' THEN ev.report_id END) AS followedUp,
    count(DISTINCT CASE WHEN ev.kind IN ('close', 'auto_close') THEN ev.report_id END) AS done,
    count(DISTINCT CASE WHEN ev.kind = 'reject' THEN ev.report_id END) AS rejected,
    count(DISTINCT CASE WHEN ev.kind = 'forward' THEN ev.report_id END) AS forwarded
  FROM ev JOIN reports r ON r.id = ev.report_id ${g.join}
  GROUP BY 1, 2`;

/** "x happened before ev" in timeline order (back-dated steps sort by their `at`). */
const before = (x: string, ev: string) => `(${x}.at < ${ev}.at OR (${x}.at = ${ev}.at AND ${x}.id < ${ev}.id))`;

// One row per measured step: verification (from receipt, or from the re-opening that sent a
// rejected/forwarded report back to intake), first response (from receipt), and the first
// follow-up after each start of the unit's clock (assignment, re-opening reply, reopen).
const durationsSql = (g: { expr: string; join: string }) => `
  WITH ev AS (
    SELECT e.id, e.report_id, e.kind, e.at, CASE WHEN e.at >= @curFromI THEN 'current' ELSE 'previous' END AS period
    FROM report_events e
    WHERE e.at >= @prevFromI AND e.at < @curToI AND e.kind IN ('verify', 'respond', 'followup')),
  starts AS (
    SELECT ev.period, ev.report_id, 'verify' AS metric, ev.at,
      coalesce((SELECT date(max(x.at), @offset) FROM report_events x WHERE x.report_id = ev.report_id AND x.kind = 'reopen'
        AND x.to_status = 'recorded' AND ${before('x', 'ev')}), r.received_date) AS start
    FROM ev JOIN reports r ON r.id = ev.report_id WHERE ev.kind = 'verify'
    UNION ALL
    SELECT ev.period, ev.report_id, 'response', ev.at, r.received_date
    FROM ev JOIN reports r ON r.id = ev.report_id
    WHERE ev.kind IN ('respond', 'followup') AND NOT EXISTS (SELECT 1 FROM report_events x WHERE x.report_id = ev.report_id
      AND x.kind IN ('respond', 'followup') AND ${before('x', 'ev')})
    UNION ALL
    SELECT period, report_id, 'followup', at, date(clock, @offset) FROM (
      SELECT ev.*, (SELECT max(x.at) FROM report_events x WHERE x.report_id = ev.report_id AND ${before('x', 'ev')}
        AND (x.kind IN ('assign', 'reopen') OR (x.kind = 'reply' AND x.from_status = 'followed_up'))) AS clock
      FROM ev WHERE ev.kind = 'followup') c
    WHERE clock IS NOT NULL AND NOT EXISTS (SELECT 1 FROM report_events x WHERE x.report_id = c.report_id AND x.kind = 'followup'
      AND x.at >= c.clock AND ${before('x', 'c')})),
  measured AS (
    SELECT s.period, s.metric, ${g.expr} AS grp,
      (SELECT n FROM temp.recap_days WHERE d = date(s.at, @offset)) - (SELECT n FROM temp.recap_days WHERE d = s.start) AS days
    FROM starts s JOIN reports r ON r.id = s.report_id ${g.join}),
  both AS (SELECT period, metric, grp, days FROM measured UNION ALL SELECT period, metric, @total, days FROM measured),
  ranked AS (
    SELECT period, metric, grp, days, row_number() OVER w AS rn, count(*) OVER (PARTITION BY period, metric, grp) AS cnt
    FROM both WINDOW w AS (PARTITION BY period, metric, grp ORDER BY days))
  SELECT period, metric, grp, count(*) AS count,
    min(CASE WHEN rn * 2 >= cnt THEN days END) AS median,
    min(CASE WHEN rn * 10 >= cnt * 9 THEN days END) AS p90,
    sum(days <= @sla) AS withinSla
  FROM ranked GROUP BY 1, 2, 3`;

type Row = Record<string, string | number | null> & { period: string; grp: string };

/** Both periods' figures in three statements; call inside a read transaction. */
export function recapRows(db: DB, q: RecapQuery): RecapRows {
  const g = groupSql[q.by];
  const params = {
    curFrom: q.current.from,
    curTo: q.current.to,
    prevFrom: q.previous.from,
    curFromI: q.current.fromInstant,
    curToI: q.current.toInstant,
    prevFromI: q.previous.fromInstant,
    today: q.today,
  };
  const rows: RecapRows = { counts: new Map(), durations: new Map() };
  for (const r of db.prepare(receivedSql(g)).all(params) as Row[]) {
    countsInto(rows, r.period, r.grp, { received: Number(r.received), openNow: Number(r.openNow), overdueNow: Number(r.overdueNow) });
  }
  for (const r of db.prepare(stepsSql(g)).all(params) as Row[]) {
    const { verified, assigned, responded, followedUp, done, rejected, forwarded } = r;
    countsInto(rows, r.period, r.grp, { verified, assigned, responded, followedUp, done, rejected, forwarded } as Partial<GroupCounts>);
  }
  const durationParams = { ...params, offset: q.offset, total: TOTAL, sla: q.followupDays };
  for (const r of db.prepare(durationsSql(g)).all(durationParams) as Row[]) {
    const byGroup = rows.durations.get(r.period) ?? new Map<string, Record<Metric, DurationFigures>>();
    rows.durations.set(r.period, byGroup);
    const figures = byGroup.get(r.grp) ?? emptyDurations();
    figures[r.metric as Metric] = { count: Number(r.count), median: r.median === null ? null : Number(r.median), p90: r.p90 === null ? null : Number(r.p90), withinSla: Number(r.withinSla) };
    byGroup.set(r.grp, figures);
  }
  return rows;
}

export function emptyDurations(): Record<Metric, DurationFigures> {
  const none = (): DurationFigures => ({ count: 0, median: null, p90: null, withinSla: 0 });
  return { verify: none(), response: none(), followup: none() };
}

/** Received and followed up per month (agency-local), for the trend chart. */
export function monthlyTrend(db: DB, q: { from: string; to: string; fromInstant: string; toInstant: string; offset: string }): Map<string, { received: number; followedUp: number }> {
  const out = new Map<string, { received: number; followedUp: number }>();
  const slot = (m: string) => out.get(m) ?? (out.set(m, { received: 0, followedUp: 0 }), out.get(m)!);
  const received = db.prepare('SELECT substr(received_date, 1, 7) AS m, count(*) AS n FROM reports WHERE received_date BETWEEN ? AND ? GROUP BY 1').all(q.from, q.to) as { m: string; n: number }[];
  for (const r of received) slot(r.m).received = r.n;
  const followed = db
    .prepare(`SELECT substr(date(at, ?), 1, 7) AS m, count(DISTINCT report_id) AS n FROM report_events WHERE kind = 'followup' AND at >= ? AND at < ? GROUP BY 1`)
    .all(q.offset, q.fromInstant, q.toInstant) as { m: string; n: number }[];
  for (const r of followed) slot(r.m).followedUp = r.n;
  return out;
}

export interface OverdueRow {
  officer: string | null;
  unit: string | null;
  ticket: string;
  dueKind: string;
  dueDate: string;
}

/** Every report late now (its current deadline before today), by officer: no title, no reporter. */
export function overdueNow(db: DB, today: string, limit: number): OverdueRow[] {
  return db
    .prepare(
      `SELECT o.name AS officer, u.code AS unit, r.ticket, r.due_kind AS dueKind, r.due_date AS dueDate
       FROM reports r LEFT JOIN officers o ON o.id = r.officer_id LEFT JOIN units u ON u.id = r.unit_id
       WHERE r.due_date IS NOT NULL AND r.due_date < ? ORDER BY o.name IS NULL, o.name, r.due_date, r.ticket LIMIT ?`,
    )
    .all(today, limit) as OverdueRow[];
}

export interface LateForLetter {
  officer: string;
  unitName: string | null;
  ticket: string;
  /** The report's title (free text: the caller masks it); no reporter column is read. */
  title: string;
  confidential: boolean;
  anonymous: boolean;
  dueKind: string;
  dueDate: string;
}

/** Assigned reports late now, by officer, for the reminder letters. */
export function lateForLetters(db: DB, today: string): LateForLetter[] {
  const rows = db
    .prepare(
      `SELECT o.name AS officer, u.name AS unitName, r.ticket, r.title, r.confidential, r.anonymous, r.due_kind AS dueKind, r.due_date AS dueDate
       FROM reports r JOIN officers o ON o.id = r.officer_id LEFT JOIN units u ON u.id = o.unit_id
       WHERE r.due_date IS NOT NULL AND r.due_date < ? ORDER BY o.name, r.due_date, r.ticket`,
    )
    .all(today) as (Omit<LateForLetter, 'confidential' | 'anonymous'> & { confidential: number; anonymous: number })[];
  return rows.map((r) => ({ ...r, confidential: r.confidential === 1, anonymous: r.anonymous === 1 }));
}

/** Reports received in [from, to] with their steps, for the evidence bundle: no title, no reporter. */
export function evidenceReports(db: DB, from: string, to: string): Record<string, string | null>[] {
  return db
    .prepare(
      `SELECT r.ticket, r.received_date, r.classification, r.channel, r.category, r.region_code AS region, u.code AS unit, o.name AS officer, r.status,
              r.verify_by, r.followup_by, r.complete_by
       FROM reports r LEFT JOIN units u ON u.id = r.unit_id LEFT JOIN officers o ON o.id = r.officer_id
       WHERE r.received_date BETWEEN ? AND ? ORDER BY r.received_at, r.id`,
    )
    .all(from, to) as Record<string, string | null>[];
}

export function evidenceSteps(db: DB, from: string, to: string): { ticket: string; kind: string; at: string; officer: string | null; from_status: string | null; to_status: string | null }[] {
  return db
    .prepare(
      `SELECT r.ticket, e.kind, e.at, o.name AS officer, e.from_status, e.to_status
       FROM reports r JOIN report_events e ON e.report_id = r.id LEFT JOIN officers o ON o.id = e.officer_id
       WHERE r.received_date BETWEEN ? AND ? ORDER BY r.received_at, r.id, e.at, e.id`,
    )
    .all(from, to) as never;
}
