import { describe, expect, it } from 'vitest';
import {
  canonicalTimeZone,
  DATE_EXAMPLES,
  DATETIME_EXAMPLES,
  isValidTimeZone,
  localDateOf,
  localDateTimeOf,
  parseDate,
  parseDateTime,
} from '../../src/domain/dates.js';

const WITA = 'Asia/Makassar';
const WIB = 'Asia/Jakarta';
const WIT = 'Asia/Jayapura';

describe('parseDate', () => {
  it.each([['2026-03-05'], ['2026-3-5'], ['2026/03/05'], ['05/03/2026'], ['05-03-2026'], ['5/3/2026'], ['05.03.2026'], ['  05/03/2026 ']])(
    'reads %j day first as 2026-03-05',
    (typed) => {
      expect(parseDate(typed, 'incident_date')).toEqual({ value: '2026-03-05', problems: [] });
    },
  );

  it('never reads day and month the American way', () => {
    expect(parseDate('12/01/2026', 'd').value).toBe('2026-01-12');
    expect(parseDate('01/13/2026', 'd').problems[0]?.code).toBe('date.invalid');
  });

  it.each([['31/02/2026'], ['29/02/2026'], ['2026-02-30'], ['31/04/2026'], ['00/01/2026'], ['2026-13-01'], ['29/02/1900']])(
    'rejects the impossible date %j',
    (typed) => {
      expect(parseDate(typed, 'incident_date').problems).toEqual([
        { field: 'incident_date', code: 'date.invalid', params: { field: 'incident_date', value: typed }, severity: 'error' },
      ]);
    },
  );

  it('accepts 29 February in leap years', () => {
    expect(parseDate('29/02/2024', 'd').value).toBe('2024-02-29');
    expect(parseDate('2000-02-29', 'd').value).toBe('2000-02-29');
  });

  it.each([['05/03/26'], ['2026-03'], ['kemarin'], [''], ['05/03-2026'], ['2026.03.05'], ['20260305'], ['5 Maret 2026']])(
    'rejects the unreadable %j with examples',
    (typed) => {
      expect(parseDate(typed, 'incident_date').problems).toEqual([
        {
          field: 'incident_date',
          code: 'date.format',
          params: { field: 'incident_date', value: typed.trim(), examples: DATE_EXAMPLES },
          severity: 'error',
        },
      ]);
    },
  );

  it('rejects years that can only be typos', () => {
    expect(parseDate('05/03/2206', 'd').problems[0]).toMatchObject({ code: 'date.year', params: { min: 1900, max: 2100 } });
    expect(parseDate('0026-03-05', 'd').problems[0]?.code).toBe('date.year');
  });
});

