import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Holiday } from '../../src/domain/calendar.js';
import { addCalendarDays, createCalendar, isIsoDate } from '../../src/domain/calendar.js';
import { parseHolidayFile } from '../../src/domain/holidays.js';

const YEARS = [2024, 2025, 2026] as const;

function readHolidayJson(year: number): unknown {
  return JSON.parse(readFileSync(new URL(`../../data/holidays/${year}.json`, import.meta.url), 'utf8'));
}

const shipped: Holiday[] = YEARS.flatMap((y) => parseHolidayFile(readHolidayJson(y), 'en'));
const cal = createCalendar({ holidays: shipped });

/** Deterministic PRNG so a failing random case can be reproduced. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Independent reference: the obvious day-by-day definition, sharing no code with the module. */
function naiveCalendar(holidays: readonly Holiday[], removed: readonly string[] = [], countCollectiveLeave = true) {
  const off = new Set(holidays.filter((h) => !removed.includes(h.date) && (countCollectiveLeave || h.kind !== 'collective_leave')).map((h) => h.date));
  const isWorking = (d: string) => {
    const wd = new Date(`${d}T00:00:00Z`).getUTCDay();
    return wd !== 0 && wd !== 6 && !off.has(d);
  };
  const next = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return {
    isWorking,
    between(from: string, to: string) {
      let n = 0;
      for (let d = next(from); d <= to; d = next(d)) if (isWorking(d)) n++;
      return n;
    },
    add(start: string, n: number) {
      let d = start;
      for (let left = n; left > 0;) {
        d = next(d);
        if (isWorking(d)) left--;
      }
      return d;
    },
  };
}

function datesFrom(start: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addCalendarDays(start, i));
}

describe('shipped holiday files', () => {
  // Transcribed from DOMAIN.md "Deadlines" (the SKB lists) and kept independent of the JSON files.
  const expected: Record<number, { national: string; leave: string }> = {
    2024: {
      national: '01-01 02-08 02-10 03-11 03-29 03-31 04-10 04-11 05-01 05-09 05-23 06-01 06-17 07-07 08-17 09-16 12-25',
      leave: '02-09 03-12 04-08 04-09 04-12 04-15 05-10 05-24 06-18 12-26',
    },
    2025: {
      national: '01-01 01-27 01-29 03-29 03-31 04-01 04-18 04-20 05-01 05-12 05-29 06-01 06-06 06-27 08-17 09-05 12-25',
      leave: '01-28 03-28 04-02 04-03 04-04 04-07 05-13 05-30 06-09 12-26',
    },
    2026: {
      national: '01-01 01-16 02-17 03-19 03-21 03-22 04-03 04-05 05-01 05-14 05-27 05-31 06-01 06-16 08-17 08-25 12-25',
      leave: '02-16 03-18 03-20 03-23 03-24 05-15 05-28 12-24',
    },
  };

  it.each(YEARS)('%i parses in both languages and matches DOMAIN.md exactly', (year) => {
    const json = readHolidayJson(year);
    const en = parseHolidayFile(json, 'en');
    const id = parseHolidayFile(json, 'id');
    const dates = (kind: string) =>
      en
        .filter((h) => h.kind === kind)
        .map((h) => h.date.slice(5))
        .sort()
        .join(' ');
    expect(dates('national')).toBe(expected[year]?.national);
    expect(dates('collective_leave')).toBe(expected[year]?.leave);
    expect(en.filter((h) => h.kind === 'national')).toHaveLength(17);
    expect(en.filter((h) => h.kind === 'collective_leave')).toHaveLength(year === 2026 ? 8 : 10);
    expect(en).toHaveLength(id.length);
    expect(id.every((h, i) => h.name !== '' && h.name !== en[i]?.name)).toBe(true);
  });

  it('names follow the requested language', () => {
    const json = readHolidayJson(2026);
    expect(parseHolidayFile(json, 'id')[0]).toEqual({ date: '2026-01-01', kind: 'national', name: 'Tahun Baru 2026 Masehi' });
    expect(parseHolidayFile(json, 'en')[0]?.name).toBe("New Year's Day");
  });
});

