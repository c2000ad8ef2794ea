import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { query, repoRoot, tempDir } from '../helpers/cli.js';
import { agency, copiesByTicket, outbox, simEnv } from './helpers.js';

// Spawns bin/lapor.cjs, which runs dist/: `npm test` builds first.
const bin = path.join(repoRoot, 'bin', 'lapor.cjs');

/** Starts `lapor sync push` as a real process and SIGKILLs it once `ready()` holds. */
function syncKilledWhen(db: string, ready: () => boolean): Promise<{ killed: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, 'sync', 'push'], {
      env: { PATH: process.env.PATH, HOME: tempDir(), LANG: 'C', LAPOR_DB: db, ...simEnv },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setInterval(() => {
      if (ready()) child.kill('SIGKILL');
    }, 2);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearInterval(timer);
      if (signal !== 'SIGKILL' && code !== 0) reject(new Error(`sync exited ${code}: ${stderr}`));
      else resolve({ killed: signal === 'SIGKILL' });
    });
  });
}

describe('a sync killed with SIGKILL mid-run, then run again', () => {
  it('the national side holds exactly one copy of every report and follow-up; every national id is stored', async () => {
    // Latency keeps requests in flight when the kill lands; lost acknowledgements make the
    // "applied but unanswered" case common.
    // The spawned syncs wait for real: short backoffs keep their retries quick.
    const a = await agency({ latencyMs: 15, lostAckRate: 0.1, seed: 3 }, { 'national.backoff_ms': '10' });
    await a.ok(['unit', 'add', 'DPUPR', '--name', 'Dinas PUPR']);
    await a.ok(['officer', 'add', '--name', 'Andi Pratama', '--unit', 'DPUPR']);
    // 120 reports in one import (each queued for sending like one added by hand); every tenth
    // gets a response to send after it.
    const csv = path.join(tempDir(), 'reports.csv');
    const rows = Array.from(
      { length: 120 },
      (_, i) => `K-${i};20/11/2026 09.00;surat;Laporan nomor ${i} tentang jalan;Uraian laporan nomor ${i} yang cukup panjang`,
    );
    fs.writeFileSync(csv, ['ref;tanggal_diterima;saluran;judul;uraian', ...rows].join('\n'));
    await a.ok(['import', csv]);
    const tickets = query<{ ticket: string }>(a.db, 'SELECT ticket FROM reports ORDER BY id').map((r) => r.ticket);
    expect(tickets).toHaveLength(120);
    for (const t of tickets.filter((_, i) => i % 10 === 0)) {
      await a.ok(['verify', t]);
      await a.ok(['assign', t, 'Andi Pratama']);
      await a.ok(['respond', t, '--note', `Tanggapan untuk ${t}`]);
    }
    const first = await syncKilledWhen(a.db, () => a.sim.state.complaints.size >= 30);
    expect(first.killed).toBe(true);
    const between = outbox(a.db);
    expect(between.some((o) => o.state === 'done')).toBe(true);
    // Killed with requests out: their operations are left in flight, some already applied nationally.
    expect(between.some((o) => o.state === 'in_flight')).toBe(true);
    expect(query(a.db, 'SELECT count(*) AS n FROM sync_lock')).toEqual([{ n: 1 }]);
    // Kill again, later in the work, to land in the middle of a resumed run too.
    const second = await syncKilledWhen(a.db, () => a.sim.state.complaints.size >= 80);
    expect(second.killed).toBe(true);

    const last = await a.lapor(['sync', 'push', '--force', '--format', 'json']);
    let tries = 0;
    while (outbox(a.db).some((o) => o.state !== 'done') && tries++ < 5) await a.lapor(['sync', 'push', '--force']);
    expect([0, 5]).toContain(last.code);
    expect(outbox(a.db).filter((o) => o.state !== 'done')).toEqual([]);
    expect(copiesByTicket(a.sim)).toEqual(new Map(tickets.map((t) => [t, 1])));
    for (const c of a.sim.state.complaints.values()) {
      const ref = String(c.body.external_ref);
      const wanted = tickets.indexOf(ref) % 10 === 0 ? [`Tanggapan untuk ${ref}`] : [];
      expect(c.followups.map((f) => f.content)).toEqual(wanted);
      expect(query(a.db, 'SELECT national_id FROM reports WHERE ticket = ?', ref)).toEqual([{ national_id: String(c.id) }]);
    }
    expect(query(a.db, 'SELECT count(*) AS n FROM sync_lock')).toEqual([{ n: 0 }]);
  }, 120_000);
});

describe('one sync at a time', () => {
  it('refuses to run beside a live sync (exit 5, naming it) and takes over from a dead one', async () => {
    const a = await agency();
    await a.addReport();
    const holder = spawn('sleep', ['30'], { stdio: 'ignore' });
    try {
      const handle = new Database(a.db);
      handle
        .prepare('INSERT INTO sync_lock (id, pid, host, acquired_at, heartbeat_at) VALUES (1, ?, ?, ?, ?)')
        .run(holder.pid, os.hostname(), '2026-11-27T01:00:00.000Z', '2026-11-27T01:00:00.000Z');
      handle.close();
      const busy = await a.lapor(['sync'], { now: '2026-11-27T01:05:00.000Z' });
      expect(busy.code).toBe(5);
      expect(busy.stderr).toContain(`Another sync is running (process ${holder.pid}`);
      expect(a.sim.stats.requests).toBe(0);
    } finally {
      holder.kill('SIGKILL');
    }
    await new Promise((r) => holder.once('exit', r));
    const after = await a.lapor(['sync'], { now: '2026-11-27T01:06:00.000Z' });
    expect(after.code, after.stderr).toBe(0);
    expect(after.stderr).toContain('stopped without finishing');
    expect(a.sim.state.complaints.size).toBe(1);
  });
});
