import { describe, expect, it, vi } from 'vitest';
import { maskNik, validateNik } from '../../src/domain/nik.js';

const today = '2026-03-05';
const codes = (r: { problems: { code: string }[] }) => r.problems.map((p) => p.code);

describe('validateNik', () => {
  it('accepts a man’s NIK and decodes it', () => {
    const r = validateNik('6409011203850001', { today });
    expect(r.problems).toEqual([]);
    expect(r.value).toBe('6409011203850001');
    expect(r.info).toEqual({
      province: '64',
      regency: '64.09',
      district: '64.09.01',
      birthDate: '1985-03-12',
      sex: 'M',
      serial: '0001',
    });
  });

  it('reads day + 40 as a woman', () => {
    const r = validateNik('6409015203850002', { today });
    expect(r.info?.sex).toBe('F');
    expect(r.info?.birthDate).toBe('1985-03-12');
    expect(validateNik('6409014101900003', { today }).info?.birthDate).toBe('1990-01-01');
    expect(validateNik('6409017112900003', { today }).info?.birthDate).toBe('1990-12-31');
  });

  it.each([['6409 0152 0385 0002'], ['6409.0152.0385.0002'], ['6409-01-520385-0002'], ['  6409015203850002\t']])(
    'strips what people type between digits: %j',
    (typed) => {
      expect(validateNik(typed, { today }).value).toBe('6409015203850002');
    },
  );

  it('rejects letters and reports the character, not the NIK', () => {
    const r = validateNik('64090152O3850002', { today });
    expect(codes(r)).toEqual(['nik.notDigits']);
    expect(r.problems[0]?.params).toEqual({ field: 'nik', char: 'O' });
    expect(r.value).toBeUndefined();
  });

  it.each([
    ['640901520385000', 15],
    ['64090152038500021', 17],
    ['', 0],
  ])('rejects %j by length', (typed, length) => {
    const r = validateNik(typed, { today });
    expect(codes(r)).toEqual(['nik.length']);
    expect(r.problems[0]?.params).toMatchObject({ length });
    expect(r.problems[0]?.severity).toBe('error');
  });

  it.each(['00', '32', '40', '72', '99'])('rejects day %s', (dd) => {
    const r = validateNik(`640901${dd}03850001`, { today });
    expect(codes(r)).toEqual(['nik.day']);
    expect(r.problems[0]?.params).toMatchObject({ day: dd });
  });

  it.each(['00', '13'])('rejects month %s', (mm) => {
    expect(codes(validateNik(`64090112${mm}850001`, { today }))).toEqual(['nik.month']);
  });

  it('reports day, month and serial together', () => {
    expect(codes(validateNik('6409013213850000', { today }))).toEqual(['nik.day', 'nik.month', 'nik.serial']);
  });

  it('knows leap years', () => {
    expect(validateNik('6409012902000001', { today }).info?.birthDate).toBe('2000-02-29');
    expect(validateNik('6409016902040001', { today }).info).toMatchObject({ birthDate: '2004-02-29', sex: 'F' });
    const r = validateNik('6409012902010001', { today });
    expect(codes(r)).toEqual(['nik.date']);
    expect(r.problems[0]?.params).toMatchObject({ date: '2001-02-29' });
    expect(codes(validateNik('6409013104850001', { today }))).toEqual(['nik.date']);
  });

  it('puts YY after this year in the 1900s and the rest in the 2000s', () => {
    expect(validateNik('6409010101260001', { today }).info?.birthDate).toBe('2026-01-01');
    expect(validateNik('6409010101270001', { today }).info?.birthDate).toBe('1927-01-01');
    expect(validateNik('6409010101290001', { today: '2030-01-01' }).info?.birthDate).toBe('2029-01-01');
  });

  it('reads a date still to come this century in the last one (issue 14)', () => {
    // 25-12-1926 seen on 3 Dec 2026 was refused as "born in the future".
    const r = validateNik('6409012512260001', { today: '2026-12-03' });
    expect(r.problems).toEqual([]);
    expect(r.info?.birthDate).toBe('1926-12-25');
    expect(validateNik('6409010612260001', { today }).info?.birthDate).toBe('1926-12-06');
    expect(validateNik('6409010603260001', { today }).info?.birthDate).toBe('1926-03-06');
    // 29 February exists in 2000 only: read there, whatever the other century says.
    expect(validateNik('6409012902000001', { today }).info?.birthDate).toBe('2000-02-29');
  });

  it('still refuses a birth date that is in the future in both centuries', () => {
    const r = validateNik('6409010101500001', { today: '1930-01-01' });
    expect(codes(r)).toEqual(['nik.future']);
    expect(r.problems[0]?.params).toMatchObject({ date: '2050-01-01' });
  });

  it('warns, without refusing, on a reporter younger than 10 or older than 110 (issue 14)', () => {
    const young = validateNik('6409010503250001', { today: '2026-12-03' });
    expect(young.value).toBe('6409010503250001');
    expect(young.problems).toEqual([
      { field: 'nik', code: 'nik.age', params: { field: 'nik', date: '2025-03-05', age: 1, min: 10, max: 110 }, severity: 'warning' },
    ]);
    expect(codes(validateNik('6409010503160001', { today: '2026-12-03' }))).toEqual([]);
    expect(codes(validateNik('6409010503170001', { today: '2026-12-03' }))).toEqual(['nik.age']);
  });

  it('rejects serial 0000', () => {
    expect(codes(validateNik('6409011203850000', { today }))).toEqual(['nik.serial']);
  });

  it('does not judge the province code', () => {
    expect(validateNik('9909011203850001', { today }).problems).toEqual([]);
    expect(validateNik('0009011203850001', { today }).problems).toEqual([]);
  });

  it('warns, without failing, on a region the table does not know', () => {
    const isKnownRegion = vi.fn((code: string) => code === '64.09.01');
    expect(validateNik('6409011203850001', { today, isKnownRegion }).problems).toEqual([]);
    expect(isKnownRegion).toHaveBeenCalledWith('64.09.01');

    const r = validateNik('6471011203850001', { today, isKnownRegion, field: 'reporter_nik' });
    expect(r.value).toBe('6471011203850001');
    expect(r.info?.district).toBe('64.71.01');
    expect(r.problems).toEqual([
      { field: 'reporter_nik', code: 'nik.unknownRegion', params: { field: 'reporter_nik', region: '64.71.01' }, severity: 'warning' },
    ]);
  });

  it('uses the given field name in every problem', () => {
    const r = validateNik('123', { today, field: 'nik_pelapor' });
    expect(r.problems[0]).toMatchObject({ field: 'nik_pelapor', params: { field: 'nik_pelapor' } });
  });

  it('refuses a malformed today (a caller bug)', () => {
    expect(() => validateNik('6409011203850001', { today: '05/03/2026' })).toThrow(RangeError);
  });
});

describe('maskNik', () => {
  it('shows the first and last 4 digits', () => {
    expect(maskNik('6409015203850003')).toBe('6409********0003');
    expect(maskNik('6409 0152 0385 0003')).toBe('6409********0003');
  });

  it('masks everything when the value is too short to hide 8 digits', () => {
    expect(maskNik('64090152')).toBe('********');
    expect(maskNik('')).toBe('');
  });
});
