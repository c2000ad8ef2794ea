import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it, onTestFinished } from 'vitest';
import { query, run, tempDb } from '../helpers/cli.js';
import { agency, day, outbox, reportRow } from './helpers.js';
import { createHttpTransport } from '../../src/sync/transport.js';

/*
 * A national server that misbehaves on purpose: huge or trickling answers, impossible or
 * conflicting ids, redirects. A tiny node:http server of the test's own on 127.0.0.1, so each
 * misbehaviour is exactly what the test says; the simulator covers the well-behaved contract.
 */

type Handler = (req: http.IncomingMessage, res: http.ServerResponse, body: string) => void;

async function hostile(handler: Handler): Promise<{ url: string; requests: string[] }> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      requests.push(`${req.method} ${req.url}`);
      handler(req, res, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(() => {
    server.closeAllConnections();
    server.close();
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests };
}

const json = (res: http.ServerResponse, status: number, value: unknown) => {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(value));
};

/** An agency whose national.url is the hostile server; one try per run unless told otherwise. */
async function against(handler: Handler, settings: Record<string, string> = {}) {
  const server = await hostile(handler);
  const a = await agency({}, { 'national.max_attempts': '1', 'national.concurrency': '1', ...settings, 'national.url': server.url });
  return { a, server };
}

const failures = (stdout: string) => JSON.parse(stdout).failures as { ticket: string; code: string; reason: string }[];

