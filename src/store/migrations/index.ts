import { m001Initial } from './001-initial.js';
import { m002Workflow } from './002-workflow.js';
import { m003Export } from './003-export.js';
import { m004Import } from './004-import.js';
import { m005Sync } from './005-sync.js';
import { m006ZeroWidth } from './006-zero-width.js';
import { m007RecapIndex } from './007-recap-index.js';
import { m008NipKind } from './008-nip-kind.js';
import { m009DecreeHolidays } from './009-decree-holidays.js';
import { m010EventClock } from './010-event-clock.js';
import { m011NationalMismatch } from './011-national-mismatch.js';
import { m012UnitNames } from './012-unit-names.js';
import { m013FindReports } from './013-find-reports.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Applied in order, one transaction each. Never edit an applied migration: add a new one. */
export const migrations: readonly Migration[] = [
  m001Initial,
  m002Workflow,
  m003Export,
  m004Import,
  m005Sync,
  m006ZeroWidth,
  m007RecapIndex,
  m008NipKind,
  m009DecreeHolidays,
  m010EventClock,
  m011NationalMismatch,
  m012UnitNames,
  m013FindReports,
];
