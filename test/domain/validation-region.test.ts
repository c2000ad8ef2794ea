import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REGION_EXAMPLES, createRegionTable, normalizeRegionCode } from '../../src/domain/region.js';

const shipped = JSON.parse(readFileSync(new URL('../../data/regions.json', import.meta.url), 'utf8')) as Record<string, string>;

describe('normalizeRegionCode', () => {
  it.each([
    ['64', '64'],
    ['64.09', '64.09'],
    ['64.09.04', '64.09.04'],
    ['64.09.04.1005', '64.09.04.1005'],
    ['6409', '64.09'],
    ['640904', '64.09.04'],
    ['6409041005', '64.09.04.1005'],
    [' 64.09 ', '64.09'],
  ])('reads %j as %s', (typed, value) => {
    expect(normalizeRegionCode(typed)).toEqual({ value, problems: [] });
  });

  it.each([
    ['6'],
    ['640'],
    ['64090'],
    ['64090410'],
    ['64.9'],
    ['64.09.4'],
    ['64.09.04.105'],
    ['64.09.04.1005.1'],
    ['64-09'],
    ['64.0904'],
    ['ab'],
    [''],
    ['64.09.'],
  ])('rejects %j', (typed) => {
    expect(normalizeRegionCode(typed, 'location_region').problems).toEqual([
      {
        field: 'location_region',
        code: 'region.format',
        params: { field: 'location_region', value: typed.trim(), examples: REGION_EXAMPLES },
        severity: 'error',
      },
    ]);
  });
});

describe('createRegionTable', () => {
  const table = createRegionTable({ '64': 'Kalimantan Timur', '6409': 'Kabupaten Penajam Paser Utara', '64.09.04.1005': 'Sepaku' });

  it('finds names by dotted or plain code', () => {
    expect(table.name('64')).toBe('Kalimantan Timur');
    expect(table.name('64.09')).toBe('Kabupaten Penajam Paser Utara');
    expect(table.name('6409')).toBe('Kabupaten Penajam Paser Utara');
    expect(table.name('6409041005')).toBe('Sepaku');
  });

  it('returns undefined for unknown or malformed codes', () => {
    expect(table.name('64.09.04')).toBeUndefined();
    expect(table.name('65')).toBeUndefined();
    expect(table.name('nonsense')).toBeUndefined();
  });

  it('refuses a table with a malformed key', () => {
    expect(() => createRegionTable({ '64.9': 'x' })).toThrow(/64\.9/);
  });
});

describe('data/regions.json', () => {
  const codes = Object.keys(shipped);
  const table = createRegionTable(shipped);

  it('has only well-formed dotted codes with non-empty names', () => {
    for (const [code, name] of Object.entries(shipped)) {
      expect(normalizeRegionCode(code).value).toBe(code);
      expect(name.trim()).toBe(name);
      expect(name).not.toBe('');
    }
  });

  it('has the 38 current provinces, with the Papua split numbered 91-96', () => {
    const provinces = codes.filter((c) => c.length === 2).sort();
    expect(provinces).toEqual('11 12 13 14 15 16 17 18 19 21 31 32 33 34 35 36 51 52 53 61 62 63 64 65 71 72 73 74 75 76 81 82 91 92 93 94 95 96'.split(' '));
    expect(table.name('64')).toBe('Kalimantan Timur');
    expect(table.name('91')).toBe('Papua');
    expect(table.name('92')).toBe('Papua Barat');
    expect(table.name('93')).toBe('Papua Selatan');
    expect(table.name('94')).toBe('Papua Tengah');
    expect(table.name('95')).toBe('Papua Pegunungan');
    expect(table.name('96')).toBe('Papua Barat Daya');
  });

  it('has the 10 regencies and cities of Kalimantan Timur', () => {
    expect(codes.filter((c) => c.length === 5).sort()).toEqual(['64.01', '64.02', '64.03', '64.07', '64.08', '64.09', '64.11', '64.71', '64.72', '64.74']);
    expect(table.name('64.01')).toBe('Kabupaten Paser');
    expect(table.name('64.09')).toBe('Kabupaten Penajam Paser Utara');
    expect(table.name('64.74')).toBe('Kota Bontang');
  });

  it('has the 4 districts of Penajam Paser Utara and their 54 villages', () => {
    expect(codes.filter((c) => c.length === 8).map((c) => `${c} ${shipped[c]}`)).toEqual([
      '64.09.01 Penajam',
      '64.09.02 Waru',
      '64.09.03 Babulu',
      '64.09.04 Sepaku',
    ]);
    const villages = codes.filter((c) => c.length === 13);
    expect(villages).toHaveLength(54);
    expect(villages.every((c) => c.startsWith('64.09.0'))).toBe(true);
    expect(table.name('64.09.04.1005')).toBe('Sepaku');
    expect(villages.filter((c) => c.startsWith('64.09.04.'))).toHaveLength(15);
  });

  it('has a parent for every district and village', () => {
    for (const code of codes.filter((c) => c.length > 5)) {
      expect(shipped[code.slice(0, code.lastIndexOf('.'))], code).toBeDefined();
    }
  });
});
