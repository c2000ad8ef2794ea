import { describe, expect, it } from 'vitest';
import { bar, previousPeriod, resolvePeriod, startOfLocalDay, trendMonths, workingDayNumbers } from '../../src/domain/recap.js';
import { letterTitle } from '../../src/domain/pii.js';
import { createCalendar } from '../../src/domain/calendar.js';

describe('recap periods', () => {
  it('a month, a year, a range and the period before each', () => {
    expect(resolvePeriod({ month: '2028-03' }, '2028-04-02')).toEqual({ kind: 'month', from: '2028-03-01', to: '2028-03-31' });
    expect(previousPeriod({ kind: 'month', from: '2028-03-01', to: '2028-03-31' })).toEqual({ kind: 'month', from: '2028-02-01', to: '2028-02-29' });
    expect(previousPeriod({ kind: 'month', from: '2027-01-01', to: '2027-01-31' })).toEqual({ kind: 'month', from: '2026-12-01', to: '2026-12-31' });
    expect(previousPeriod({ kind: 'year', from: '2026-01-01', to: '2026-12-31' })).toEqual({ kind: 'year', from: '2025-01-01', to: '2025-12-31' });
    expect(previousPeriod({ kind: 'range', from: '2026-12-28', to: '2027-01-08' })).toEqual({ kind: 'range', from: '2026-12-16', to: '2026-12-27' });
    expect(resolvePeriod({}, '2026-11-15')).toEqual({ kind: 'month', from: '2026-11-01', to: '2026-11-30' });
    expect(resolvePeriod({ month: '2026-11', year: '2026' }, '2026-11-15')).toBe('conflict');
    expect(resolvePeriod({ month: '2026-00' }, '2026-11-15')).toBe('badMonth');
    expect(resolvePeriod({ from: '2026-02-30', to: '2026-03-01' }, '2026-11-15')).toBe('badRange');
    expect(trendMonths({ kind: 'month', from: '2026-02-01', to: '2026-02-28' }).map((m) => m.from.slice(0, 7))).toEqual([
      '2025-03',
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
  });

  it('a local day starts at the agency offset (WIB, WITA, WIT)', () => {
    expect(startOfLocalDay('2027-01-01', 'Asia/Jakarta')).toBe('2026-12-31T17:00:00.000Z');
    expect(startOfLocalDay('2027-01-01', 'Asia/Makassar')).toBe('2026-12-31T16:00:00.000Z');
    expect(startOfLocalDay('2027-01-01', 'Asia/Jayapura')).toBe('2026-12-31T15:00:00.000Z');
  });

  it('working-day numbers: differences are workingDaysBetween', () => {
    const cal = createCalendar({ holidays: [{ date: '2026-12-25', kind: 'national', name: 'Natal' }] });
    const days = new Map(workingDayNumbers(cal, '2026-12-20', '2027-01-10').map(([d, n]) => [d, n]));
    const day = (s: string) => Math.round(Date.parse(`${s}T00:00:00Z`) / 86_400_000);
    expect(days.get(day('2026-12-31'))! - days.get(day('2026-12-23'))!).toBe(cal.workingDaysBetween('2026-12-23', '2026-12-31'));
    expect(days.get(day('2026-12-31'))! - days.get(day('2026-12-23'))!).toBe(5); // 24, 28, 29, 30, 31 (25 a holiday)
  });
});

describe('recap text helpers', () => {
  it('letter titles lose NIKs, phone numbers and e-mail addresses; confidential ones are withheld', () => {
    expect(letterTitle('Jalan rusak, hubungi 0812-3456-7890 atau budi@mail.id', { confidential: false })).toBe('Jalan rusak, hubungi *** atau ***');
    expect(letterTitle('NIK 6409011203850001 tidak terbaca', { confidential: false })).toBe('NIK *** tidak terbaca');
    expect(letterTitle('Jalan rusak RT 05 tahun 2026', { confidential: false })).toBe('Jalan rusak RT 05 tahun 2026');
    expect(letterTitle('Pungli', { confidential: true })).toBeNull();
  });

  it('bars are eighth blocks scaled to the largest value', () => {
    expect(bar(10, 10, 4)).toBe('████');
    expect(bar(5, 10, 4)).toBe('██');
    expect(bar(1, 80, 10)).toBe('▏'); // one eighth: small but visible
    expect(bar(0, 10)).toBe('');
  });
});
