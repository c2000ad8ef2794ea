import { describe, expect, it } from 'vitest';
import { query, run, tempDb, tempDir } from '../helpers/cli.js';
import { agency } from './helpers.js';

describe('masters, mappings, doctor and status', () => {
  it('fetches institutions and categories, maps categories by name, keeps hand-made mappings', async () => {
    const a = await agency();
    await a.addReport({ category: 'Jalan Desa' });
    const r = await a.ok(['sync', 'masters', '--format', 'json']);
    expect(JSON.parse(r.stdout)).toMatchObject({ institutions: 10, categories: 17, unmapped_categories: ['Jalan Desa'] });
    expect(r.stderr).toContain('Jalan Desa');
    expect(query(a.db, "SELECT national_id FROM category_map WHERE category = 'infrastruktur'")).toEqual([{ national_id: 14 }]);
    // By hand: a local category onto a national one; 'none' removes it; unknown ids are refused.
    await a.ok(['sync', 'map', 'category', 'Jalan Desa', '14']);
    expect((await a.lapor(['sync', 'map', 'category', 'Jalan Desa', '15'])).code).toBe(4);
    expect((await a.lapor(['sync', 'map', 'category', 'Jalan Desa', 'abc'])).code).toBe(4);
    await a.ok(['unit', 'add', 'DPUPR', '--name', 'Dinas PUPR']);
    await a.ok(['sync', 'map', 'unit', 'DPUPR', '102']);
    expect((await a.lapor(['sync', 'map', 'unit', 'NOPE', '102'])).code).toBe(4);
    expect((await a.lapor(['sync', 'map', 'unit', 'DPUPR', '5'])).code).toBe(4);
    // Refreshing keeps the hand-made one.
    await a.ok(['sync', 'masters']);
    const list = JSON.parse((await a.ok(['sync', 'map', 'list', '--format', 'json'])).stdout) as {
      type: string;
      local: string;
      national_id: number;
      source: string;
    }[];
    expect(list.find((m) => m.local === 'Jalan Desa')).toMatchObject({ national_id: 14, source: 'manual' });
    expect(list.find((m) => m.type === 'unit')).toMatchObject({ local: 'DPUPR', national_id: 102 });
    const shown = JSON.parse((await a.ok(['sync', 'masters', '--show', 'institutions', '--search', 'Kesehatan', '--format', 'json'])).stdout);
    expect(shown.map((i: { id: number }) => i.id)).toEqual([110, 104]);
    expect(query(a.db, "SELECT count(*) AS n FROM audit_log WHERE action = 'sync.map'")).toEqual([{ n: 2 }]);
  });

  it('a throttled or failing list page is retried after the Retry-After or the backoff', async () => {
    const a = await agency();
    a.sim.inject({ operation: 'listInstitutions', kind: '429', retryAfter: 4 }, { operation: 'listCategories', kind: '502' });
    const r = await a.ok(['sync', 'masters', '--format', 'json']);
    expect(JSON.parse(r.stdout)).toMatchObject({ institutions: 10, categories: 17 });
    // 4 s as the server asked (longer than the first backoff), then the first backoff (750 ms).
    expect(a.time.slept).toEqual([4000, 750]);
    expect(a.sim.stats.byOperation).toMatchObject({ listInstitutions: 2, listCategories: 2 });
  });

  it('mapping before the lists are fetched says to fetch them first', async () => {
    const db = tempDb();
    const r = await run(['sync', 'map', 'category', 'Infrastruktur', '14'], { db });
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('lapor sync masters');
  });

  it('doctor says what is wrong: URL, credentials, reachability; never the secret', async () => {
    const db = tempDb();
    const none = await run(['sync', 'doctor', '--format', 'json'], { db, env: { HOME: tempDir() } });
    expect(none.code).toBe(6);
    const checks = JSON.parse(none.stdout) as { check: string; verdict: string; detail: string }[];
    expect(checks.find((c) => c.check === 'url')).toMatchObject({ verdict: 'fail' });
    expect(checks.find((c) => c.check === 'credentials')!.detail).toContain('LAPOR_API_KEY');
    expect(checks.find((c) => c.check === 'reachable')).toMatchObject({ verdict: 'warn' });

    await run(['config', 'set', 'national.url', 'http://127.0.0.1:9'], { db });
    const down = await run(['sync', 'doctor', '--format', 'json'], { db, env: { LAPOR_API_KEY: 'abcd-1234', LAPOR_API_TOKEN: 'efgh-5678' } });
    expect(down.code).toBe(5);
    expect(JSON.parse(down.stdout).find((c: { check: string }) => c.check === 'reachable').detail).toContain('ECONNREFUSED');

    const a = await agency();
    const good = await a.lapor(['sync', 'doctor', '--format', 'json']);
    expect(good.code).toBe(0);
    expect(JSON.parse(good.stdout).find((c: { check: string }) => c.check === 'reachable').verdict).toBe('ok');
    expect(good.stdout + good.stderr).not.toContain('sim-key');
  });

  it('config: the URL must be http(s) without a password; header names and numbers are checked', async () => {
    const db = tempDb();
    expect((await run(['config', 'set', 'national.url', 'https://u:p@lapor.example.go.id'], { db })).stderr).toContain(
      'must not contain a user name or password',
    );
    expect((await run(['config', 'set', 'national.url', 'lapor.go.id'], { db })).code).toBe(4);
    expect((await run(['config', 'set', 'national.key_header', 'X Api Key'], { db })).code).toBe(4);
    expect((await run(['config', 'set', 'national.concurrency', '0'], { db })).code).toBe(4);
    expect((await run(['config', 'set', 'national.url', 'https://lapor.example.go.id/api/'], { db })).code).toBe(0);
    expect((await run(['config', 'get', 'national.url'], { db })).stdout).toBe('https://lapor.example.go.id/api\n');
    const list = JSON.parse((await run(['config', 'list'], { db })).stdout) as { key: string; value: string }[];
    expect(list.filter((s) => s.key.startsWith('national.')).map((s) => [s.key, s.value])).toEqual([
      ['national.url', 'https://lapor.example.go.id/api'],
      ['national.key_header', 'Authorization'],
      ['national.token_header', 'token'],
      ['national.agency_institution_id', ''],
      ['national.poll_hours', '3'],
      ['national.concurrency', '4'],
      ['national.timeout_seconds', '30'],
      ['national.max_attempts', '4'],
      ['national.backoff_ms', '1000'],
      ['national.nik_in_content', 'off'],
      ['national.max_response_mb', '4'],
      ['national.allow_insecure', 'off'],
      ['national.max_connection_failures', '3'],
    ]);
  });

  it('other header names are honoured end to end', async () => {
    const a = await agency(
      { keyHeader: 'X-Api-Key', tokenHeader: 'X-Client-Token' },
      { 'national.key_header': 'X-Api-Key', 'national.token_header': 'X-Client-Token' },
    );
    await a.addReport();
    expect((await a.lapor(['sync'])).code).toBe(0);
    expect(a.sim.state.complaints.size).toBe(1);
  });

  it('status shows queued, failed with reasons, last success; retry needs a ticket or --all-failed', async () => {
    const a = await agency();
    await a.addReport();
    const empty = JSON.parse((await a.ok(['sync', 'status', '--format', 'json'])).stdout);
    expect(empty).toMatchObject({
      queued: 1,
      failed: 0,
      running: null,
      runs: expect.arrayContaining([{ kind: 'push', last_run_at: null, last_ok: null, last_success_at: null, last_done: null, last_failed: null }]),
    });
    await a.ok(['sync']);
    const after = JSON.parse((await a.ok(['sync', 'status', '--format', 'json'])).stdout);
    expect(after).toMatchObject({ queued: 0, done: 1 });
    expect(after.runs.find((r: { kind: string }) => r.kind === 'push').last_success_at).not.toBeNull();
    expect((await a.lapor(['sync', 'retry'])).code).toBe(2);
    expect((await a.lapor(['sync', 'retry', 'PPU-2026-000099'])).code).toBe(3);
    expect((await a.ok(['sync', 'retry', '--all-failed'])).stderr).toContain('Nothing to retry');
    const table = await a.ok(['sync', 'status', '--format', 'table']);
    expect(table.stdout).toContain('Last push ok');
  });
});
