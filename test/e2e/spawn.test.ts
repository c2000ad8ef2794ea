import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDb, tempDir, query, repoRoot } from '../helpers/cli.js';

const bin = path.join(repoRoot, 'bin', 'lapor.js');

function lapor(args: string[], env: NodeJS.ProcessEnv = {}, input?: string) {
  return spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', input, env: { PATH: process.env.PATH, HOME: tempDir(), LANG: 'C', ...env } });
}

describe('bin/lapor.js as a process', () => {
  it('adds and lists through the real binary', () => {
    const db = tempDb();
    const add = lapor(['add', '--channel', 'surat', '--title', 'Jembatan kayu lapuk', '--description', 'Jembatan desa hampir roboh', '--phone', '0812 3456 7890'], { LAPOR_DB: db });
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

  it('closing the pipe early is not an error', () => {
    const db = tempDb();
    for (let i = 0; i < 3; i++) lapor(['add', '--channel', 'sms', '--title', `Laporan nomor ${i}`, '--description', 'Uraian laporan yang cukup panjang'], { LAPOR_DB: db });
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" list --format csv | head -c 10`], { encoding: 'utf8', env: { PATH: process.env.PATH, LAPOR_DB: db, HOME: tempDir() } });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('two processes adding at once both succeed with distinct tickets', async () => {
    const db = tempDb();
    lapor(['list'], { LAPOR_DB: db });
    const script = `for i in $(seq 1 15); do "${process.execPath}" "${bin}" add --channel sms --title "Laporan serentak $1 $i" --description "Uraian laporan serentak nomor $i" --allow-duplicate || exit 1; done`;
    const runOne = (name: string) =>
      new Promise<number>((resolve) => {
        const child = spawn('sh', ['-c', script, 'sh', name], { env: { PATH: process.env.PATH, LAPOR_DB: db, HOME: tempDir() }, stdio: 'ignore' });
        child.on('exit', (code) => resolve(code ?? 1));
      });
    const codes = await Promise.all([runOne('a'), runOne('b')]);
    expect(codes).toEqual([0, 0]);
    const rows = query<{ n: number; d: number }>(db, 'SELECT count(*) AS n, count(DISTINCT ticket) AS d FROM reports');
    expect(rows).toEqual([{ n: 30, d: 30 }]);
  }, 120_000);
});
