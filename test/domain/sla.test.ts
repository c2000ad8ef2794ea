import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, createCalendar } from '../../src/domain/calendar.js';
import { parseHolidayFile } from '../../src/domain/holidays.js';
import type { SlaInput, SlaPolicy } from '../../src/domain/sla.js';
import { computeDeadlines, currentDeadline, daysLate, defaultSlaPolicy, validatePolicy } from '../../src/domain/sla.js';
import { calendarMessages } from '../../src/io/messages/calendar.js';

const holidays = [2024, 2025, 2026].flatMap((y) =>
  parseHolidayFile(JSON.parse(readFileSync(new URL(`../../data/holidays/${y}.json`, import.meta.url), 'utf8')), 'id'),
);
const cal = createCalendar({ holidays });

describe('computeDeadlines', () => {
  it('uses the DOMAIN.md defaults', () => {
    expect(defaultSlaPolicy).toEqual({
      verifyDays: 3,
      followupDays: 5,
      autoCloseDays: 10,
      completionDays: 60,
      completionUnit: 'calendar',
      reassignRestartsClock: false,
    });
  });

  it('a report received just before Idul Fitri 2026 has its verification pushed past the block', () => {
    const d = computeDeadlines({ receivedDate: '2026-03-13', status: 'recorded' }, defaultSlaPolicy, cal);
    expect(d).toEqual({ verifyBy: '2026-03-25', completeBy: '2026-05-12' });
  });

  it('completion in calendar days is not moved off weekends; in working days it skips holidays', () => {
    const input: SlaInput = { receivedDate: '2026-01-09', status: 'recorded' };
    expect(computeDeadlines(input, defaultSlaPolicy, cal).completeBy).toBe('2026-03-10');
    expect(computeDeadlines(input, { ...defaultSlaPolicy, completionDays: 57 }, cal).completeBy).toBe('2026-03-07'); // Saturday
    const working = computeDeadlines(input, { ...defaultSlaPolicy, completionUnit: 'working' }, cal);
    expect(working.completeBy).toBe(cal.addWorkingDays('2026-01-09', 60));
    expect(cal.workingDaysBetween('2026-01-09', working.completeBy)).toBe(60);
    // 16 Jan, 16-17 Feb and the 18-24 March block fall inside: 60 working days end well after 60 calendar days.
    expect(working.completeBy > '2026-04-01').toBe(true);
  });

  it('follow-up runs 5 working days from disposition, across Kenaikan and its cuti bersama', () => {
    const d = computeDeadlines({ receivedDate: '2026-05-11', assignedDate: '2026-05-13', status: 'assigned' }, defaultSlaPolicy, cal);
    expect(d.verifyBy).toBe('2026-05-18'); // 12, 13, (14 + 15 off), 18
    expect(d.followupBy).toBe('2026-05-22');
    expect(d.autoCloseOn).toBeUndefined();
  });

  it('auto-close only after a final follow-up that nobody replied to', () => {
    const base: SlaInput = {
      receivedDate: '2026-05-04',
      assignedDate: '2026-05-05',
      lastFollowupDate: '2026-05-22',
      status: 'followed_up',
    };
    // 25, 26, (27 Idul Adha, 28 leave), 29, (1 Jun Pancasila), 2, 3, 4, 5, 8, 9, 10
    expect(computeDeadlines({ ...base, lastFollowupFinal: true }, defaultSlaPolicy, cal).autoCloseOn).toBe('2026-06-10');
    expect(computeDeadlines({ ...base, lastFollowupFinal: true, replyAfterFollowup: false }, defaultSlaPolicy, cal).autoCloseOn).toBe('2026-06-10');
    expect(computeDeadlines({ ...base, lastFollowupFinal: true, replyAfterFollowup: true }, defaultSlaPolicy, cal).autoCloseOn).toBeUndefined();
    expect(computeDeadlines({ ...base, lastFollowupFinal: false }, defaultSlaPolicy, cal).autoCloseOn).toBeUndefined();
    // A later reply that did not re-open (old databases): counted from the reply; an earlier one changes nothing.
    expect(computeDeadlines({ ...base, lastFollowupFinal: true, lastReplyDate: '2026-05-25' }, defaultSlaPolicy, cal).autoCloseOn).toBe('2026-06-11');
    expect(computeDeadlines({ ...base, lastFollowupFinal: true, lastReplyDate: '2026-05-20' }, defaultSlaPolicy, cal).autoCloseOn).toBe('2026-06-10');
    expect(computeDeadlines(base, defaultSlaPolicy, cal).autoCloseOn).toBeUndefined();
    const { lastFollowupDate: _omit, ...noFollowup } = base;
    expect(computeDeadlines({ ...noFollowup, lastFollowupFinal: true }, defaultSlaPolicy, cal).autoCloseOn).toBeUndefined();
  });

  it('honours a custom policy and the cuti-bersama switch of the calendar', () => {
    const policy: SlaPolicy = {
      verifyDays: 1,
      followupDays: 2,
      autoCloseDays: 3,
      completionDays: 30,
      completionUnit: 'calendar',
      reassignRestartsClock: false,
    };
    const noLeave = createCalendar({ holidays, countCollectiveLeave: false });
    const input: SlaInput = { receivedDate: '2026-03-17', assignedDate: '2026-03-17', status: 'assigned' };
    expect(computeDeadlines(input, policy, cal)).toEqual({ verifyBy: '2026-03-25', followupBy: '2026-03-26', completeBy: '2026-04-16' });
    expect(computeDeadlines(input, policy, noLeave)).toEqual({ verifyBy: '2026-03-18', followupBy: '2026-03-20', completeBy: '2026-04-16' });
  });

  it('crosses the new year: received 23 Dec 2025', () => {
    const d = computeDeadlines({ receivedDate: '2025-12-23', status: 'recorded' }, defaultSlaPolicy, cal);
    expect(d.verifyBy).toBe('2025-12-30'); // 24, (25, 26, weekend), 29, 30
    expect(d.completeBy).toBe(addCalendarDays('2025-12-23', 60));
    expect(d.completeBy).toBe('2026-02-21');
  });
});

