import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDb, tempDir, query, repoRoot } from '../helpers/cli.js';

const bin = path.join(repoRoot, 'bin', 'lapor.cjs');

function lapor(args: string[], env: NodeJS.ProcessEnv = {}, input?: string) {
  return spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', input, env: { PATH: process.env.PATH, HOME: tempDir(), LANG: 'C', ...env } });
}

describe('bin/lapor.cjs as a process', () => {
  it('adds and lists through the real binary', () => {
    const db = tempDb();
    const add = lapor(
      ['add', '--channel', 'surat', '--title', 'Jembatan kayu lapuk', '--description', 'Jembatan desa hampir roboh', '--phone', '0812 3456 7890'],
      { LAPOR_DB: db },
    );
    expect(add.status).toBe(0);
    expect(add.stdout).toMatch(/^LAPOR-\d{4}-000001\n$/);
    const list = lapor(['list', '--format', 'csv'], { LAPOR_DB: db });
    expect(list.status).toBe(0);
    expect(list.stdout).toContain('Jembatan kayu lapuk');
    expect(list.stderr).toBe('');
  });

  it('exit codes: usage 2, not found 3, invalid 4; no stack traces', () => {
    const db = tempDb();
    expect(lapor(['list', '--limit', 'x'], { LAPOR_DB: db }).status).toBe(2);
    expect(lapor(['show', 'LAPOR-2026-000009'], { LAPOR_DB: db }).status).toBe(3);
    const bad = lapor(['add', '--channel', 'x', '--title', 'y', '--description', 'z'], { LAPOR_DB: db });
    expect(bad.status).toBe(4);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });

  it('closing the pipe early is not an error', async () => {
    const db = tempDb();
    // The reports are entered in-process: only the listing process is under test.
    for (let i = 0; i < 3; i++)
      await run(['add', '--channel', 'sms', '--title', `Laporan nomor ${i}`, '--description', 'Uraian laporan yang cukup panjang'], { db });
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" list --format csv | head -c 10`], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, LAPOR_DB: db, HOME: tempDir() },
    });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('processes adding at once all succeed with distinct tickets', async () => {
    const db = tempDb();
    // Created (and migrated) first, in-process: the writers race for tickets, not for the schema.
    await run(['list'], { db });
    // Started together, their writes land close together (more contention than processes adding
    // one after another in two loops, for a third of the process starts).
    const addOne = (i: number) =>
      new Promise<number>((resolve) => {
        const args = [
          'add',
          '--channel',
          'sms',
          '--title',
          `Laporan serentak ${i}`,
          '--description',
          `Uraian laporan serentak nomor ${i}`,
          '--allow-duplicate',
        ];
        const child = spawn(process.execPath, [bin, ...args], { env: { PATH: process.env.PATH, LAPOR_DB: db, HOME: tempDir() }, stdio: 'ignore' });
        child.on('exit', (code) => resolve(code ?? 1));
      });
    const codes = await Promise.all(Array.from({ length: 10 }, (_, i) => addOne(i)));
    expect(codes).toEqual(Array(10).fill(0));
    const rows = query<{ n: number; d: number }>(db, 'SELECT count(*) AS n, count(DISTINCT ticket) AS d FROM reports');
    expect(rows).toEqual([{ n: 10, d: 10 }]);
  }, 120_000);
});