describe('parseHolidayFile rejects malformed files, naming the entry', () => {
  const entry = { date: '2026-01-01', kind: 'national', name_id: 'Tahun Baru', name_en: "New Year's Day" };
  const file = (holidays: unknown[], extra: Record<string, unknown> = {}) => ({ year: 2026, source: 'SKB', holidays, ...extra });

  it.each([
    ['not an object', [], /expected a JSON object/],
    ['bad year', file([], { year: '2026' }), /"year" must be a whole number/],
    ['no source', file([], { source: '' }), /"source"/],
    ['holidays not an array', file([], { holidays: {} }), /"holidays" must be an array/],
    ['entry not an object', file([entry, 'x']), /entry 2: expected an object/],
    ['impossible date', file([{ ...entry, date: '2026-02-30' }]), /entry 1: "date" must be a real/],
    ['wrong year', file([{ ...entry, date: '2025-12-25' }]), /entry 1 \(2025-12-25\): date is not in 2026/],
    ['bad kind', file([{ ...entry, kind: 'cuti' }]), /entry 1 \(2026-01-01\): "kind" must be/],
    ['missing name', file([{ ...entry, name_en: ' ' }]), /entry 1 \(2026-01-01\): "name_en"/],
    ['duplicate', file([entry, entry]), /entry 2 \(2026-01-01\): listed twice as national/],
  ])('%s', (_label, json, message) => {
    expect(() => parseHolidayFile(json, 'en')).toThrow(message);
  });

  it('accepts local entries and an empty list', () => {
    expect(parseHolidayFile(file([{ ...entry, kind: 'local' }]), 'id')[0]?.kind).toBe('local');
    expect(parseHolidayFile(file([]), 'en')).toEqual([]);
  });
});

describe('working days', () => {
  it('weekends are never working days, even with no holiday data', () => {
    const bare = createCalendar({ holidays: [] });
    expect(bare.isWorkingDay('2026-03-07')).toBe(false); // Saturday
    expect(bare.isWorkingDay('2026-03-08')).toBe(false); // Sunday
    expect(bare.isWorkingDay('2026-03-09')).toBe(true);
    expect(bare.coveredYears()).toEqual([]);
  });

  it('national holidays, cuti bersama and local holidays are non-working', () => {
    const local: Holiday = { date: '2026-04-28', kind: 'local', name: 'Hari Jadi Kabupaten' };
    const c = createCalendar({ holidays: [...shipped, local] });
    expect(c.isWorkingDay('2026-01-16')).toBe(false);
    expect(c.holidayOn('2026-01-16')?.kind).toBe('national');
    expect(c.isWorkingDay('2026-02-16')).toBe(false);
    expect(c.holidayOn('2026-02-16')?.kind).toBe('collective_leave');
    expect(c.isWorkingDay('2026-04-28')).toBe(false);
    expect(c.holidayOn('2026-04-28')).toEqual(local);
    expect(c.holidayOn('2026-04-29')).toBeUndefined();
  });

  it('cuti bersama can be counted as working days; holidays of other kinds still are not', () => {
    const local: Holiday = { date: '2026-02-16', kind: 'local', name: 'Local' };
    const c = createCalendar({ holidays: shipped, countCollectiveLeave: false });
    expect(c.isWorkingDay('2026-02-16')).toBe(true);
    expect(c.holidayOn('2026-02-16')?.kind).toBe('collective_leave'); // still shown as cuti bersama
    expect(c.isWorkingDay('2026-02-17')).toBe(false);
    const withLocal = createCalendar({ holidays: [...shipped, local], countCollectiveLeave: false });
    expect(withLocal.isWorkingDay('2026-02-16')).toBe(false);
    expect(withLocal.holidayOn('2026-02-16')).toEqual(local);
  });

  it('a removed holiday is a working day again, but a removed weekend holiday stays a weekend', () => {
    const c = createCalendar({ holidays: shipped, removed: ['2026-08-25', '2026-03-21'] });
    expect(c.isWorkingDay('2026-08-25')).toBe(true);
    expect(c.holidayOn('2026-08-25')).toBeUndefined();
    expect(c.isWorkingDay('2026-03-21')).toBe(false);
    expect(c.workingDaysBetween('2026-08-24', '2026-08-25')).toBe(1);
  });

  it('the Idul Fitri 2026 block (18-24 March) has no working day', () => {
    for (const d of datesFrom('2026-03-18', 7)) expect(cal.isWorkingDay(d)).toBe(false);
    expect(cal.workingDaysBetween('2026-03-17', '2026-03-24')).toBe(0);
    expect(cal.workingDaysBetween('2026-03-17', '2026-03-25')).toBe(1);
    const noLeave = createCalendar({ holidays: shipped, countCollectiveLeave: false });
    expect(datesFrom('2026-03-18', 7).filter((d) => noLeave.isWorkingDay(d))).toEqual(['2026-03-18', '2026-03-20', '2026-03-23', '2026-03-24']);
  });

  it('rejects malformed dates instead of guessing', () => {
    expect(() => cal.isWorkingDay('2026-02-30')).toThrow(/2026-02-30/);
    expect(() => cal.workingDaysBetween('2026-3-1', '2026-03-02')).toThrow(/YYYY-MM-DD/);
    expect(() => createCalendar({ holidays: [{ date: '2026-13-01', kind: 'local', name: 'x' }] })).toThrow(/2026-13-01/);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
  });
});

