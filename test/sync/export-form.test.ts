import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { query, tempDir } from '../helpers/cli.js';
import { agency, outbox } from './helpers.js';

describe('export --format lapor: the national form for agencies without credentials', () => {
  it('writes the national fields of reports not yet sent, marks nothing, and keeps identity out unless asked', async () => {
    const a = await agency();
    await a.ok(['sync', 'masters']);
    const sent = await a.addReport();
    await a.ok(['sync', 'push']);
    const open = await a.addReport({
      category: 'Infrastruktur',
      'reporter-name': 'Budi',
      phone: '0812-3456-7890',
      'incident-date': '20/11/2026',
      location: '=Sepaku',
    });
    const secret = await a.addReport({ 'reporter-name': 'Rahasia', phone: '0813-1111-2222' }, ['--confidential']);
    const queueBefore = outbox(a.db);

    const plain = await a.ok(['export', '--format', 'lapor']);
    const rows = parse(plain.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.external_ref)).toEqual([open, secret]);
    expect(rows[0]).toMatchObject({
      classification_id: '1',
      channel: 'Surat',
      category_id: '14',
      category: 'Infrastruktur',
      date_of_incident: '2026-11-20',
      location: "'=Sepaku",
      is_anonymous: '0',
      is_secret: '0',
      reporter_name: '',
      reporter_phone: '',
    });
    expect(rows[1]).toMatchObject({ is_secret: '1', reporter_name: '' });
    expect(plain.stdout).not.toContain(sent);

    const file = path.join(tempDir(), 'form.csv');
    await a.ok(['export', '--format', 'lapor', '--include-pii', '--reason', 'unggah manual', '--out', file]);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const withPii = parse(fs.readFileSync(file, 'utf8'), { columns: true }) as Record<string, string>[];
    expect(withPii[0]).toMatchObject({ reporter_name: 'Budi', reporter_phone: '+6281234567890' });
    // A confidential reporter needs --include-confidential as well.
    expect(withPii[1]).toMatchObject({ reporter_name: '' });
    expect(query(a.db, "SELECT count(*) AS n FROM audit_log WHERE action = 'report.export'")).toEqual([{ n: 1 }]);
    // Nothing was marked as sent.
    expect(outbox(a.db)).toEqual(queueBefore);
    expect(query(a.db, 'SELECT count(*) AS n FROM reports WHERE national_id IS NOT NULL')).toEqual([{ n: 1 }]);
    expect((await a.lapor(['export', '--format', 'lapor', '--incremental', 'x', '--out', file])).code).toBe(2);
  });
});
