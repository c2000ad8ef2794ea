import { describe, expect, it } from 'vitest';
import { maskPhone, normalizePhone } from '../../src/domain/phone.js';

describe('normalizePhone', () => {
  it.each([
    ['0812-3456-7890', '+6281234567890'],
    ['+62 812 3456 7890', '+6281234567890'],
    ['62812 3456 7890', '+6281234567890'],
    ['6281234567890', '+6281234567890'],
    ['+62 0812 3456 7890', '+6281234567890'],
    ['0812.3456.7890', '+6281234567890'],
    ['0811 111 111', '+62811111111'],
    ['0812345678901', '+62812345678901'],
  ])('reads the mobile %j as %s', (typed, e164) => {
    const r = normalizePhone(typed);
    expect(r).toEqual({ e164, raw: typed, kind: 'mobile', problems: [] });
  });

  it.each([
    ['(0542) 123456', '+62542123456'],
    ['0542-123456', '+62542123456'],
    ['0542 7211234', '+625427211234'],
    ['(021) 555-1234', '+62215551234'],
    ['+62 21 555 1234', '+62215551234'],
  ])('reads the landline %j as %s', (typed, e164) => {
    const r = normalizePhone(typed);
    expect(r.e164).toBe(e164);
    expect(r.kind).toBe('fixed');
    expect(r.problems).toEqual([]);
  });

  it('takes a leading 62 without + as the country code even where 062x is an area code', () => {
    // libphonenumber alone reads this as 0622-15551234 (Pematang Siantar).
    expect(normalizePhone('6221 5551234').e164).toBe('+62215551234');
    expect(normalizePhone('62 21 5551234').e164).toBe('+62215551234');
  });

  it('keeps what was typed, trimmed', () => {
    expect(normalizePhone('  0812-3456-7890 ').raw).toBe('0812-3456-7890');
  });

  it.each([
    ['081234567', 'phone.tooShort', { digits: 9 }], // 9 digits: too short for a mobile
    ['08123456789012', 'phone.tooLong', { digits: 14 }], // 14 digits: too long
    ['0811111', 'phone.tooShort', { digits: 7 }],
    ['1708', 'phone.tooShort', { digits: 4 }], // the SMS short code, not a reporter's number
    ['abc', 'phone.character', { char: 'a' }],
    ['', 'phone.tooShort', { digits: 0 }],
    ['0812-abc-7890', 'phone.character', { char: 'a' }],
    ['0812 3456 7890 / 0813 1111 2222', 'phone.character', { char: '/' }],
    ['0111 234 5678', 'phone.invalid', { digits: 11 }], // no area code 011
  ])('rejects %j saying what is wrong, not echoing the number', (typed, code, params) => {
    const r = normalizePhone(typed, 'reporter_phone');
    expect(r.e164).toBeUndefined();
    expect(r.kind).toBeUndefined();
    expect(r.problems).toEqual([{ field: 'reporter_phone', code, params: { field: 'reporter_phone', ...params }, severity: 'error' }]);
  });

  it('accepts a valid foreign number with a warning', () => {
    const r = normalizePhone('+60 12-345 6789');
    expect(r.e164).toBe('+60123456789');
    expect(r.kind).toBe('mobile');
    expect(r.problems).toEqual([{ field: 'phone', code: 'phone.foreign', params: { field: 'phone', country: 'MY' }, severity: 'warning' }]);
  });

  it('calls numbers that are neither clearly mobile nor fixed "other"', () => {
    expect(normalizePhone('0800 1234567').kind).toBe('other'); // toll-free
    expect(normalizePhone('+1 650 253 0000').kind).toBe('other'); // US: fixed or mobile
  });
});

describe('maskPhone', () => {
  it('keeps the country code, 3 national digits and the last 4', () => {
    expect(maskPhone('+6281234567890')).toBe('+62812****7890');
    expect(maskPhone('+62812345678901')).toBe('+62812*****8901');
  });

  it('hides at least a third of shorter numbers', () => {
    expect(maskPhone('+62812345678')).toBe('+62812***678');
    expect(maskPhone('+62542123456')).toBe('+62542***456');
    expect(maskPhone('+60123456789')).toBe('+60123***789');
  });

  it('still masks something it cannot parse', () => {
    expect(maskPhone('12345')).toBe('1**45');
  });
});