describe('addWorkingDays', () => {
  it('received Friday 13 March 2026: 3 working days skip the whole Nyepi/Idul Fitri block', () => {
    expect(cal.addWorkingDays('2026-03-13', 1)).toBe('2026-03-16');
    expect(cal.addWorkingDays('2026-03-13', 2)).toBe('2026-03-17');
    expect(cal.addWorkingDays('2026-03-13', 3)).toBe('2026-03-25');
  });

  it('a deadline that would land on a holiday moves past it', () => {
    // Tue 13 Jan 2026 + 3: Wed 14, Thu 15, then Fri 16 is Isra Mikraj -> Mon 19.
    expect(cal.addWorkingDays('2026-01-13', 3)).toBe('2026-01-19');
    expect(createCalendar({ holidays: [] }).addWorkingDays('2026-01-13', 3)).toBe('2026-01-16');
  });

  it('never counts the start day, whether it is working or not; n = 0 returns it', () => {
    expect(cal.addWorkingDays('2026-03-16', 1)).toBe('2026-03-17');
    expect(cal.addWorkingDays('2026-03-14', 1)).toBe('2026-03-16'); // Saturday
    expect(cal.addWorkingDays('2026-03-19', 1)).toBe('2026-03-25'); // Nyepi
    expect(cal.addWorkingDays('2026-03-21', 0)).toBe('2026-03-21');
    expect(() => cal.addWorkingDays('2026-03-16', -1)).toThrow(/>= 0/);
    expect(() => cal.addWorkingDays('2026-03-16', 1.5)).toThrow(/whole number/);
  });

  it('crosses the year boundary over 25-26 Dec and 1 Jan', () => {
    expect(cal.addWorkingDays('2025-12-24', 1)).toBe('2025-12-29');
    expect(cal.addWorkingDays('2025-12-24', 3)).toBe('2025-12-31');
    expect(cal.addWorkingDays('2025-12-24', 4)).toBe('2026-01-02');
    expect(cal.workingDaysBetween('2025-12-24', '2026-01-05')).toBe(5);
    expect(cal.addWorkingDays('2026-12-23', 3)).toBe('2026-12-30'); // 24 leave, 25 Christmas
  });

  it('years without data count weekends only, and coveredYears says which years have data', () => {
    expect(cal.coveredYears()).toEqual([2024, 2025, 2026]);
    expect(cal.isWorkingDay('2027-01-01')).toBe(true); // New Year 2027, but no data
    expect(cal.addWorkingDays('2026-12-30', 3)).toBe('2027-01-04');
    expect(cal.workingDaysBetween('2023-12-29', '2024-01-03')).toBe(2); // 2 and 3 Jan 2024
    expect(cal.addWorkingDays('1999-12-31', 1)).toBe('2000-01-03');
  });

  it('does not depend on the host time zone or DST', () => {
    const saved = process.env.TZ;
    try {
      for (const tz of ['America/New_York', 'Pacific/Kiritimati', 'Asia/Makassar']) {
        process.env.TZ = tz;
        const c = createCalendar({ holidays: shipped });
        expect(c.addWorkingDays('2026-03-06', 3)).toBe('2026-03-11'); // across US DST start, 8 March
        expect(c.addWorkingDays('2026-10-30', 1)).toBe('2026-11-02');
        expect(addCalendarDays('2026-03-07', 2)).toBe('2026-03-09');
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

describe('fast paths agree with the day-by-day definition', () => {
  const variants = [
    { name: 'default', opts: { holidays: shipped } },
    { name: 'cuti bersama working', opts: { holidays: shipped, countCollectiveLeave: false } },
    { name: 'with removals', opts: { holidays: shipped, removed: ['2025-12-26', '2026-01-16', '2026-03-20'] } },
  ];

  it.each(variants)('workingDaysBetween for every pair Nov 2025 - Apr 2026 ($name)', ({ opts }) => {
    const c = createCalendar(opts);
    const naive = naiveCalendar(opts.holidays, opts.removed, opts.countCollectiveLeave);
    const days = datesFrom('2025-11-15', 170);
    const working = days.map((d) => naive.isWorking(d));
    for (let i = 0; i < days.length; i++) {
      const from = days[i] as string;
      expect(c.isWorkingDay(from)).toBe(working[i]);
      let count = 0;
      for (let j = 0; j < days.length; j++) {
        if (j > i && working[j]) count++;
        const got = c.workingDaysBetween(from, days[j] as string);
        if (got !== count) expect({ from, to: days[j], got }).toEqual({ from, to: days[j], got: count });
      }
    }
    expect(c.workingDaysBetween('2025-11-15', '2026-05-03')).toBe(naive.between('2025-11-15', '2026-05-03'));
  });

  it.each(variants)('addWorkingDays and workingDaysBetween are inverse on random dates ($name)', ({ opts }) => {
    const c = createCalendar(opts);
    const naive = naiveCalendar(opts.holidays, opts.removed, opts.countCollectiveLeave);
    const rand = mulberry32(20260313);
    for (let i = 0; i < 2000; i++) {
      const start = addCalendarDays('2023-10-01', Math.floor(rand() * 1400));
      const k = Math.floor(rand() * 90);
      const end = c.addWorkingDays(start, k);
      expect(c.workingDaysBetween(start, end)).toBe(k);
      if (k > 0) {
        expect(c.isWorkingDay(end)).toBe(true);
        expect(c.workingDaysBetween(start, addCalendarDays(end, -1))).toBe(k - 1);
      }
      if (i % 10 === 0) expect(end).toBe(naive.add(start, k));
    }
  });

  it('stays fast for many rows', () => {
    const t0 = performance.now();
    let sum = 0;
    for (let i = 0; i < 200_000; i++) {
      const from = addCalendarDays('2024-01-01', i % 1000);
      sum += cal.workingDaysBetween(from, '2026-12-31');
    }
    expect(sum).toBeGreaterThan(0);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
