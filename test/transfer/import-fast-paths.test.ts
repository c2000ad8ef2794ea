import { describe, expect, it } from 'vitest';
import { maskPhone, maskPhoneByLibrary, normalizePhone, normalizePhoneByLibrary } from '../../src/domain/phone.js';
import { localDateTimeOf, parseDateTime } from '../../src/domain/dates.js';

// The import validates up to a million rows with the rules of `lapor add`; the fast paths taken
// for that speed must give exactly what the libraries give.

describe('phone fast path', () => {
  it('agrees with libphonenumber on every prefix, length and common spelling', () => {
    const forms = [(n: string) => `0${n}`, (n: string) => `+62${n}`, (n: string) => `62${n}`, (n: string) => `+62 ${n}`];
    const spell = [(s: string) => s, (s: string) => s.replace(/^(\D*\d{4})(\d{4})/, '$1-$2-'), (s: string) => s.replace(/(\d{3})(?=\d)/g, '$1 ')];
    let compared = 0;
    for (let second = 0; second <= 9; second++) {
      for (let length = 6; length <= 14; length++) {
        const national = `8${second}${'1234567890123'.slice(0, length - 2)}`;
        for (const form of forms) {
          for (const s of spell) {
            const text = s(form(national));
            expect(normalizePhone(text), text).toEqual(normalizePhoneByLibrary(text));
            compared++;
          }
        }
      }
    }
    expect(compared).toBe(10 * 9 * 4 * 3);
  });

  it('masks a stored number as the library reads it', () => {
    for (let second = 0; second <= 9; second++) {
      for (let length = 6; length <= 14; length++) {
        const e164 = `+628${second}${'1234567890123'.slice(0, length - 2)}`;
        expect(maskPhone(e164), e164).toBe(maskPhoneByLibrary(e164));
      }
    }
  });

  it('leaves landlines, foreign and odd numbers to the library', () => {
    for (const text of ['(0542) 123456', '021-5551234', '+1 202 555 0143', '0812', '62 21 5551234', '+62 0812 3456 7890', '08 12 34 56 78 90']) {
      expect(normalizePhone(text), text).toEqual(normalizePhoneByLibrary(text));
    }
  });
});

describe('cached zone offsets', () => {
  const formats = new Map<string, Intl.DateTimeFormat>();
  const reference = (ms: number, timeZone: string): string => {
    let format = formats.get(timeZone);
    if (!format) {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
      });
      formats.set(timeZone, format);
    }
    const parts = Object.fromEntries(format.formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
    return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
  };

  it('give the wall time Intl gives, across DST changes and half-hour zones', () => {
    const zones = [
      'Asia/Jakarta',
      'Asia/Makassar',
      'Asia/Jayapura',
      'Europe/Berlin',
      'America/New_York',
      'Australia/Lord_Howe',
      'Asia/Kathmandu',
      'America/St_Johns',
    ];
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (const zone of zones) {
      // Every 17 minutes through a year with DST changes, then random instants over a century.
      const wrong: string[] = [];
      for (let ms = Date.UTC(2026, 0, 1); ms < Date.UTC(2027, 0, 1); ms += 17 * 60_000 + 13_000) {
        if (localDateTimeOf(new Date(ms), zone) !== reference(ms, zone)) wrong.push(new Date(ms).toISOString());
      }
      for (let i = 0; i < 3000; i++) {
        const ms = Date.UTC(1950, 0, 1) + Math.floor(random() * 100 * 365 * 86_400_000);
        if (localDateTimeOf(new Date(ms), zone) !== reference(ms, zone)) wrong.push(new Date(ms).toISOString());
      }
      expect(wrong, zone).toEqual([]);
    }
  });

  it('read local times back to the instant Intl shows them at', () => {
    for (const zone of ['Asia/Makassar', 'Europe/Berlin', 'America/New_York']) {
      for (let ms = Date.UTC(2026, 2, 1); ms < Date.UTC(2026, 3, 30); ms += 97 * 60_000) {
        const wall = reference(ms, zone);
        const back = parseDateTime(wall, 'received_at', zone).value!;
        // A repeated hour (DST end) reads as the earlier instant; both show the same wall time.
        expect(reference(Date.parse(back), zone)).toBe(wall);
      }
    }
  });
});
