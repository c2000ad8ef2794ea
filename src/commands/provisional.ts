/**
 * Provisional deadlines in output: a deadline in a year without a holiday decree yet (only the
 * fixed-date holidays count there) may still move, so `show`, `due` and exports mark it. JSON gets
 * `provisional: true`; tables get a marker after the date and one footnote below.
 */

import type { AppContext } from '../context.js';

/** Whether a deadline date is provisional under the agency's calendar. */
export function isProvisional(ctx: AppContext, date: string | null | undefined): boolean {
  return typeof date === 'string' && ctx.deadlines().env().calendar.isProvisional(date);
}

/** "2027-01-05 *" for a provisional date, the date alone otherwise. */
export function markDate(ctx: AppContext, date: string): string {
  return isProvisional(ctx, date) ? `${date} ${ctx.io.t('deadline.provisionalMark')}` : date;
}

/** The footnote under a table in which some date carried the marker. */
export function provisionalFootnote(ctx: AppContext, dates: readonly (string | null | undefined)[]): void {
  if (dates.some((d) => isProvisional(ctx, d))) ctx.io.say('deadline.provisionalNote');
}

/** show's JSON deadlines: `provisional: true` on the current one, and which named deadlines are provisional. */
export function provisionalJson(ctx: AppContext, deadlines: Record<string, unknown>): Record<string, unknown> {
  const keys = ['verify_by', 'followup_by', 'auto_close_on', 'complete_by'].filter((k) => isProvisional(ctx, deadlines[k] as string | null));
  const current = deadlines['current'] as { date: string } | null;
  return {
    ...deadlines,
    ...(current && isProvisional(ctx, current.date) ? { current: { ...current, provisional: true } } : {}),
    ...(keys.length > 0 ? { provisional: keys } : {}),
  };
}
