import { describe, expect, it } from 'vitest';
import { exportColumns, columnByHeader, selectColumns, neutralizeFormula, restoreFormula, headerOf } from '../../src/transfer/columns.js';
import { reportFieldNames, identityFields } from '../../src/domain/report.js';
import { exportableKeys } from '../../src/store/export-repo.js';

describe('export column spec', () => {
  it('report fields keep the canonical names of lapor add, with the agreed Indonesian headers', () => {
    const fields = exportColumns.filter((c) => c.field).map((c) => [c.field, c.id]);
    expect(fields.map(([f]) => f).sort()).toEqual([...reportFieldNames].sort());
    expect(Object.fromEntries(fields)).toEqual({
      title: 'judul',
      description: 'uraian',
      classification: 'klasifikasi',
      channel: 'saluran',
      category: 'kategori',
      received_at: 'tanggal_diterima',
      incident_date: 'tanggal_kejadian',
      location: 'lokasi',
      region: 'kode_wilayah',
      unit: 'unit',
      ref: 'no_referensi',
      reporter_name: 'nama_pelapor',
      nik: 'nik',
      phone: 'no_hp',
      email: 'email',
      address: 'alamat',
      anonymous: 'anonim',
      confidential: 'rahasia',
    });
    for (const c of exportColumns.filter((x) => x.field)) expect(c.key).toBe(c.field);
  });

  it('every header is unique in both languages and every column has SQL behind it', () => {
    const headers = exportColumns.flatMap((c) => (c.key === c.id ? [c.key] : [c.key, c.id]));
    expect(new Set(headers).size).toBe(headers.length);
    expect(exportColumns.map((c) => c.key).sort()).toEqual(exportableKeys().sort());
  });

  it('the identity columns are exactly the reporter identity fields', () => {
    expect(exportColumns.filter((c) => c.pii).map((c) => c.key)).toEqual([...identityFields]);
    expect(selectColumns(false).some((c) => c.pii)).toBe(false);
    expect(selectColumns(true)).toHaveLength(exportColumns.length);
  });

  it('typed columns are not free text, so a phone keeps its +', () => {
    const kindOf = (key: string) => exportColumns.find((c) => c.key === key)!;
    for (const key of ['phone', 'nik', 'received_at', 'incident_date', 'anonymous', 'ticket', 'status', 'due_date'])
      expect(kindOf(key).freeText, key).toBe(false);
    for (const key of ['title', 'description', 'location', 'reporter_name', 'address', 'email', 'ref', 'officer', 'national_id', 'last_followup'])
      expect(kindOf(key).freeText, key).toBe(true);
  });

  it('finds columns by English or Indonesian header, in any case', () => {
    expect(columnByHeader(' Judul ')?.key).toBe('title');
    expect(columnByHeader('NO_HP')?.key).toBe('phone');
    expect(columnByHeader('received_at')?.id).toBe('tanggal_diterima');
    expect(columnByHeader('nope')).toBeUndefined();
    expect(headerOf(columnByHeader('uraian')!, 'en')).toBe('description');
  });
});

describe('formula rule', () => {
  const cases: [string, string][] = [
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+62 812', "'+62 812"],
    ['-5 lubang', "'-5 lubang"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ["'=x", "''=x"],
    ["''+x", "'''+x"],
    ["'quoted", "'quoted"],
    ["'", "'"],
    ['', ''],
    ['jalan = rusak', 'jalan = rusak'],
    [' =1', ' =1'],
  ];

  it.each(cases)('neutralises %j as %j and restores it exactly', (original, neutral) => {
    expect(neutralizeFormula(original)).toBe(neutral);
    expect(restoreFormula(neutral)).toBe(original);
  });

  it('is a bijection on every string built from the characters that matter', () => {
    const alphabet = ["'", '=', '+', '-', '@', '\t', '\r', 'a', ' '];
    const all: string[] = [''];
    for (let len = 1; len <= 4; len++) for (const prefix of all.filter((s) => s.length === len - 1)) for (const c of alphabet) all.push(prefix + c);
    const neutral = new Set<string>();
    for (const s of all) {
      const n = neutralizeFormula(s);
      expect(restoreFormula(n), JSON.stringify(s)).toBe(s);
      expect(/^[=+\-@\t\r]/.test(n), JSON.stringify(s)).toBe(false);
      neutral.add(n);
    }
    expect(neutral.size).toBe(all.length);
  });
});