describe('a hostile national server', () => {
  it('an answer larger than national.max_response_mb is cut off while streaming; the operation stays queued with the reason', async () => {
    let written = 0;
    const { a } = await against(
      (req, res) => {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        // 64 MB in 64 KB pieces, stopping as soon as the client hangs up.
        const piece = Buffer.alloc(64 * 1024, 0x20);
        const pump = () => {
          while (written < 64 * 1024 * 1024 && !res.destroyed) {
            written += piece.length;
            if (!res.write(piece)) return void res.once('drain', pump);
          }
          res.end();
        };
        pump();
      },
      { 'national.max_response_mb': '1' },
    );
    const t = await a.addReport();
    const r = await a.lapor(['sync', 'push', '--format', 'json']);
    expect(r.code).toBe(5);
    expect(failures(r.stdout)[0]).toMatchObject({ ticket: t, code: 'sync.reason.oversize' });
    expect(failures(r.stdout)[0]!.reason).toContain('larger than 1 MB');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(written).toBeLessThan(16 * 1024 * 1024);
    expect(outbox(a.db)[0]).toMatchObject({ state: 'queued' });
  });

  it('a server trickling one byte at a time meets the total deadline, not only the idle timeout', async () => {
    const { server } = await (async () => {
      const s = await hostile((req, res) => {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        const timer = setInterval(() => (res.destroyed ? clearInterval(timer) : res.write(' ')), 50);
        res.on('close', () => clearInterval(timer));
      });
      return { server: s };
    })();
    const transport = createHttpTransport({ timeoutMs: 1000, deadlineMs: 300, maxSockets: 1 });
    onTestFinished(() => transport.close());
    const started = Date.now();
    await expect(transport({ method: 'GET', url: `${server.url}/masters/categories`, headers: {} })).rejects.toMatchObject({ code: 'ETIMEDOUT' });
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('the deadline is national.timeout_seconds through the CLI: the operation stays queued, nothing in flight', async () => {
    const { a } = await against(
      (req, res) => {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        const timer = setInterval(() => (res.destroyed ? clearInterval(timer) : res.write(' ')), 200);
        res.on('close', () => clearInterval(timer));
      },
      { 'national.timeout_seconds': '1' },
    );
    const t = await a.addReport();
    const started = Date.now();
    const r = await a.lapor(['sync', 'push', '--format', 'json']);
    expect(Date.now() - started).toBeLessThan(4000);
    expect(r.code).toBe(5);
    expect(failures(r.stdout)[0]).toMatchObject({ ticket: t, code: 'sync.reason.transient' });
    expect(failures(r.stdout)[0]!.reason).toContain('ETIMEDOUT');
    expect(outbox(a.db)[0]).toMatchObject({ state: 'queued' });
  });

  it('impossible national ids (-5, 1e+21, 1.5, 30 digits, 0) are refused, never stored', async () => {
    let answer: unknown = -5;
    const { a } = await against((req, res) => json(res, 201, { results: { complaint_id: answer, tracking_id: 'LPR1' } }));
    for (const bad of [-5, 1e21, '1e+21', 1.5, '123456789012345678901234567890', 0, '-5']) {
      answer = bad;
      const t = await a.addReport();
      const r = await a.lapor(['sync', 'push', '--format', 'json', '--ticket', t]);
      expect(r.code, String(bad)).toBe(5);
      expect(failures(r.stdout)[0]!.reason, String(bad)).toContain('complaint_id is not a valid id');
      expect(reportRow(a.db, t).national_id, String(bad)).toBeNull();
    }
    answer = '9007199254740991';
    const t = await a.addReport();
    expect((await a.lapor(['sync', 'push', '--ticket', t])).code).toBe(0);
    expect(reportRow(a.db, t).national_id).toBe('9007199254740991');
  });

  it('a complaint id another report already holds fails that operation with the reason; the run and later runs go on', async () => {
    const ids = [777, 777, 778];
    const { a } = await against((req, res) => json(res, 201, { results: { complaint_id: ids.shift() ?? 900, tracking_id: 'LPR1' } }));
    const [t1, t2, t3] = [await a.addReport(), await a.addReport(), await a.addReport()];
    const r = await a.lapor(['sync', 'push', '--format', 'json']);
    expect(r.code).toBe(5);
    expect(failures(r.stdout)).toEqual([expect.objectContaining({ ticket: t2, code: 'sync.reason.idTaken' })]);
    expect(failures(r.stdout)[0]!.reason).toContain(t1);
    expect([t1, t2, t3].map((t) => reportRow(a.db, t).national_id)).toEqual(['777', null, '778']);
    expect(outbox(a.db).map((o) => o.state)).toEqual(['done', 'failed', 'done']);
    // A later run is not wedged: the new report goes, the failed one is reported again.
    const t4 = await a.addReport();
    const later = await a.lapor(['sync', 'push', '--format', 'json']);
    expect(later.stderr).not.toContain('UNIQUE');
    expect(reportRow(a.db, t4).national_id).toBe('900');
  });

  it('a follow-up id listed twice in one answer is stored once; the pull does not crash', async () => {
    const a = await agency();
    const t = await a.addReport();
    await a.ok(['sync', 'push']);
    const id = Number(reportRow(a.db, t).national_id);
    const f = a.sim.state.addFollowup(id, 'Mohon informasi lanjut', 'reporter');
    a.sim.state.complaints.get(id)!.followups.push({ ...f, content: 'Isi lain dengan id yang sama' });
    const r = await a.lapor(['sync', 'pull', '--force', '--format', 'json'], { now: day('2026-11-28') });
    expect(r.code, r.stderr).toBe(0);
    expect(query(a.db, 'SELECT note FROM report_events WHERE national_id IS NOT NULL')).toEqual([{ note: 'Mohon informasi lanjut' }]);
  });

  it('national dates before the receipt or in the future are flagged and not stored as given', async () => {
    const a = await agency();
    const t = await a.addReport();
    await a.ok(['sync', 'push']);
    const id = Number(reportRow(a.db, t).national_id);
    a.sim.state.addFollowup(id, 'Dari masa depan', 'reporter').at = new Date('2099-01-01T00:00:00Z');
    a.sim.state.addFollowup(id, 'Dari masa lalu', 'admin').at = new Date('2001-01-01T00:00:00Z');
    const now = day('2026-11-28');
    const r = await a.lapor(['sync', 'pull', '--force', '--format', 'json'], { now });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).bad_dates).toEqual([{ ticket: t, count: 2 }]);
    const stored = query<{ at: string }>(a.db, 'SELECT at FROM report_events WHERE national_id IS NOT NULL');
    expect(stored).toHaveLength(2);
    for (const e of stored) expect(e.at.startsWith('2099') || e.at.startsWith('2001')).toBe(false);
    const text = await a.lapor(['sync', 'pull', '--force'], { now });
    expect(text.code).toBe(0);
  });

  it('a 3xx is a configuration problem naming the Location; the operation stays queued', async () => {
    const { a } = await against((req, res) => {
      res.writeHead(301, { Location: 'https://lapor.example.go.id/api-v2/complaints/complaint' });
      res.end();
    });
    const t = await a.addReport();
    const r = await a.lapor(['sync', 'push', '--format', 'json']);
    expect(r.code).toBe(5);
    const [f] = failures(r.stdout);
    expect(f).toMatchObject({ ticket: t, code: 'sync.reason.redirect' });
    expect(f!.reason).toContain('https://lapor.example.go.id/api-v2/complaints/complaint');
    expect(f!.reason).toContain('national.url');
    expect(f!.reason).not.toContain('Fix the report');
    expect(outbox(a.db)[0]).toMatchObject({ state: 'queued' });
  });

  it('plain http to another host is refused unless national.allow_insecure, which doctor warns about', async () => {
    const a = await agency({}, { 'national.timeout_seconds': '1' });
    // Refused when set, not only at the first sync; loopback (every other test here) needs no exception.
    const set = await a.lapor(['config', 'set', 'national.url', 'http://192.0.2.1:9/api']);
    expect(set.code).toBe(4);
    expect(set.stderr).toContain('plain http to another computer');
    expect((await a.lapor(['config', 'get', 'national.url'])).stdout).toBe(`${a.sim.url}\n`);
    await a.ok(['config', 'set', 'national.allow_insecure', 'on']);
    await a.ok(['config', 'set', 'national.url', 'http://192.0.2.1:9/api']);
    // Turning the allowance off again is possible: then sync refuses and doctor fails.
    await a.ok(['config', 'set', 'national.allow_insecure', 'off']);
    await a.addReport();
    const push = await a.lapor(['sync', 'push']);
    expect(push.code).toBe(5);
    expect(push.stderr).toContain('plain http to another computer');
    const doctor = JSON.parse((await a.lapor(['sync', 'doctor', '--format', 'json'])).stdout) as { check: string; verdict: string }[];
    expect(doctor.find((c) => c.check === 'url')).toMatchObject({ verdict: 'fail' });
    await a.ok(['config', 'set', 'national.allow_insecure', 'on']);
    const allowed = JSON.parse((await a.lapor(['sync', 'doctor', '--format', 'json'])).stdout) as { check: string; verdict: string; detail: string }[];
    expect(allowed.find((c) => c.check === 'url')).toMatchObject({ verdict: 'warn' });
  });

  it('auth header names the HTTP layer owns are refused', async () => {
    const db = tempDb();
    for (const name of ['Host', 'content-length', 'Connection', 'Cookie', 'Transfer-Encoding']) {
      const r = await run(['config', 'set', 'national.key_header', name], { db });
      expect(r.code, name).toBe(4);
      expect(r.stderr).toContain('header HTTP itself uses');
    }
    expect((await run(['config', 'set', 'national.token_header', 'Host'], { db })).code).toBe(4);
    expect((await run(['config', 'set', 'national.key_header', 'X-Api-Key'], { db })).code).toBe(0);
  });

  it('an unexpected failure mid-send leaves no operation in flight', async () => {
    const a = await agency();
    const t = await a.addReport();
    const broken = Object.assign(
      async () => {
        throw new TypeError('transport broke in an unforeseen way');
      },
      { close() {} },
    );
    const r = await a.lapor(['sync', 'push'], { runtime: { openTransport: async () => broken } });
    expect(r.code).toBe(1);
    expect(outbox(a.db)).toEqual([expect.objectContaining({ ticket: t, state: 'queued' })]);
    // The next run sends it as usual.
    expect((await a.lapor(['sync', 'push'])).code).toBe(0);
    expect(reportRow(a.db, t).national_id).not.toBeNull();
  });
});