describe('currentDeadline', () => {
  const all = { verifyBy: '2026-03-25', followupBy: '2026-04-01', completeBy: '2026-05-12' };
  const { followupBy: _omit, ...unassigned } = all;

  it.each([
    ['recorded', all, { kind: 'verify', date: '2026-03-25' }],
    ['verified', unassigned, { kind: 'complete', date: '2026-05-12' }],
    ['verified', all, { kind: 'followup', date: '2026-04-01' }],
    ['assigned', all, { kind: 'followup', date: '2026-04-01' }],
    ['in_progress', all, { kind: 'followup', date: '2026-04-01' }],
    ['in_progress', unassigned, { kind: 'complete', date: '2026-05-12' }],
    ['followed_up', all, { kind: 'complete', date: '2026-05-12' }],
    ['some_new_status', all, { kind: 'complete', date: '2026-05-12' }],
  ])('%s', (status, deadlines, expected) => {
    expect(currentDeadline(status, deadlines)).toEqual(expected);
  });

  it.each(['done', 'rejected', 'forwarded'])('%s has no deadline', (status) => {
    expect(currentDeadline(status, all)).toBeUndefined();
  });
});

describe('daysLate', () => {
  it('counts working days after the deadline, never negative', () => {
    expect(daysLate('2026-03-17', '2026-03-16', cal)).toBe(0);
    expect(daysLate('2026-03-17', '2026-03-17', cal)).toBe(0);
    expect(daysLate('2026-03-17', '2026-03-24', cal)).toBe(0); // whole Idul Fitri block
    expect(daysLate('2026-03-17', '2026-03-25', cal)).toBe(1);
    expect(daysLate('2026-01-09', '2026-01-12', cal)).toBe(1); // Friday deadline, Monday today
    expect(daysLate('2026-01-09', '2026-01-19', cal)).toBe(5); // 16 Jan is a holiday
  });

  it('is the inverse of the deadline computation', () => {
    const deadline = cal.addWorkingDays('2025-12-20', 3);
    expect(daysLate(deadline, cal.addWorkingDays(deadline, 7), cal)).toBe(7);
  });
});

describe('validatePolicy', () => {
  it('accepts the defaults and an empty override', () => {
    expect(validatePolicy(defaultSlaPolicy)).toEqual([]);
    expect(validatePolicy({})).toEqual([]);
    expect(validatePolicy({ completionUnit: 'working', completionDays: 40 })).toEqual([]);
  });

  it.each([0, -1, 2.5, Number.NaN, Number.POSITIVE_INFINITY, '3', null])('rejects verifyDays %s', (value) => {
    const problems = validatePolicy({ verifyDays: value as number });
    expect(problems).toEqual([{ field: 'verifyDays', code: 'sla.notPositiveInt', params: { field: 'verifyDays', value: String(value) }, severity: 'error' }]);
  });

  it('rejects values past the sane maxima, naming the maximum', () => {
    expect(validatePolicy({ followupDays: 61, completionDays: 400, autoCloseDays: 60 })).toEqual([
      { field: 'followupDays', code: 'sla.tooLarge', params: { field: 'followupDays', value: 61, max: 60 }, severity: 'error' },
      { field: 'completionDays', code: 'sla.tooLarge', params: { field: 'completionDays', value: 400, max: 365 }, severity: 'error' },
    ]);
  });

  it('rejects an unknown completion unit', () => {
    expect(validatePolicy({ completionUnit: 'weeks' as 'calendar' })).toMatchObject([
      { field: 'completionUnit', code: 'sla.badUnit', params: { value: 'weeks' }, severity: 'error' },
    ]);
  });

  it('warns when completion ends before verification plus follow-up could', () => {
    expect(validatePolicy({ completionDays: 10 })).toMatchObject([
      { field: 'completionDays', code: 'sla.completionTooShort', params: { value: 10, needed: 8 }, severity: 'warning' },
    ]);
    expect(validatePolicy({ completionDays: 11 })).toMatchObject([{ params: { needed: 8 } }]); // ~7 working days
    expect(validatePolicy({ completionDays: 12 })).toEqual([]);
    expect(validatePolicy({ completionDays: 7, completionUnit: 'working' })).toMatchObject([{ severity: 'warning' }]);
    expect(validatePolicy({ completionDays: 8, completionUnit: 'working' })).toEqual([]);
  });

  it('every code it produces has an English and an Indonesian message using the same placeholders', () => {
    const problems = [...validatePolicy({ verifyDays: 0, followupDays: 99, completionUnit: 'x' as 'calendar' }), ...validatePolicy({ completionDays: 1 })];
    expect(new Set(problems.map((p) => p.code))).toEqual(new Set(Object.keys(calendarMessages)));
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const p of problems) {
      const message = (calendarMessages as Record<string, { en: string; id: string } | undefined>)[p.code];
      expect(message, p.code).toBeDefined();
      expect(placeholders(message?.id ?? '')).toEqual(placeholders(message?.en ?? ''));
      for (const name of placeholders(message?.en ?? '')) expect(p.params, `${p.code} {${name}}`).toHaveProperty(name as string);
    }
  });
});
