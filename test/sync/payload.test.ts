import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorText, formatJakartaTime, fromCategories, fromDetail, fromFollowups, nationalId, parseJakartaTime, toCreateBody } from '../../src/sync/payload.js';
import { credentialsPath, loadCredentials, saveCredentials } from '../../src/sync/credentials.js';
import { isInsecureRemote, normalizeNationalUrl } from '../../src/domain/national-settings.js';
import type { StoredReport } from '../../src/domain/report-record.js';
import { tempDir } from '../helpers/cli.js';

const report: StoredReport = {
  id: 1,
  ticket: 'PPU-2026-000007',
  classification: 'aspiration',
  channel: 'walk-in',
  title: 'Jalan rusak',
  description: 'Lubang besar',
  category: 'Infrastruktur',
  receivedAt: '2026-11-27T01:00:00.000Z',
  receivedDate: '2026-11-27',
  incidentDate: '2026-11-20',
  location: 'Sepaku',
  anonymous: false,
  confidential: true,
  reporter: { name: 'Budi', nik: '6409041505900003', phone: '+6281234567890', phoneRaw: '0812-3456-7890', email: 'budi@example.id', address: 'Jl. Poros' },
  status: 'recorded',
  createdAt: '2026-11-27T01:00:00.000Z',
  createdBy: 'Siti',
  updatedAt: '2026-11-27T01:00:00.000Z',
  updatedBy: 'Siti',
  workflow: { lastFollowupFinal: false, replyAfterFollowup: false },
  national: {},
};

describe('mapping our records to the national payloads', () => {
  it('builds the create body: ids, flags, reporter without NIK or address', () => {
    const body = toCreateBody(report, { categoryId: 14, dispositionId: 102, docIds: [90001], nikInContent: false });
    expect(body).toEqual({
      title: 'Jalan rusak',
      content: 'Lubang besar',
      classification_id: 2,
      channel: 'Tatap Muka',
      category_id: 14,
      disposition_id: 102,
      date_of_incident: '2026-11-20',
      location: 'Sepaku',
      is_anonymous: 0,
      is_secret: 1,
      attachments: [90001],
      external_ref: 'PPU-2026-000007',
      reporter: { name: 'Budi', email: 'budi@example.id', phone: '+6281234567890' },
    });
    expect(JSON.stringify(body)).not.toContain('6409041505900003');
    expect(JSON.stringify(body)).not.toContain('Jl. Poros');
  });

  it('adds the NIK to the text only when the agency says so; anonymous reports carry no reporter', () => {
    expect(toCreateBody(report, { categoryId: null, dispositionId: null, docIds: [], nikInContent: true }).content).toBe(
      'Lubang besar\n\nNIK: 6409041505900003',
    );
    const anon = toCreateBody(
      { ...report, anonymous: true, confidential: false, reporter: {} },
      { categoryId: null, dispositionId: null, docIds: [], nikInContent: true },
    );
    expect(anon).toMatchObject({ is_anonymous: 1, is_secret: 0, content: 'Lubang besar' });
    expect(anon).not.toHaveProperty('reporter');
  });

  it('reads Jakarta times (UTC+7) both ways and refuses impossible dates', () => {
    expect(parseJakartaTime('27-11-2026 08:00:00')).toBe('2026-11-27T01:00:00.000Z');
    expect(formatJakartaTime(new Date('2026-11-27T01:00:00Z'))).toBe('27-11-2026 08:00:00');
    expect(parseJakartaTime('31-02-2026 08:00:00')).toBeUndefined();
    expect(parseJakartaTime('2026-11-27 08:00:00')).toBeUndefined();
  });

  it('reads detail and follow-ups; unknown status names are kept verbatim', () => {
    const detail = fromDetail({
      results: { data: { complaint_id: 5, status_name: ' Menunggu Tanggapan ', tracking_id: 'T5', updated_at: '01-12-2026 10:00:00' } },
    });
    expect(detail).toEqual({ statusName: 'Menunggu Tanggapan', trackingId: 'T5', updatedAt: '2026-12-01T03:00:00.000Z' });
    const list = fromFollowups({ results: { data: [{ id: 9, content: 'ok', created_at: '01-12-2026 10:00:00', author_type: 'reporter', rating: null }] } });
    expect(list).toEqual([{ id: '9', content: 'ok', at: '2026-12-01T03:00:00.000Z', author: 'reporter' }]);
    expect(() => fromDetail({ data: {} })).toThrow(/results/);
  });

  it("turns the server's 422 into one line naming the fields", () => {
    expect(errorText({ message: 'The given data was invalid.', errors: { title: ['required'], 'reporter.phone': ['bad format'] } }, 'x')).toBe(
      'The given data was invalid. (title: required; reporter.phone: bad format)',
    );
    expect(errorText(undefined, 'no details')).toBe('no details');
  });
});

