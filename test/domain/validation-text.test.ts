import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/domain/text.js';

describe('checkText', () => {
  it('trims and keeps inner whitespace as typed', () => {
    expect(checkText('  Jalan  rusak\n\tdi RT 03  ', 'title', { max: 100 })).toEqual({
      value: 'Jalan  rusak\n\tdi RT 03',
      problems: [],
    });
  });

  it('turns Windows line ends into newlines', () => {
    expect(checkText('baris 1\r\nbaris 2\rbaris 3', 'description', { max: 100 }).value).toBe('baris 1\nbaris 2\nbaris 3');
  });

  it('requires a value only when asked', () => {
    expect(checkText('   ', 'title', { max: 10, required: true }).problems).toEqual([
      { field: 'title', code: 'text.required', params: { field: 'title' }, severity: 'error' },
    ]);
    expect(checkText(undefined, 'title', { max: 10, required: true }).problems[0]?.code).toBe('text.required');
    expect(checkText(undefined, 'location', { max: 10 })).toEqual({ problems: [] });
    expect(checkText(' \n ', 'location', { max: 10 })).toEqual({ problems: [] });
  });

  it('checks the minimum and maximum length', () => {
    expect(checkText('abcd', 'title', { min: 5, max: 10 }).problems).toEqual([
      { field: 'title', code: 'text.tooShort', params: { field: 'title', min: 5, length: 4 }, severity: 'error' },
    ]);
    expect(checkText('abcde', 'title', { min: 5, max: 10 }).value).toBe('abcde');
    expect(checkText('a'.repeat(10), 'title', { max: 10 }).value).toHaveLength(10);
    expect(checkText('a'.repeat(11), 'title', { max: 10 }).problems).toEqual([
      { field: 'title', code: 'text.tooLong', params: { field: 'title', max: 10, length: 11 }, severity: 'error' },
    ]);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(checkText('😡😡😡', 'title', { max: 3 }).value).toBe('😡😡😡');
    expect(checkText('ꦗꦮ', 'title', { min: 2, max: 2 }).problems).toEqual([]);
  });

  it('measures after trimming', () => {
    expect(checkText('   abc   ', 'title', { max: 3 }).value).toBe('abc');
  });

  it.each([
    ['bel\u0007', 4, 'U+0007'],
    ['\u0000x', 1, 'U+0000'],
    ['form\u000Cfeed', 5, 'U+000C'],
    ['😡del\u007F', 5, 'U+007F'],
    ['c1\u0085', 3, 'U+0085'],
  ])('rejects control characters in %j', (text, position, code) => {
    expect(checkText(text, 'description', { max: 100 }).problems).toEqual([
      { field: 'description', code: 'text.control', params: { field: 'description', position, code }, severity: 'error' },
    ]);
  });

  it.each([
    ['abc\u202Edef', 4, 'U+202E'],
    ['\u202Ax', 1, 'U+202A'],
    ['😡 \u2066isolate\u2069', 3, 'U+2066'],
  ])('rejects text-direction controls in %j', (text, position, code) => {
    expect(checkText(text, 'title', { max: 100 }).problems).toEqual([
      { field: 'title', code: 'text.bidi', params: { field: 'title', position, code }, severity: 'error' },
    ]);
  });

  it('drops zero-width characters (they split words for search), then trims and counts', () => {
    expect(checkText('\u200BJa\u200Blan\u200C ru\u200Dsak\u2060\uFEFF', 'title', { max: 100 })).toEqual({ value: 'Jalan rusak', problems: [] });
    expect(checkText('\u200B\u200B', 'title', { required: true, max: 100 }).problems[0]!.code).toBe('text.required');
    expect(checkText('ab\u200Bc', 'title', { min: 4, max: 100 }).problems[0]!.code).toBe('text.tooShort');
  });
});
