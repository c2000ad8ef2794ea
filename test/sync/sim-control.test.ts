import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../src/sync/simulator/server.js';
import { buildIfStale } from '../../bin/build-if-stale.js';
import { repoRoot, tempDir } from '../helpers/cli.js';

// Issue 11, item 15: the simulator's control endpoints check their bodies; `npm run national-sim`
// documents them and starts from dist/ without rebuilding when the build is current.

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function post(
  path: string,
  body: string,
): Promise<{ status: number; body: { message?: string; errors?: Record<string, string[]> } & Record<string, unknown> }> {
  const r = await fetch(`${sim!.url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
  return { status: r.status, body: (await r.json()) as { message?: string; errors?: Record<string, string[]> } };
}

async function complaint(): Promise<number> {
  return sim!.state.createComplaint({
    title: 'Jalan rusak',
    content: 'Lubang besar',
    classification_id: 1,
    is_anonymous: 0,
    is_secret: 0,
    external_ref: 'PPU-1',
  }).id;
}

describe('the simulator control endpoints check their bodies', () => {
  it('a fault with a wrong kind, operation or count is a 400 naming each field; nothing is queued', async () => {
    sim = await startSimulator();
    const bad = await post(
      '/__sim/faults',
      JSON.stringify([
        { kind: 'lostack', operation: 'create', times: 0 },
        { kind: '503', retryAfter: -1, when: 2 },
      ]),
    );
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.errors!).sort()).toEqual(['[0].kind', '[0].operation', '[0].times', '[1].retryAfter', '[1].when']);
    expect(bad.body.errors!['[0].kind']![0]).toContain('lostAck');
    expect(bad.body.errors!['[0].operation']![0]).toContain('createComplaint');
    for (const [body, field] of [
      ['{}', 'kind'],
      ['[]', 'body'],
      ['"drop"', 'body'],
      ['[1]', '[0]'],
    ]) {
      const r = await post('/__sim/faults', body!);
      expect(r.status, body).toBe(400);
      expect(Object.keys(r.body.errors!), body).toContain(field);
    }
    const broken = await post('/__sim/faults', '{"kind": ');
    expect(broken.status).toBe(400);
    expect(broken.body.message).toContain('not valid JSON');
    // Nothing of the refused requests was queued: the next call goes through.
    const ok = await post('/__sim/faults', JSON.stringify({ operation: 'listCategories', kind: '503', times: 2, retryAfter: 4 }));
    expect(ok).toEqual({ status: 200, body: { queued: 1 } });
  });

  it('status and follow-up changes need their text, a known author and is_final 0 or 1', async () => {
    sim = await startSimulator();
    const id = await complaint();
    const noStatus = await post(`/__sim/complaints/${id}/status`, JSON.stringify({ status: 'Selesai' }));
    expect(noStatus.status).toBe(400);
    expect(Object.keys(noStatus.body.errors!).sort()).toEqual(['status', 'status_name']);
    const badFollowup = await post(`/__sim/complaints/${id}/followups`, JSON.stringify({ content: ' ', author_type: 'citizen', is_final: 2 }));
    expect(badFollowup.status).toBe(400);
    expect(Object.keys(badFollowup.body.errors!).sort()).toEqual(['author_type', 'content', 'is_final']);
    expect(sim.state.get(id).statusName).toBe('Belum Terverifikasi');
    expect(sim.state.get(id).followups).toEqual([]);

    expect((await post(`/__sim/complaints/${id}/status`, JSON.stringify({ status_name: 'Dalam Proses' }))).status).toBe(200);
    expect((await post(`/__sim/complaints/${id}/followups`, JSON.stringify({ content: 'Terima kasih' }))).status).toBe(201);
    expect(sim.state.get(id).statusName).toBe('Dalam Proses');
    expect(sim.state.get(id).followups.map((f) => [f.content, f.author])).toEqual([['Terima kasih', 'reporter']]);
    // An unknown complaint stays a 404, an unknown control request names itself.
    expect((await post('/__sim/complaints/99/status', JSON.stringify({ status_name: 'Selesai' }))).status).toBe(404);
    const unknown = await post('/__sim/reset', '{}');
    expect(unknown.status).toBe(404);
    expect(unknown.body.message).toContain('POST /__sim/reset');
  });
});

const run = promisify(execFile);

describe('npm run national-sim', () => {
  it('--help documents every control endpoint, its body fields and a curl example', async () => {
    const { stdout } = await run(process.execPath, [path.join(repoRoot, 'bin', 'national-sim.js'), '--help', '--port', '9123'], { cwd: repoRoot });
    for (const text of [
      'GET  /__sim/state',
      'POST /__sim/faults',
      'POST /__sim/complaints/ID/status',
      'POST /__sim/complaints/ID/followups',
      'kind',
      'lostAck | hang',
      'operation',
      'createComplaint',
      'times',
      'retryAfter',
      'status_name',
      'reason',
      'content',
      'author_type',
      'is_final',
      'curl -s -X POST http://127.0.0.1:9123/__sim/faults',
    ]) {
      expect(stdout).toContain(text);
    }
  });

  it('builds only when a source file is newer than its output', () => {
    const root = tempDir('lapor-sim-build-');
    fs.mkdirSync(path.join(root, 'src', 'sync'), { recursive: true });
    fs.mkdirSync(path.join(root, 'dist', 'sync'), { recursive: true });
    const [source, output] = [path.join(root, 'src', 'sync', 'a.ts'), path.join(root, 'dist', 'sync', 'a.js')];
    fs.writeFileSync(source, '');
    const builds: string[] = [];
    const build = (r: string) => void builds.push(r);
    // No output yet: builds.
    expect(buildIfStale(root, { build })).toBe(path.join('src', 'sync', 'a.ts'));
    fs.writeFileSync(output, '');
    fs.utimesSync(source, new Date('2026-12-01T00:00:00Z'), new Date('2026-12-01T00:00:00Z'));
    fs.utimesSync(output, new Date('2026-12-01T00:00:01Z'), new Date('2026-12-01T00:00:01Z'));
    // Output newer than the source: current, no build.
    expect(buildIfStale(root, { build })).toBeUndefined();
    fs.utimesSync(source, new Date('2026-12-01T00:00:02Z'), new Date('2026-12-01T00:00:02Z'));
    expect(buildIfStale(root, { build })).toBe(path.join('src', 'sync', 'a.ts'));
    expect(builds).toEqual([root, root]);
    // An installed package (no src/) never builds.
    fs.rmSync(path.join(root, 'src'), { recursive: true });
    expect(buildIfStale(root, { build })).toBeUndefined();
  });

  it('starts from the current dist/ without building, and prints its URL', async () => {
    const { stdout, stderr } = await startAndStop();
    expect(stdout).toMatch(/^http:\/\/127\.0\.0\.1:\d+\n$/);
    expect(stderr).not.toContain('Building');
  });
});

/** Starts bin/national-sim.js on a free port, waits for its URL, stops it with SIGTERM. */
function startAndStop(): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, [path.join(repoRoot, 'bin', 'national-sim.js'), '--port', '0'], { cwd: repoRoot });
    let stdout = '';
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout!.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (stdout.endsWith('\n')) child.kill('SIGTERM');
    });
    child.on('error', reject);
    child.on('exit', () => resolve({ stdout, stderr }));
  });
}