describe('configuration and credentials', () => {
  it('accepts http(s) URLs and refuses one carrying a password', () => {
    expect(normalizeNationalUrl(' https://lapor.example.go.id/api/ ')).toEqual({ value: 'https://lapor.example.go.id/api' });
    expect(normalizeNationalUrl('https://user:secret@lapor.example.go.id').problem?.code).toBe('config.nationalUrlSecret');
    expect(normalizeNationalUrl('ftp://x').problem?.code).toBe('config.nationalUrl');
    expect(normalizeNationalUrl('lapor.go.id').problem?.code).toBe('config.nationalUrl');
  });

  it('takes both variables from the environment, and refuses half of them', () => {
    expect(loadCredentials({ LAPOR_API_KEY: 'k-123', LAPOR_API_TOKEN: 't-456' })).toEqual({ apiKey: 'k-123', token: 't-456', source: 'env' });
    expect(() => loadCredentials({ LAPOR_API_KEY: 'k-123', HOME: tempDir() })).toThrow(
      expect.objectContaining({ key: 'sync.credentialsPartial', exitCode: 6 }),
    );
  });

  it('reads an owner-only file, refuses a group/world-readable one, never quotes its content', () => {
    const home = tempDir();
    const env = { HOME: home };
    expect(() => loadCredentials(env)).toThrow(expect.objectContaining({ key: 'sync.noCredentials' }));
    const file = saveCredentials(env, 'key-secret-1', 'token-secret-2');
    expect(file).toBe(path.join(home, '.config/lapor/credentials.json'));
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(loadCredentials(env)).toEqual({ apiKey: 'key-secret-1', token: 'token-secret-2', source: file });
    fs.chmodSync(file, 0o644);
    expect(() => loadCredentials(env)).toThrow(expect.objectContaining({ key: 'sync.credentialsFileOpen', params: { path: file, mode: '0644' } }));
    fs.chmodSync(file, 0o600);
    fs.writeFileSync(file, '{"api_key": "key-secret-1", "token": ');
    try {
      loadCredentials(env);
      expect.unreachable();
    } catch (error) {
      expect((error as { key: string }).key).toBe('sync.credentialsFileBad');
      expect(JSON.stringify(error) + String(error)).not.toContain('key-secret-1');
    }
    expect(credentialsPath({ HOME: home, XDG_CONFIG_HOME: '/x' })).toBe('/x/lapor/credentials.json');
    expect(credentialsPath({ LAPOR_CREDENTIALS: '/y/c.json' })).toBe('/y/c.json');
  });
});

describe('national ids and URLs from a server we do not trust', () => {
  it('accepts positive safe integers (number or digits) and nothing else', () => {
    expect([1, '42', 9007199254740991, '9007199254740991'].map((v) => nationalId(v, 'id'))).toEqual([1, 42, 9007199254740991, 9007199254740991]);
    for (const bad of [
      0,
      -5,
      '-5',
      1.5,
      1e21,
      '1e+21',
      '9007199254740993',
      '123456789012345678901234567890',
      '',
      ' 7',
      '07',
      null,
      true,
      {},
      [1],
      NaN,
      Infinity,
    ]) {
      expect(() => nationalId(bad, 'id'), JSON.stringify(bad) ?? String(bad)).toThrow(/not a valid id/);
    }
  });

  it('checks ids inside lists too: a follow-up or category with a bad id fails the whole answer', () => {
    expect(() => fromFollowups({ results: { data: [{ id: -1, content: 'x' }] } })).toThrow(/followups\[\]\.id/);
    expect(() => fromCategories({ results: { data: [{ id: 1, name: 'a', parent_id: 1e21 }], total: 1 } })).toThrow(/parent_id/);
    expect(() => fromDetail({ results: { data: { status_name: 'x', tracking_id: 'T'.repeat(65) } } })).toThrow(/tracking_id/);
  });

  it('plain http is insecure unless it stays on this computer', () => {
    expect(['http://127.0.0.1:8089', 'http://localhost/api', 'http://[::1]:9', 'https://lapor.go.id', ''].map(isInsecureRemote)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(['http://lapor.go.id', 'http://10.0.0.5', 'http://127.0.0.1.evil.example'].map(isInsecureRemote)).toEqual([true, true, true]);
  });
});
