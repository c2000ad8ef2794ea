/** Reminder letters for officers with late reports (no personal data). */

import type { AppContext } from '../context.js';
import { loadCalendar } from '../calendar-loader.js';
import { localDateOf } from '../domain/dates.js';
import { letterTitle } from '../domain/pii.js';
import { lateForLetters } from '../store/recap-repo.js';

export interface LateItem {
  ticket: string;
  /** Masked title, or null when it must not be shown (confidential reporter). */
  title: string | null;
  dueKind: string;
  dueDate: string;
  daysLate: number;
}

export interface Letter {
  officer: string;
  unitName: string | null;
  items: LateItem[];
}

export interface Letters {
  agency: { code: string; name: string };
  admin: string;
  today: string;
  letters: Letter[];
}

/** `lapor recap --letters`: one reminder per officer with reports late now (stored deadlines). */
export function buildLetters(ctx: AppContext): Letters {
  const settings = ctx.settings();
  const today = localDateOf(ctx.clock(), settings.timezone);
  const db = ctx.db();
  const calendar = loadCalendar(db, settings, ctx.io.lang);
  const byOfficer = new Map<string, Letter>();
  for (const r of lateForLetters(db, today)) {
    const letter = byOfficer.get(r.officer) ?? { officer: r.officer, unitName: r.unitName, items: [] };
    byOfficer.set(r.officer, letter);
    letter.items.push({
      ticket: r.ticket,
      title: letterTitle(r.title, r),
      dueKind: r.dueKind,
      dueDate: r.dueDate,
      daysLate: calendar.workingDaysBetween(r.dueDate, today),
    });
  }
  return { agency: settings.agency, admin: settings.admin.name, today, letters: [...byOfficer.values()] };
}
