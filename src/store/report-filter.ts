/** The report filter of `list`, `due` and `export`, turned into a WHERE clause. */

import type { DB } from './database.js';
import { withoutZeroWidth } from '../domain/text.js';

/** Who filed a report, as `list --reporter` looks for it: one key, exact (NIK, phone) or a name prefix. */
export type ReporterKey = { nik: string } | { phone: string } | { namePrefix: string };

export interface ReportFilter {
  status?: string[];
  category?: string;
  channel?: string[];
  unitId?: number;
  since?: string;
  until?: string;
  search?: string;
  officerId?: number;
  reporter?: ReporterKey;
  /** 'exclude': confidential reports are left out; 'only': nothing else (the reporter match audit). */
  confidential?: 'exclude' | 'only';
  /** Inclusive ticket ranges (a single ticket is a range of one); a report in any of them matches. */
  tickets?: { from: string; to: string }[];
  /** Current deadline strictly before this date (overdue). */
  dueBefore?: string;
  /** Current deadline on or before this date. */
  dueUntil?: string;
  /** Current deadline on or after this date. */
  dueFrom?: string;
  limit?: number;
  offset?: number;
  /** Newest received first (default), or by officer then earliest deadline (the due list). */
  orderBy?: 'received' | 'due';
}

interface Where {
  clauses: string[];
  params: (string | number)[];
}

/**
 * Turns what an admin types into an FTS5 query: every word must match, as a prefix ("jalan" finds "jalanan").
 * Zero-width characters are dropped first, as they are from stored text ("Ja\u200Blan" is one word).
 */
export function ftsQuery(text: string): string | undefined {
  const words = withoutZeroWidth(text).match(/[\p{L}\p{N}]+/gu);
  return words ? words.map((w) => `"${w}"*`).join(' ') : undefined;
}

function add(w: Where, clause: string, ...params: (string | number)[]): void {
  w.clauses.push(clause);
  w.params.push(...params);
}

function listClauses(w: Where, f: ReportFilter): void {
  if (f.status?.length) add(w, `r.status IN (${f.status.map(() => '?').join(', ')})`, ...f.status);
  if (f.channel?.length) add(w, `r.channel IN (${f.channel.map(() => '?').join(', ')})`, ...f.channel);
  if (f.category) add(w, 'r.category = ? COLLATE NOCASE', f.category);
  if (f.unitId !== undefined) add(w, 'r.unit_id = ?', f.unitId);
  if (f.since) add(w, 'r.received_date >= ?', f.since);
  if (f.until) add(w, 'r.received_date <= ?', f.until);
  if (f.officerId !== undefined) add(w, 'r.officer_id = ?', f.officerId);
  if (f.tickets?.length) {
    const ranges = f.tickets.map((t) => (t.from === t.to ? 'r.ticket = ?' : 'r.ticket BETWEEN ? AND ?'));
    add(w, `(${ranges.join(' OR ')})`, ...f.tickets.flatMap((t) => (t.from === t.to ? [t.from] : [t.from, t.to])));
  }
  if (f.confidential) add(w, `r.confidential = ${f.confidential === 'only' ? 1 : 0}`);
}

/**
 * The reporter key as index lookups: NIK and phone are equalities on their partial indexes; a
 * name prefix is a range on reports_reporter_name (migration 013), ASCII case folded as NOCASE
 * does. The range's top is the prefix followed by the highest code point, so no name that starts
 * with the prefix sorts above it; `IS NOT NULL` lets the planner use the partial index.
 */
function reporterClause(w: Where, key: ReporterKey | undefined): void {
  if (!key) return;
  if ('nik' in key) add(w, 'r.reporter_nik = ?', key.nik);
  else if ('phone' in key) add(w, 'r.reporter_phone = ?', key.phone);
  else
    add(
      w,
      'r.reporter_name IS NOT NULL AND r.reporter_name >= ? COLLATE NOCASE AND r.reporter_name < ? COLLATE NOCASE',
      key.namePrefix,
      `${key.namePrefix}\u{10FFFF}`,
    );
}

function dueClauses(w: Where, f: ReportFilter): void {
  const due: string[] = [];
  if (f.dueBefore) {
    due.push('r.due_date < ?');
    w.params.push(f.dueBefore);
  }
  if (f.dueUntil) {
    due.push('r.due_date <= ?');
    w.params.push(f.dueUntil);
  }
  if (due.length) w.clauses.push(`(${due.join(' OR ')})`);
  if (f.dueFrom) add(w, 'r.due_date >= ?', f.dueFrom);
}

/**
 * How a search joins the other filters: 'lookup' reads each full-text match's row by id; 'walk'
 * (`+r.id`, which keeps the planner off the id) walks an index in the list's order and stops at
 * the page's end, which is quicker when matches are many (a common word: 6% of a million reports).
 */
export type SearchPlan = 'lookup' | 'walk';

/** Full-text matches of what was typed, counted in the full-text index alone (0: nothing to search for). */
export function searchHits(db: DB, search: string): number {
  const match = ftsQuery(search);
  if (!match) return 0;
  return (db.prepare('SELECT count(*) AS n FROM reports_fts WHERE reports_fts MATCH ?').get(match) as { n: number }).n;
}

// Below this many matches, reading each match beats walking the index (measured on 1M reports:
// a walk expects reports / matches * page entries before its page is full).
const WALK_FROM = 2000;

export function searchPlan(f: ReportFilter, hits: number | undefined): SearchPlan {
  return hits !== undefined && hits >= WALK_FROM && (f.orderBy ?? 'received') === 'received' ? 'walk' : 'lookup';
}

/** Whether the search is the filter's only condition (its match count is then the total). */
export function onlySearch(f: ReportFilter): boolean {
  const paging = new Set(['search', 'limit', 'offset', 'orderBy']);
  return f.search !== undefined && Object.entries(f).every(([key, value]) => value === undefined || paging.has(key));
}

export function whereOf(f: ReportFilter, plan: SearchPlan = 'lookup'): { sql: string; params: (string | number)[] } {
  const w: Where = { clauses: [], params: [] };
  listClauses(w, f);
  reporterClause(w, f.reporter);
  dueClauses(w, f);
  if (f.search !== undefined) {
    const match = ftsQuery(f.search);
    const id = plan === 'walk' ? '+r.id' : 'r.id';
    if (match) add(w, `${id} IN (SELECT rowid FROM reports_fts WHERE reports_fts MATCH ?)`, match);
    else w.clauses.push('0');
  }
  return { sql: w.clauses.length ? `WHERE ${w.clauses.join(' AND ')}` : '', params: w.params };
}

/** The confidential reports a filter matches, whatever its paging (`list --reporter` audits them). */
export function confidentialMatches(db: DB, f: ReportFilter): { id: number; ticket: string }[] {
  const where = whereOf({ ...f, confidential: 'only' });
  return db.prepare(`SELECT r.id, r.ticket FROM reports r ${where.sql} ORDER BY r.id`).all(...where.params) as { id: number; ticket: string }[];
}