describe('parseDateTime', () => {
  it.each([
    ['2026-03-05 09:30', WITA, '2026-03-05T01:30:00.000Z'],
    ['2026-03-05 09:30', WIB, '2026-03-05T02:30:00.000Z'],
    ['2026-03-05 09:30', WIT, '2026-03-05T00:30:00.000Z'],
    ['2026-03-05T09:30', WITA, '2026-03-05T01:30:00.000Z'],
    ['2026-03-05T09:30:15', WITA, '2026-03-05T01:30:15.000Z'],
    ['05/03/2026 09:30', WITA, '2026-03-05T01:30:00.000Z'],
    ['5/3/2026 9:30', WITA, '2026-03-05T01:30:00.000Z'],
    ['05/03/2026 14.30', WIB, '2026-03-05T07:30:00.000Z'],
    ['2026-03-05 00:00', WITA, '2026-03-04T16:00:00.000Z'],
    ['2026-03-05 23:59:59', WITA, '2026-03-05T15:59:59.000Z'],
    ['2026-01-01 03:00', WIT, '2025-12-31T18:00:00.000Z'],
  ])('reads %j in %s as %s', (typed, tz, iso) => {
    expect(parseDateTime(typed, 'received_at', tz)).toEqual({ value: iso, problems: [] });
  });

  it('reads a date alone as local midnight', () => {
    expect(parseDateTime('05/03/2026', 'received_at', WITA).value).toBe('2026-03-04T16:00:00.000Z');
    expect(parseDateTime('2026-03-05', 'received_at', WIB).value).toBe('2026-03-04T17:00:00.000Z');
    expect(parseDateTime('2026-03-05', 'received_at', 'UTC').value).toBe('2026-03-05T00:00:00.000Z');
  });

  it.each([
    ['2026-03-05T01:30:00Z', '2026-03-05T01:30:00.000Z'],
    ['2026-03-05T01:30:00.123Z', '2026-03-05T01:30:00.123Z'],
    ['2026-03-05T09:30:00+08:00', '2026-03-05T01:30:00.000Z'],
    ['2026-03-05T09:30+0800', '2026-03-05T01:30:00.000Z'],
    ['2026-03-05 08:30:00+07', '2026-03-05T01:30:00.000Z'],
    ['2026-03-04T20:30:00-05:00', '2026-03-05T01:30:00.000Z'],
  ])('keeps the instant of %j whatever the agency zone', (typed, iso) => {
    expect(parseDateTime(typed, 'received_at', WIT).value).toBe(iso);
    expect(parseDateTime(typed, 'received_at', WIB).value).toBe(iso);
  });

  it('honours a WIB/WITA/WIT suffix over the agency zone', () => {
    expect(parseDateTime('2026-03-05 09:30 WITA', 'r', WIB).value).toBe('2026-03-05T01:30:00.000Z');
    expect(parseDateTime('05/03/2026 08.30 wib', 'r', WIT).value).toBe('2026-03-05T01:30:00.000Z');
    expect(parseDateTime('2026-03-05 10:30 WIT', 'r', WIB).value).toBe('2026-03-05T01:30:00.000Z');
  });

  it('handles DST zones: a skipped time moves forward, a repeated one takes the first', () => {
    const ny = 'America/New_York';
    expect(parseDateTime('2026-07-01 12:00', 'r', ny).value).toBe('2026-07-01T16:00:00.000Z');
    expect(parseDateTime('2026-01-15 12:00', 'r', ny).value).toBe('2026-01-15T17:00:00.000Z');
    expect(parseDateTime('2026-03-08 02:30', 'r', ny).value).toBe('2026-03-08T07:30:00.000Z');
    expect(parseDateTime('2026-11-01 01:30', 'r', ny).value).toBe('2026-11-01T05:30:00.000Z');
    expect(parseDateTime('2026-03-29 12:00', 'r', 'Europe/Berlin').value).toBe('2026-03-29T10:00:00.000Z');
  });

  it('round-trips every half hour of a year in Indonesian zones', () => {
    for (const tz of [WIB, WITA, WIT]) {
      for (let ms = Date.UTC(2026, 0, 1); ms < Date.UTC(2027, 0, 1); ms += 30 * 60_000 * 37) {
        const local = localDateTimeOf(new Date(ms), tz);
        expect(parseDateTime(local, 'r', tz).value).toBe(new Date(ms).toISOString());
      }
    }
  });

  it.each([
    ['2026-03-05 24:00', 'time.invalid'],
    ['2026-03-05 09:60', 'time.invalid'],
    ['2026-03-05T09:30:61Z', 'time.invalid'],
    ['31/02/2026 10:00', 'date.invalid'],
    ['2026-02-30T10:00:00Z', 'date.invalid'],
    ['3026-03-05 10:00', 'date.year'],
    ['besok pagi', 'datetime.format'],
    ['2026-03-05 jam 9', 'datetime.format'],
    ['2026-03-05T09:30:00+15:00', 'datetime.format'],
    ['', 'datetime.format'],
  ])('rejects %j with %s', (typed, code) => {
    const r = parseDateTime(typed, 'received_at', WITA);
    expect(r.value).toBeUndefined();
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ field: 'received_at', code, severity: 'error', params: { field: 'received_at', value: typed } });
    if (code === 'datetime.format') expect(r.problems[0]?.params?.examples).toBe(DATETIME_EXAMPLES);
  });

  it('throws on an unknown zone: that is configuration, not typing', () => {
    expect(() => parseDateTime('2026-03-05', 'r', 'Asia/Samarinda')).toThrow(RangeError);
  });
});

