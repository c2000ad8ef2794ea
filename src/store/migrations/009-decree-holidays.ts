import type { Migration } from './index.js';

/**
 * Holiday lists of decrees (SKB) an admin imported with `lapor holiday import`, for a year the
 * installed version ships no data for (or an amended one). An imported year replaces the shipped
 * file of that year as a whole; local additions and removals stay in holiday_overrides.
 */
export const m009DecreeHolidays: Migration = {
  version: 9,
  name: 'decree-holidays',
  sql: `
CREATE TABLE decree_holidays (
  date TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('national', 'collective_leave')),
  name TEXT NOT NULL,
  year INTEGER NOT NULL,
  source TEXT,
  imported_at TEXT NOT NULL,
  imported_by TEXT NOT NULL,
  PRIMARY KEY (date, kind)
);
`,
};
