import { describe, expect, it } from 'vitest';
import { formatNip, validateNip } from '../../src/domain/nip.js';
import { catalog } from '../../src/io/messages/index.js';

const today = '2026-03-05';
const codes = (r: { problems: { code: string }[] }) => r.problems.map((p) => p.code);

describe('validateNip', () => {
  it('accepts a NIP and decodes birth date, start month, sex and serial', () => {
    const r = validateNip('198503122010012003', { today });
    expect(r.problems).toEqual([]);
    expect(r.value).toBe('198503122010012003');
    expect(r.info).toEqual({ kind: 'pns', birthDate: '1985-03-12', startMonth: '2010-01', startYear: '2010', sex: 'F', serial: '003' });
    expect(validateNip('199001012015031001', { today }).info?.sex).toBe('M');
  });

  it.each([['19850312 201001 2 003'], ['  19850312  201001 2 003 '], ['19850312\t201001\t2\t003']])('allows spaces between the groups: %j', (typed) => {
    expect(validateNip(typed, { today }).value).toBe('198503122010012003');
  });

  it('names the first character that is not a digit or a space', () => {
    const r = validateNip('19850312.201001.2.003', { today });
    expect(codes(r)).toEqual(['nip.notDigits']);
    expect(r.problems[0]?.params).toEqual({ field: 'nip', char: '.' });
    expect(validateNip('1985031220100l2003', { today }).problems[0]?.params?.char).toBe('l');
  });

  it.each([
    ['19850312201001200', 17],
    ['1985031220100120031', 19],
    ['', 0],
    ['6409011203850001', 16], // a NIK typed in the NIP field
  ])('rejects %j by length (%i digits)', (typed, length) => {
    const r = validateNip(typed, { today });
    expect(codes(r)).toEqual(['nip.length']);
    expect(r.problems[0]?.params?.length).toBe(length);
  });

  it.each([
    ['198502302010012003', '19850230'], // 30 February
    ['198513122010012003', '19851312'], // month 13
    ['198503002010012003', '19850300'], // day 0
    ['189903122010012003', '18990312'], // before 1900
  ])('rejects an impossible birth date in %s', (nip, value) => {
    const r = validateNip(nip, { today });
    expect(codes(r)).toContain('nip.birthDate');
    expect(r.problems.find((p) => p.code === 'nip.birthDate')?.params?.value).toBe(value);
  });

  it('accepts 29 February only in leap years', () => {
    expect(validateNip('198402292010012003', { today }).problems).toEqual([]);
    expect(codes(validateNip('198502292010012003', { today }))).toEqual(['nip.birthDate']);
    expect(validateNip('200002292020012003', { today }).problems).toEqual([]);
  });

  it('rejects an impossible start month, and a start month after today', () => {
    expect(codes(validateNip('198503122010002003', { today }))).toEqual(['nip.startMonth']);
    expect(codes(validateNip('198503121899012003', { today }))).toEqual(['nip.startMonth']);
    // This month is fine (TMT is the 1st), next month is not.
    expect(validateNip('198503122026032003', { today }).problems).toEqual([]);
    const future = validateNip('198503122026042003', { today });
    expect(codes(future)).toEqual(['nip.startFuture']);
    expect(future.problems[0]?.params?.start).toBe('2026-04');
  });

  it('accepts a PPPK number: digits 13-14 are not a month (issue 14)', () => {
    const r = validateNip('199009132025242014', { today });
    expect(r.problems).toEqual([]);
    expect(r.value).toBe('199009132025242014');
    expect(r.info).toEqual({ kind: 'pppk', birthDate: '1990-09-13', startYear: '2025', sex: 'F', serial: '014' });
    expect(validateNip('1990 0913 2025 24 2 014', { today }).info?.kind).toBe('pppk');
    expect(validateNip('199009132023211001', { today }).info).toMatchObject({ kind: 'pppk', sex: 'M' });
  });

  it('checks the rest of a PPPK number as for a PNS', () => {
    expect(codes(validateNip('199002302025242014', { today }))).toEqual(['nip.birthDate']);
    expect(codes(validateNip('199009132025243014', { today }))).toEqual(['nip.sex']);
    expect(codes(validateNip('199009132025242000', { today }))).toEqual(['nip.serial']);
    const future = validateNip('199009132027242014', { today });
    expect(codes(future)).toEqual(['nip.startFuture']);
    expect(future.problems[0]?.params?.start).toBe('2027');
    // Appointed at 15 at most, or at 71 at least: the digits are wrong.
    expect(codes(validateNip('201001012025242014', { today }))).toEqual(['nip.tooYoung']);
    expect(codes(validateNip('195301012025242014', { today }))).toEqual(['nip.tooOld']);
    // The year alone cannot tell 16 from 17, nor 70 from 71: accepted.
    expect(validateNip('200801012025242014', { today }).problems).toEqual([]);
    expect(validateNip('195401012025242014', { today }).problems).toEqual([]);
  });

  it('needs an age of 17 to 70 at the start of service, counted to the 1st of the start month', () => {
    // Born 12 March 1993: 17 on 12 March 2010, so March 2010 (the 1st) is still 16.
    const young = validateNip('199303122010032003', { today });
    expect(codes(young)).toEqual(['nip.tooYoung']);
    expect(young.problems[0]?.params).toMatchObject({ age: 16, min: 17, birth: '1993-03-12', start: '2010-03' });
    expect(validateNip('199303122010042003', { today }).problems).toEqual([]);
    // Born on the 1st: the birthday itself counts.
    expect(validateNip('199304012010042003', { today }).problems).toEqual([]);
    // Born after the start of service.
    expect(codes(validateNip('201503122010012003', { today }))).toEqual(['nip.tooYoung']);
    // 70 at the start is the limit; 71 is a typo.
    expect(validateNip('193003122000032003', { today }).problems).toEqual([]);
    const old = validateNip('192903122000042003', { today });
    expect(codes(old)).toEqual(['nip.tooOld']);
    expect(old.problems[0]?.params).toMatchObject({ age: 71, max: 70 });
  });

  it('checks the sex digit and the serial', () => {
    const r = validateNip('198503122010013003', { today });
    expect(codes(r)).toEqual(['nip.sex']);
    expect(r.problems[0]?.params?.digit).toBe('3');
    expect(codes(validateNip('198503122010010003', { today }))).toEqual(['nip.sex']);
    expect(codes(validateNip('198503122010012000', { today }))).toEqual(['nip.serial']);
    expect(validateNip('198503122010012999', { today }).problems).toEqual([]);
    expect(validateNip('198503122010012001', { today }).problems).toEqual([]);
  });

  it('reports every problem at once, and gives no value when there is one', () => {
    const r = validateNip('198513122030005000', { today });
    expect(codes(r)).toEqual(['nip.birthDate', 'nip.startMonth', 'nip.sex', 'nip.serial']);
    expect(r.value).toBeUndefined();
    expect(r.info).toBeUndefined();
  });

  it('uses the field name given, and every problem code has a message in both languages', () => {
    const samples = ['x', '1', '198513122030135000', '199303122010032003', '192903122000042003', '198503122026042003'];
    for (const s of samples) {
      for (const p of validateNip(s, { today, field: 'officer_nip' }).problems) {
        expect(p.field).toBe('officer_nip');
        expect(p.params?.field).toBe('officer_nip');
        expect(catalog[p.code], p.code).toBeDefined();
      }
    }
  });

  it('refuses a malformed today (a caller bug)', () => {
    expect(() => validateNip('198503122010012003', { today: '05/03/2026' })).toThrow(RangeError);
  });
});

describe('formatNip', () => {
  it('groups 18 digits as printed on SK letters, and leaves anything else alone', () => {
    expect(formatNip('198503122010012003')).toBe('19850312 201001 2 003');
    expect(formatNip('12345')).toBe('12345');
  });
});