describe('localDateOf / localDateTimeOf', () => {
  it('gives the date in the zone, which differs near midnight', () => {
    const instant = '2026-03-04T16:30:00.000Z';
    expect(localDateOf(instant, WIB)).toBe('2026-03-04');
    expect(localDateOf(instant, WITA)).toBe('2026-03-05');
    expect(localDateOf(new Date(instant), WIT)).toBe('2026-03-05');
    expect(localDateOf('2026-12-31T17:00:00Z', WIB)).toBe('2027-01-01');
  });

  it('prints midnight as 00:00, not 24:00', () => {
    expect(localDateTimeOf('2026-03-04T16:00:00Z', WITA)).toBe('2026-03-05 00:00');
    expect(localDateTimeOf(new Date('2026-03-05T07:45:59Z'), WIB)).toBe('2026-03-05 14:45');
  });

  it('throws on an invalid instant', () => {
    expect(() => localDateOf('not a date', WIB)).toThrow(RangeError);
    expect(() => localDateTimeOf(new Date(Number.NaN), WIB)).toThrow(RangeError);
  });

  it('refuses instants without a zone, which would depend on the host zone', () => {
    expect(() => localDateOf('2026-03-05T10:00:00', WIB)).toThrow(RangeError);
    expect(() => localDateOf('2026-03-05 10:00', WIB)).toThrow(RangeError);
    expect(localDateOf('2026-03-05T20:00:00+08:00', WIB)).toBe('2026-03-05');
  });
});

describe('isValidTimeZone', () => {
  it.each([WIB, WITA, WIT, 'UTC', 'Europe/Berlin'])('accepts %s', (tz) => {
    expect(isValidTimeZone(tz)).toBe(true);
  });

  it.each(['', ' ', 'WITA', 'Asia/Samarinda', '+08:00', 'Mars/Olympus'])('rejects %j', (tz) => {
    expect(isValidTimeZone(tz)).toBe(false);
  });
});

describe('zones with a fixed offset since 1988 (no Intl on the start-up path)', () => {
  // What Intl itself says, the reference the fast path must agree with.
  const intlLocal = (ms: number, timeZone: string) => {
    const p = Object.fromEntries(
      new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      })
        .formatToParts(new Date(ms))
        .map((x) => [x.type, x.value]),
    );
    return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
  };

  it.each([['UTC'], [WIB], ['Asia/Pontianak'], [WITA], [WIT]])('%s agrees with Intl from 1988 to 2100, around midnight and at random instants', (zone) => {
    const instants = [Date.UTC(1988, 0, 1), Date.UTC(1987, 11, 31, 16), Date.UTC(2026, 11, 31, 15, 59, 59), Date.UTC(2026, 11, 31, 17), Date.UTC(2100, 0, 1)];
    for (let seed = 1, i = 0; i < 300; i++) {
      seed = (seed * 48271) % 2147483647;
      instants.push(Date.UTC(1988, 0, 1) + (seed / 2147483647) * (Date.UTC(2100, 0, 1) - Date.UTC(1988, 0, 1)));
    }
    for (const ms of instants) {
      const iso = new Date(Math.floor(ms / 1000) * 1000).toISOString();
      expect(localDateTimeOf(iso, zone), `${iso} in ${zone}`).toBe(intlLocal(ms, zone));
      expect(localDateOf(iso, zone)).toBe(intlLocal(ms, zone).slice(0, 10));
    }
    expect(isValidTimeZone(zone)).toBe(true);
  });

  it('a name that is no zone stays invalid', () => {
    expect(isValidTimeZone('constructor')).toBe(false);
    expect(isValidTimeZone('Asia/Atlantis')).toBe(false);
  });

  it('the stored spelling of a zone skips Intl and is the one Intl gives', () => {
    for (const zone of ['UTC', WIB, 'Asia/Pontianak', WITA, WIT]) {
      expect(canonicalTimeZone(zone)).toBe(new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone);
    }
    expect(canonicalTimeZone(' wita ')).toBe(WITA);
    expect(canonicalTimeZone('asia/makassar')).toBe(WITA);
    expect(canonicalTimeZone('europe/berlin')).toBe('Europe/Berlin');
    expect(canonicalTimeZone('Asia/Atlantis')).toBeUndefined();
  });
});
