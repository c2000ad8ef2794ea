import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { query, run, tempDir } from '../helpers/cli.js';
import { agency, copiesByTicket, day, outbox, reportRow, simEnv } from './helpers.js';

describe('sync push over HTTP to the simulator', () => {
  it('creates each report once, stores the national ids, and a second run sends nothing', async () => {
    const a = await agency();
    const t1 = await a.addReport({ 'reporter-name': 'Budi', phone: '0812-3456-7890', email: 'budi@example.id', nik: '6409041505900003' });
    const t2 = await a.addReport({}, ['--anonymous']);
    const r = await a.lapor(['sync', 'push', '--format', 'json']);
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary).toMatchObject({ ok: true, pushed: 2, failed: 0 });
    for (const t of [t1, t2]) {
      const row = reportRow(a.db, t);
      const national = [...a.sim.state.complaints.values()].find((c) => c.body.external_ref === t)!;
      expect(row.national_id).toBe(String(national.id));
      expect(row.tracking_id).toBe(national.trackingId);
    }
    const withReporter = [...a.sim.state.complaints.values()].find((c) => c.body.external_ref === t1)!;
    expect(withReporter.body.reporter).toEqual({ name: 'Budi', email: 'budi@example.id', phone: '+6281234567890' });
    expect(JSON.stringify(withReporter.body)).not.toContain('6409041505900003');
    expect(outbox(a.db).map((o) => [o.state, o.attempts])).toEqual([
      ['done', 1],
      ['done', 1],
    ]);
    const before = a.sim.stats.requests;
    const again = await a.lapor(['sync', 'push']);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('pushed 0');
    expect(a.sim.stats.requests).toBe(before);
    // show and list carry the national ids.
    const shown = JSON.parse((await a.ok(['show', t1, '--format', 'json'])).stdout);
    expect(JSON.stringify(shown)).toContain(String(reportRow(a.db, t1).national_id));
  });

  it('checks a forwarding target against the loaded institution list when it is entered', async () => {
    const a = await agency();
    const t = await a.addReport({ title: 'Jalan nasional rusak parah' });
    // Without the list, what was typed is kept for sync to resolve.
    const early = await a.addReport({ title: 'Jembatan nasional retak' });
    await a.ok(['forward', early, '--to', 'Kementerian Pekerjaan Umum', '--reason', 'Jalan nasional, kewenangan pusat']);
    await a.ok(['sync', 'masters']);
    const wrong = await a.lapor(['forward', t, '--to', 'Kementerian Jalan Raya', '--reason', 'Jalan nasional, kewenangan pusat', '--lang', 'en']);
    expect(wrong.code).toBe(4);
    expect(wrong.stderr).toContain("--to 'Kementerian Jalan Raya' is not in the national institution list");
    expect(reportRow(a.db, t).status).toBe('recorded');
    expect(query(a.db, "SELECT count(*) AS n FROM outbox WHERE kind = 'forward'")).toEqual([{ n: 1 }]);
    await a.ok(['forward', t, '--to', 'kementerian pekerjaan umum', '--reason', 'Jalan nasional, kewenangan pusat']);
    const details = query<{ details: string }>(
      a.db,
      "SELECT e.details FROM report_events e JOIN reports r ON r.id = e.report_id WHERE r.ticket = ? AND e.kind = 'forward'",
      t,
    );
    expect(JSON.parse(details[0]!.details)).toMatchObject({ to: 'kementerian pekerjaan umum', institution_id: expect.any(Number) });
    const r = await a.lapor(['sync', 'push', '--format', 'json']);
    expect(JSON.parse(r.stdout)).toMatchObject({ failed: 0 });
    expect([...a.sim.state.complaints.values()].filter((c) => c.statusName === 'Ditolak').length).toBe(2);
  });

  it('sends a report, its response, follow-ups and a forwarding in order, each once', async () => {
    const a = await agency();
    await a.ok(['unit', 'add', 'DPUPR', '--name', 'Dinas PUPR']);
    await a.ok(['officer', 'add', '--name', 'Andi Pratama', '--unit', 'DPUPR']);
    await a.ok(['sync', 'masters']);
    await a.ok(['sync', 'map', 'unit', 'DPUPR', '102']);
    const t = await a.addReport({ category: 'Infrastruktur' });
    await a.ok(['verify', t], { now: day('2026-11-30') });
    await a.ok(['assign', t, 'Andi Pratama', '--note', 'Mohon ditinjau'], { now: day('2026-11-30', '10:00') });
    await a.ok(['respond', t, '--note', 'Tim meninjau hari Kamis'], { now: day('2026-12-01') });
    await a.ok(['followup', t, '--note', 'Lubang ditimbun sementara'], { now: day('2026-12-03') });
    const forwarded = await a.addReport({ title: 'Jalan nasional rusak parah' });
    await a.ok(['forward', forwarded, '--to', 'Kementerian Pekerjaan Umum', '--reason', 'Jalan nasional, kewenangan pusat']);

    // The dry run shows every request in order and sends nothing.
    const plan = await a.ok(['sync', 'push', '--dry-run', '--format', 'json']);
    expect(JSON.parse(plan.stdout).map((p: { ticket: string; kind: string }) => `${p.ticket}:${p.kind}`)).toEqual([
      `${t}:create`,
      `${t}:followup`,
      `${t}:followup`,
      `${forwarded}:create`,
      `${forwarded}:forward`,
    ]);
    expect(a.sim.state.complaints.size).toBe(0);

    const r = await a.lapor(['sync', 'push', '--format', 'json'], { now: day('2026-12-03', '12:00') });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ pushed: 5, failed: 0 });
    const national = [...a.sim.state.complaints.values()];
    expect(national).toHaveLength(2);
    const main = national.find((c) => c.body.external_ref === t)!;
    expect(main.body).toMatchObject({ category_id: expect.any(Number), disposition_id: 102 });
    expect(main.followups.map((f) => f.content)).toEqual(['Tim meninjau hari Kamis', 'Lubang ditimbun sementara']);
    const fwd = national.find((c) => c.body.external_ref === forwarded)!;
    expect(fwd).toMatchObject({ statusName: 'Ditolak', dispositionId: 108 });
    expect(reportRow(a.db, forwarded).national_status).toBe('Ditolak');
  });

  it('uploads attachments first, each once, and sends their ids with the report', async () => {
    const a = await agency();
    const t = await a.addReport();
    const file = path.join(tempDir(), 'foto.png');
    // A minimal PNG signature is enough for the content check.
    fs.writeFileSync(file, Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]));
    await a.ok(['attach', t, file]);
    a.sim.inject({ operation: 'uploadAttachment', kind: 'lostAck' });
    const r = await a.lapor(['sync', 'push']);
    expect(r.code, r.stderr).toBe(0);
    expect(a.sim.state.docs.size).toBe(1);
    const doc = [...a.sim.state.docs.values()][0]!;
    expect([...a.sim.state.complaints.values()][0]!.body.attachments).toEqual([doc.id]);
    expect(query(a.db, 'SELECT national_doc_id FROM attachments')).toEqual([{ national_doc_id: String(doc.id) }]);
  });

  it('a record the national system refuses is failed with its reason (exit 5); fixed and retried, it goes', async () => {
    const a = await agency();
    const good = await a.addReport();
    const bad = await a.addReport({ category: 'Infrastruktur' });
    const r = await a.lapor(['sync', 'push']);
    expect(r.code).toBe(5);
    expect(r.stderr).toContain(`${bad} create: category 'Infrastruktur' has no national id`);
    expect(copiesByTicket(a.sim)).toEqual(new Map([[good, 1]]));
    const status = JSON.parse((await a.ok(['sync', 'status', '--format', 'json'])).stdout);
    expect(status).toMatchObject({ failed: 1, done: 1, queued: 0 });
    expect(status.problems[0]).toMatchObject({ ticket: bad, state: 'failed' });
    expect(status.problems[0].reason).toContain('lapor sync map category');

    // Until it is fixed and retried, every run says so again, without sending it.
    const requests = a.sim.stats.requests;
    const still = await a.lapor(['sync', 'push']);
    expect(still.code).toBe(5);
    expect(still.stderr).toContain(bad);
    expect(a.sim.stats.requests).toBe(requests);
    await a.ok(['sync', 'masters']);
    expect(await a.ok(['sync', 'retry', bad])).toMatchObject({ stdout: '1\n' });
    const ok = await a.lapor(['sync', 'push']);
    expect(ok.code, ok.stderr).toBe(0);
    expect(copiesByTicket(a.sim)).toEqual(
      new Map([
        [good, 1],
        [bad, 1],
      ]),
    );
  });

  it('a 422 from the national system: failed with the server message; retry sends a rebuilt body under a new key', async () => {
    const a = await agency();
    const t = await a.addReport();
    a.sim.inject({ operation: 'createComplaint', kind: '500' });
    // Make the national side refuse the first real try by asking for an unknown target.
    await a.ok(['config', 'set', 'national.agency_institution_id', '999']);
    const r = await a.lapor(['sync', 'push', '--format', 'json']);
    expect(r.code).toBe(5);
    const failure = JSON.parse(r.stdout).failures[0];
    expect(failure).toMatchObject({ ticket: t, kind: 'create', code: 'sync.reason.invalid' });
    expect(failure.reason).toContain('disposition_id');
    const keyBefore = outbox(a.db)[0]!.idempotency_key;
    await a.ok(['config', 'set', 'national.agency_institution_id', '101']);
    await a.ok(['sync', 'retry', '--all-failed']);
    expect((await a.lapor(['sync', 'push'])).code).toBe(0);
    expect(outbox(a.db)[0]!.idempotency_key).not.toBe(keyBefore);
    expect([...a.sim.state.complaints.values()].map((c) => c.body.disposition_id)).toEqual([101]);
  });

  it('refused credentials stop the whole run with exit 6 and never show or store the secret', async () => {
    const a = await agency();
    for (let i = 0; i < 6; i++) await a.addReport();
    const secret = 'very-secret-key-4711';
    const r = await a.lapor(['sync', '--concurrency', '1'], { env: { LAPOR_API_KEY: secret } });
    expect(r.code).toBe(6);
    expect(r.stderr).toContain('refused the credentials');
    expect(a.sim.stats.requests).toBe(1);
    expect(a.sim.state.complaints.size).toBe(0);
    expect(outbox(a.db).every((o) => o.state === 'queued')).toBe(true);
    const debug = await a.lapor(['sync', '--debug', '--format', 'json'], { env: { LAPOR_API_KEY: secret } });
    const doctor = await a.lapor(['sync', 'doctor', '--format', 'json'], { env: { LAPOR_API_KEY: secret } });
    expect(doctor.code).toBe(6);
    for (const out of [r.stdout, r.stderr, debug.stdout, debug.stderr, doctor.stdout, doctor.stderr]) expect(out).not.toContain(secret);
    for (const f of fs.readdirSync(path.dirname(a.db))) {
      if (f.startsWith('lapor.db')) expect(fs.readFileSync(path.join(path.dirname(a.db), f)).includes(secret)).toBe(false);
    }
    expect((await a.lapor(['sync'])).code).toBe(0);
    expect(a.sim.state.complaints.size).toBe(6);
  });

  it('shows progress on a terminal only; --ticket limits the run', async () => {
    const a = await agency();
    const t1 = await a.addReport();
    const t2 = await a.addReport();
    const tty = await run(['sync', 'push', '--ticket', t1.toLowerCase()], { db: a.db, tty: true, env: simEnv });
    expect(tty.code, tty.stderr).toBe(0);
    expect(tty.stderr).toContain('push 1/1, 0 failed');
    expect(copiesByTicket(a.sim)).toEqual(new Map([[t1, 1]]));
    const piped = await a.lapor(['sync', 'push']);
    expect(piped.stderr).not.toContain('push 1/1');
    expect(copiesByTicket(a.sim)).toEqual(
      new Map([
        [t1, 1],
        [t2, 1],
      ]),
    );
  });

  it('says what to do when the URL or the credentials are missing', async () => {
    const a = await agency();
    await a.addReport();
    const noCreds = await a.lapor(['sync'], { env: { LAPOR_API_KEY: '', LAPOR_API_TOKEN: '', HOME: tempDir() } });
    expect(noCreds.code).toBe(6);
    expect(noCreds.stderr).toContain('LAPOR_API_KEY');
    const file = path.join(tempDir(), 'credentials.json');
    fs.writeFileSync(file, JSON.stringify({ api_key: 'sim-key', token: 'sim-token' }), { mode: 0o644 });
    const open = await a.lapor(['sync'], { env: { LAPOR_API_KEY: '', LAPOR_API_TOKEN: '', LAPOR_CREDENTIALS: file } });
    expect(open.code).toBe(6);
    expect(open.stderr).toContain(`chmod 600 ${file}`);
    fs.chmodSync(file, 0o600);
    expect((await a.lapor(['sync'], { env: { LAPOR_API_KEY: '', LAPOR_API_TOKEN: '', LAPOR_CREDENTIALS: file } })).code).toBe(0);
  });
});
