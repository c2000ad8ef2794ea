/** The recap queries: counts per group and working-day durations, measured by SQL over one read snapshot. */

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
  /** The agency's UTC offset in seconds (Indonesian zones keep one all year). */
  offsetSeconds: number;
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

/**
 * Fills the temporary working-day table (day number since 1970-01-01 -> working days up to it) for
 * this connection. Integer keys: the durations join it once per measured step.
 */
export function loadWorkingDays(db: DB, days: readonly [number, number][]): void {
  db.exec('CREATE TEMP TABLE IF NOT EXISTS recap_days (day INTEGER PRIMARY KEY, n INTEGER NOT NULL)');
  db.exec('DELETE FROM temp.recap_days');
  const insert = db.prepare('INSERT INTO temp.recap_days (day, n) VALUES (?, ?)');
  for (const [day, n] of days) insert.run(day, n);
}

/** The earliest receipt date in the store (for the working-day table), or undefined when empty. */
export function earliestReceipt(db: DB): string | undefined {
  // Through the received_at index: the first receipt's local date.
  const row = db.prepare('SELECT received_date AS d FROM reports ORDER BY received_at LIMIT 1').get() as { d: string } | undefined;
  return row?.d;
}

/** Every count at zero: a group with no rows in a period. */
export const emptyCounts = (): GroupCounts => ({
  received: 0,
  verified: 0,
  assigned: 0,
  responded: 0,
  followedUp: 0,
  done: 0,
  rejected: 0,
  forwarded: 0,
  openNow: 0,
  overdueNow: 0,
});

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
  WHERE r.received_at >= @prevFromI AND r.received_at < @curToI AND r.received_date BETWEEN @prevFrom AND @curTo
  GROUP BY 1, 2`;

const stepKinds = "('verify', 'assign', 'respond', 'followup', 'close', 'auto_close', 'reject', 'forward')";
const periodOf = "CASE WHEN e.at >= @curFromI THEN 'current' ELSE 'previous' END";

// A report counts once per kind of step and period: first per report, straight off the covering
// index on the step time (migration 010), then per group (one look-up of the report each).
const stepsSql = (g: { expr: string; join: string }) => `
  SELECT s.period, ${g.expr} AS grp, sum(v) AS verified, sum(a) AS assigned, sum(fr) AS responded, sum(f) AS followedUp, sum(d) AS done, sum(rj) AS rejected, sum(fw) AS forwarded
  FROM (
    SELECT ${periodOf} AS period, e.report_id, max(e.kind = 'verify') AS v, max(e.kind = 'assign') AS a, max(e.first_response) AS fr, max(e.kind = 'followup') AS f,
      max(e.kind IN ('close', 'auto_close')) AS d, max(e.kind = 'reject') AS rj, max(e.kind = 'forward') AS fw
    FROM report_events e WHERE e.at >= @prevFromI AND e.at < @curToI AND e.kind IN ${stepKinds} GROUP BY e.report_id, 1) s
  JOIN reports r ON r.id = s.report_id ${g.join}
  GROUP BY 1, 2`;

// The steps that stop a clock, with the clock's start as the lifecycle stored it on the step
// (migration 010): a verification (from receipt, or from the re-opening that sent the report back
// to intake), the report's first response (from receipt), the unit's first follow-up since its
// clock started. Working days per measured step as a histogram (durations are small whole
// numbers), per group and in total; the nearest-rank median and 90th percentile are read off its
// running sum (a window over the few histogram rows), with how many follow-ups were within the SLA.
const durationsSql = (g: { expr: string; join: string }) => `
  -- Materialized: read once (through the reports) for the three metrics, not once per metric.
  WITH measured AS MATERIALIZED (
    SELECT ${periodOf} AS period, ${g.expr} AS grp, e.kind, e.first_response, e.clock_from,
      -- Days only where a duration is measured: parsing a timestamp is most of a row's cost.
      (unixepoch(e.at) + CAST(@offset AS INTEGER)) / 86400 AS day, unixepoch(r.received_date) / 86400 AS received_day
    FROM report_events e JOIN reports r ON r.id = e.report_id ${g.join}
    WHERE e.at >= @prevFromI AND e.at < @curToI AND e.kind IN ('verify', 'respond', 'followup')
      AND (e.kind = 'verify' OR e.first_response = 1 OR e.clock_from IS NOT NULL)),
  starts AS (
    SELECT period, grp, 'verify' AS metric, day, coalesce((unixepoch(clock_from) + CAST(@offset AS INTEGER)) / 86400, received_day) AS start FROM measured WHERE kind = 'verify'
    UNION ALL SELECT period, grp, 'response', day, received_day FROM measured WHERE first_response
    UNION ALL SELECT period, grp, 'followup', day, (unixepoch(clock_from) + CAST(@offset AS INTEGER)) / 86400 FROM measured WHERE kind = 'followup' AND clock_from IS NOT NULL),
  histogram AS (
    SELECT period, metric, grp, (SELECT n FROM temp.recap_days WHERE day = s.day) - (SELECT n FROM temp.recap_days WHERE day = s.start) AS days, count(*) AS k
    FROM starts s GROUP BY 1, 2, 3, 4),
  both AS (SELECT period, metric, grp, days, k FROM histogram UNION ALL SELECT period, metric, @total, days, sum(k) FROM histogram GROUP BY 1, 2, 4),
  running AS (
    SELECT period, metric, grp, days, k, sum(k) OVER (PARTITION BY period, metric, grp ORDER BY days) AS upto, sum(k) OVER (PARTITION BY period, metric, grp) AS cnt
    FROM both)
  SELECT period, metric, grp, max(cnt) AS count,
    min(CASE WHEN upto * 2 >= cnt THEN days END) AS median,
    min(CASE WHEN upto * 10 >= cnt * 9 THEN days END) AS p90,
    sum(CASE WHEN days <= @sla THEN k ELSE 0 END) AS withinSla
  FROM running GROUP BY 1, 2, 3`;

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
  // Smaller page caches than better-sqlite3's 16 MB each: the recap reads each page about once, and
  // the sorts of its GROUP BYs spill early instead of growing the process (peak RSS -20 MB, same time).
  db.pragma('temp.cache_size = -2000');
  db.pragma('main.cache_size = -4000');
  for (const r of db.prepare(receivedSql(g)).all(params) as Row[]) {
    countsInto(rows, r.period, r.grp, { received: Number(r.received), openNow: Number(r.openNow), overdueNow: Number(r.overdueNow) });
  }
  for (const r of db.prepare(stepsSql(g)).all(params) as Row[]) {
    const { verified, assigned, responded, followedUp, done, rejected, forwarded } = r;
    countsInto(rows, r.period, r.grp, { verified, assigned, responded, followedUp, done, rejected, forwarded } as Partial<GroupCounts>);
  }
  for (const r of db.prepare(durationsSql(g)).all({ ...params, offset: q.offsetSeconds, total: TOTAL, sla: q.followupDays }) as Row[]) {
    const byGroup = rows.durations.get(r.period) ?? new Map<string, Record<Metric, DurationFigures>>();
    rows.durations.set(r.period, byGroup);
    const figures = byGroup.get(r.grp) ?? emptyDurations();
    figures[r.metric as Metric] = {
      count: Number(r.count),
      median: r.median === null ? null : Number(r.median),
      p90: r.p90 === null ? null : Number(r.p90),
      withinSla: Number(r.withinSla),
    };
    byGroup.set(r.grp, figures);
  }
  return rows;
}

export function emptyDurations(): Record<Metric, DurationFigures> {
  const none = (): DurationFigures => ({ count: 0, median: null, p90: null, withinSla: 0 });
  return { verify: none(), response: none(), followup: none() };
}

/** Received and followed up per month (agency-local), for the trend chart. */
export function monthlyTrend(
  db: DB,
  q: { from: string; to: string; fromInstant: string; toInstant: string; offset: string },
): Map<string, { received: number; followedUp: number }> {
  const out = new Map<string, { received: number; followedUp: number }>();
  const slot = (m: string) => out.get(m) ?? (out.set(m, { received: 0, followedUp: 0 }), out.get(m)!);
  const received = db
    .prepare(
      'SELECT substr(received_date, 1, 7) AS m, count(*) AS n FROM reports WHERE received_at >= ? AND received_at < ? AND received_date BETWEEN ? AND ? GROUP BY 1',
    )
    .all(q.fromInstant, q.toInstant, q.from, q.to) as { m: string; n: number }[];
  for (const r of received) slot(r.m).received = r.n;
  const followed = db
    .prepare(
      `SELECT substr(date(at, ?), 1, 7) AS m, count(DISTINCT report_id) AS n FROM report_events WHERE kind = 'followup' AND at >= ? AND at < ? GROUP BY 1`,
    )
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

export function evidenceSteps(
  db: DB,
  from: string,
  to: string,
): { ticket: string; kind: string; at: string; officer: string | null; from_status: string | null; to_status: string | null }[] {
  return db
    .prepare(
      `SELECT r.ticket, e.kind, e.at, o.name AS officer, e.from_status, e.to_status
       FROM reports r JOIN report_events e ON e.report_id = r.id LEFT JOIN officers o ON o.id = e.officer_id
       WHERE r.received_date BETWEEN ? AND ? ORDER BY r.received_at, r.id, e.at, e.id`,
    )
    .all(from, to) as never;
}
