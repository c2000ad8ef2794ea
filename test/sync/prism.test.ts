import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { repoRoot, tempDir } from '../helpers/cli.js';
import { agency, day, reportRow } from './helpers.js';

/*
 * The client's requests and the simulator's answers checked against the contract
 * (shared/national-api.openapi.yaml) by @stoplight/prism-cli in proxy mode with --errors: prism
 * sits between them, validates both directions, and turns any violation into an error answer
 * (which fails the sync) and a log line (which fails this test).
 */
// A copy of shared/national-api.openapi.yaml kept in the repo, so CI checks it on any checkout.
const spec = path.join(repoRoot, 'docs', 'national-api.openapi.yaml');
const prismBin = path.join(repoRoot, 'node_modules', '.bin', 'prism');

let prism: ChildProcess | undefined;
afterEach(() => {
  prism?.kill('SIGTERM');
  prism = undefined;
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function startPrism(upstream: string): Promise<{ url: string; log: () => string }> {
  const port = await freePort();
  let log = '';
  const child = spawn(prismBin, ['proxy', spec, upstream, '--errors', '-h', '127.0.0.1', '-p', String(port)], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
  });
  prism = child;
  child.stdout!.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (log += d.toString()));
  const deadline = Date.now() + 45_000;
  while (!/Prism is listening/.test(log)) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`prism did not start:\n${log}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url: `http://127.0.0.1:${port}`, log: () => log };
}

describe('contract conformance through a validating proxy', () => {
  it('every request of a full sync and every answer of the simulator conforms to the OpenAPI contract', async () => {
    const a = await agency();
    const proxy = await startPrism(a.sim.url);
    await a.ok(['config', 'set', 'national.url', proxy.url]);

    // The proxy really validates: a request breaking the contract is refused by prism itself.
    const broken = await fetch(`${proxy.url}/complaints/complaint`, {
      method: 'POST',
      headers: { Authorization: 'Bearer sim-key', token: 'sim-token', 'Content-Type': 'application/json', 'Idempotency-Key': 'check-0001' },
      body: JSON.stringify({ title: 'only a title' }),
    });
    expect(broken.status).toBe(422);
    expect(JSON.stringify(await broken.json())).toContain('external_ref');
    // ...and logs it, which is what the check at the end looks for.
    while (!/✖\s+error/.test(proxy.log())) await new Promise((r) => setTimeout(r, 20));
    const before = proxy.log().length;

    await a.ok(['unit', 'add', 'DPUPR', '--name', 'Dinas PUPR']);
    await a.ok(['officer', 'add', '--name', 'Andi Pratama', '--unit', 'DPUPR']);
    await a.ok(['sync', 'masters']);
    await a.ok(['sync', 'map', 'unit', 'DPUPR', '102']);
    const t = await a.addReport({
      category: 'Infrastruktur',
      'reporter-name': 'Budi',
      phone: '0812-3456-7890',
      email: 'budi@example.id',
      'incident-date': '20/11/2026',
      location: 'Sepaku',
    });
    const file = path.join(tempDir(), 'surat.pdf');
    fs.writeFileSync(file, '%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    await a.ok(['attach', t, file]);
    await a.ok(['verify', t]);
    await a.ok(['assign', t, 'Andi Pratama']);
    await a.ok(['respond', t, '--note', 'Sedang ditinjau']);
    await a.ok(['followup', t, '--note', 'Lubang ditimbun', '--final']);
    const anon = await a.addReport({}, ['--anonymous']);
    const fwd = await a.addReport();
    await a.ok(['forward', fwd, '--to', '108', '--reason', 'Kewenangan pusat']);

    // A retried create after a 429 and an error answer (422) go through the proxy too.
    a.sim.inject({ operation: 'createComplaint', kind: '429', retryAfter: 0 });
    const refused = await a.addReport();
    await a.ok(['config', 'set', 'national.agency_institution_id', '999']);
    const first = await a.lapor(['sync', 'push', '--ticket', refused, '--format', 'json']);
    expect(JSON.parse(first.stdout).failures[0]).toMatchObject({ code: 'sync.reason.invalid' });
    await a.ok(['config', 'set', 'national.agency_institution_id', '101']);
    await a.ok(['sync', 'retry', refused]);

    const r = await a.lapor(['sync', '--format', 'json'], { now: day('2026-11-27', '12:00') });
    expect(r.code, `${r.stderr}\n${proxy.log()}`).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ pushed: 7, failed: 0 });
    const id = Number(reportRow(a.db, t).national_id);
    a.sim.state.addFollowup(id, 'Terima kasih', 'reporter');
    a.sim.state.setStatus(id, 'Dalam Proses');
    const pulled = await a.lapor(['sync', 'pull', '--force', '--format', 'json'], { now: day('2026-11-27', '13:00') });
    expect(pulled.code, pulled.stderr).toBe(0);
    // The forwarded report is final here and no longer polled.
    expect(JSON.parse(pulled.stdout).pulled).toBe(3);
    // A refused credential's answer is checked as well.
    expect((await a.lapor(['sync', 'pull', '--force'], { env: { LAPOR_API_KEY: 'wrong-key' } })).code).toBe(6);

    const log = proxy.log().slice(before);
    for (const path of [
      '/masters/institutions/external',
      '/masters/categories',
      '/complaints/complaint/file',
      '/complaints/complaint',
      '/complaints/followup/add',
      `/complaints/process/`,
      '/followups',
    ]) {
      expect(log).toContain(path);
    }
    expect(log).not.toMatch(/violation|✖|error/i);
    expect([reportRow(a.db, anon).national_id, reportRow(a.db, fwd).national_status]).toEqual([expect.any(String), 'Ditolak']);
  }, 90_000);
});
