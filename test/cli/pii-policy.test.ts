import fs from 'node:fs';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/main.js';
import { run, tempDb, tempDir, query, terminal, type RunResult } from '../helpers/cli.js';

/*
 * The personal-data policy (src/domain/pii.ts) through every view, with three reporters: one
 * confidential from the start, one made anonymous after entry, and one switched confidential
 * after entry (and off and on again, its name edited while it was not). No identity value of
 * theirs may appear anywhere without an audited reveal.
 */

const now = '2026-11-27T02:00:00Z';

const C = {
  title: 'Jalan berlubang di depan SD Sepaku',
  flags: [
    '--reporter-name',
    'Sri Rahayu Kusuma',
    '--nik',
    '6409014502900003',
    '--phone',
    '0813 5000 1234',
    '--email',
    'sri.kusuma@example.id',
    '--address',
    'Jl. Melati 7 Sepaku',
    '--confidential',
  ],
  secrets: [
    'Sri Rahayu Kusuma',
    '6409014502900003',
    '6409********0003',
    '+6281350001234',
    '81350001234',
    '0813 5000 1234',
    '+62813****1234',
    'sri.kusuma@example.id',
    's***@example.id',
    'Jl. Melati 7 Sepaku',
  ],
};
const A = {
  title: 'Lampu jalan padam di Waru',
  flags: [
    '--reporter-name',
    'Agus Salim Hidayat',
    '--nik',
    '6409011203850002',
    '--phone',
    '0812 7000 4444',
    '--email',
    'agus.hidayat@example.id',
    '--address',
    'Jl. Kenari 3 Waru',
  ],
  secrets: [
    'Agus Salim Hidayat',
    '6409011203850002',
    '6409********0002',
    '+6281270004444',
    '81270004444',
    '+62812****4444',
    'agus.hidayat@example.id',
    'a***@example.id',
    'Jl. Kenari 3 Waru',
  ],
};
const S = {
  title: 'Sampah menumpuk di Pasar Penajam',
  flags: [
    '--reporter-name',
    'Budi Santoso Pratama',
    '--nik',
    '6409010101900011',
    '--phone',
    '0852 4000 7777',
    '--email',
    'budi.pratama@example.id',
    '--address',
    'Jl. Kenanga 12 Penajam',
  ],
  secrets: [
    'Budi Santoso Pratama',
    'Budi S. Pratama',
    '6409010101900011',
    '6409********0011',
    '+6285240007777',
    '85240007777',
    '+62852****7777',
    'budi.pratama@example.id',
    'b***@example.id',
    'Jl. Kenanga 12 Penajam',
  ],
};
const allSecrets = [...C.secrets, ...A.secrets, ...S.secrets];

function expectNoIdentity(r: RunResult | string, secrets: readonly string[] = allSecrets): void {
  const text = typeof r === 'string' ? r : r.stdout + r.stderr;
  for (const s of secrets) expect(text, `"${s}" leaked`).not.toContain(s);
}

async function ok(db: string, args: string[]): Promise<RunResult> {
  const r = await run(args, { db, now });
  if (r.code !== 0) throw new Error(`lapor ${args.join(' ')} -> ${r.code}\n${r.stderr}`);
  return r;
}

async function add(db: string, title: string, flags: string[]): Promise<string> {
  return (await ok(db, ['add', '--channel', 'surat', '--title', title, '--description', `${title}, sudah dua minggu`, ...flags])).stdout.trim();
}

/** A database with the three reports; returns their tickets. */
async function agency(): Promise<{ db: string; c: string; a: string; s: string }> {
  const db = tempDb();
  await ok(db, ['init', '--agency-code', 'PPU', '--agency-name', 'Pemkab PPU', '--timezone', 'Asia/Makassar', '--admin-name', 'Siti']);
  const c = await add(db, C.title, C.flags);
  const a = await add(db, A.title, A.flags);
  await ok(db, ['edit', a, '--anonymous']);
  const s = await add(db, S.title, S.flags);
  await ok(db, ['edit', s, '--confidential']);
  await ok(db, ['edit', s, '--no-confidential']);
  await ok(db, ['edit', s, '--reporter-name', 'Budi S. Pratama']);
  await ok(db, ['edit', s, '--confidential']);
  return { db, c, a, s };
}

describe('personal data in read views, history and exports', () => {
  let db: string;
  let tickets: string[];
  beforeAll(async () => {
    const made = await agency();
    db = made.db;
    tickets = [made.c, made.a, made.s];
  }, 60_000);

  it.each(['table', 'json', 'csv'])('list --format %s shows no identity', async (format) => {
    const r = await run(['list', '--format', format], { db, now });
    expect(r.code).toBe(0);
    for (const t of tickets) expect(r.stdout).toContain(t);
    expectNoIdentity(r);
  });

  it.each(['table', 'json'])('show --format %s shows no identity', async (format) => {
    for (const t of tickets) {
      const r = await run(['show', t, '--format', format], { db, now });
      expect(r.code).toBe(0);
      expectNoIdentity(r);
    }
  });

  it.each(['table', 'json'])('history --format %s shows no identity, even of entries written before', async (format) => {
    for (const t of tickets) {
      const r = await run(['history', t, '--format', format], { db, now });
      expect(r.code).toBe(0);
      if (format === 'json') expect(r.stdout).toContain('report.add');
      expectNoIdentity(r);
    }
    // The name edit made while it was not confidential is still there, without the name.
    const s = JSON.parse((await run(['history', tickets[2]!, '--format', 'json'], { db, now })).stdout) as { details: { changes?: Record<string, unknown> } }[];
    expect(s.map((e) => e.details.changes?.reporter_name).filter(Boolean)).toEqual([{ from: '(confidential)', to: '(confidential)' }]);
  });

  it('the audit trail stores no identity of a reporter confidential from the start', () => {
    const rows = query<{ details: string }>(db, "SELECT details FROM audit_log WHERE action IN ('report.add', 'report.edit') AND ticket = ?", tickets[0]);
    expectNoIdentity(rows.map((r) => r.details).join('\n'), C.secrets);
  });

  it.each([[[]], [['--format', 'json']], [['--format', 'ndjson']], [['--include-pii', '--reason', 'Inspektorat']]])(
    'export %j carries no identity of them',
    async (flags) => {
      const r = await run(['export', ...flags], { db, now });
      expect(r.code, r.stderr).toBe(0);
      for (const t of tickets) expect(r.stdout).toContain(t);
      expectNoIdentity(r);
    },
  );

  it('show --reveal of a confidential reporter needs --reason (exit 2), and shows nothing without it', async () => {
    for (const t of [tickets[0]!, tickets[2]!]) {
      const r = await run(['show', t, '--reveal'], { db, now });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('--reason');
      expectNoIdentity(r);
    }
    expect(query(db, "SELECT count(*) AS n FROM audit_log WHERE action = 'report.reveal'")).toEqual([{ n: 0 }]);
  });
});

describe('show --reveal --reason', () => {
  it('writes the audit entry before anything is shown, then shows the identity', async () => {
    const { db, c } = await agency();
    let auditedBeforeOutput: number | undefined;
    let out = '';
    const stdout = Object.assign(
      new Writable({
        write(chunk: Buffer, _enc, done) {
          auditedBeforeOutput ??= query<{ n: number }>(db, "SELECT count(*) AS n FROM audit_log WHERE action = 'report.reveal'")[0]!.n;
          out += chunk.toString();
          done();
        },
      }),
      { isTTY: false },
    );
    const stderr = Object.assign(new Writable({ write: (_c, _e, done) => done() }), { isTTY: false });
    const code = await runCli(['show', c, '--reveal', '--reason', 'permintaan Ombudsman', '--format', 'json'], {
      streams: { stdin: Object.assign(Readable.from([]), { isTTY: false }), stdout, stderr },
      env: { LAPOR_DB: db, HOME: tempDir(), LANG: 'C', USER: 'andi' },
      clock: () => new Date(now),
    });
    expect(code).toBe(0);
    expect(auditedBeforeOutput).toBe(1);
    expect(JSON.parse(out).reporter).toMatchObject({
      name: 'Sri Rahayu Kusuma',
      nik: '6409014502900003',
      phone: '+6281350001234',
      email: 'sri.kusuma@example.id',
      address: 'Jl. Melati 7 Sepaku',
    });
    const audit = query<{ actor: string; details: string }>(db, "SELECT actor, details FROM audit_log WHERE action = 'report.reveal' AND ticket = ?", c);
    expect(audit.map((a) => JSON.parse(a.details))).toEqual([{ reason: 'permintaan Ombudsman', confidential: true }]);
    expectNoIdentity(audit[0]!.details, C.secrets);
  });
});

describe('the likely-duplicate warning of lapor add', () => {
  it('does not name a confidential match, and audits the match on it', async () => {
    const { db, c, s } = await agency();
    const probe = [
      'add',
      '--channel',
      'walk-in',
      '--title',
      'Jalan berlubang depan SD Sepaku',
      '--description',
      'Lubangnya makin besar',
      '--nik',
      '6409014502900003',
    ];
    const refused = await run(probe, { db, now });
    expect(refused.code).toBe(4);
    expect(refused.stderr).toContain('a confidential report');
    for (const hidden of [c, s, C.title]) expect(refused.stderr).not.toContain(hidden);
    expectNoIdentity(refused);

    const allowed = await run([...probe, '--allow-duplicate'], { db, now });
    expect(allowed.code).toBe(0);
    expect(allowed.stderr).toContain('a confidential report');
    expect(allowed.stderr).not.toContain(c);

    const audit = query<{ actor: string; at: string; entity_id: number; details: string }>(
      db,
      "SELECT actor, at, entity_id, details FROM audit_log WHERE action = 'report.duplicate_match' AND ticket = ?",
      c,
    );
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({ actor: 'Siti', at: expect.stringMatching(/^2026-11-27T/) });
    expect(JSON.parse(audit[0]!.details)).toMatchObject({ matched_on: 'nik' });
    expectNoIdentity(audit.map((a) => a.details).join('\n'));
    const history = await run(['history', c, '--format', 'json'], { db, now });
    expect(history.stdout).toContain('report.duplicate_match');
    expectNoIdentity(history);
  });
});

describe('validation errors', () => {
  const bad = [
    ['--phone', '0813 500'],
    ['--phone', '0813-5000-1234 / 0852'],
    ['--email', 'sri kusuma@example.id'],
    ['--email', 'sri.kusuma@example,id'],
    ['--email', 'sri.kusuma@@example.id'],
    ['--email', 'sri.kusuma@rahasia-keluarga'],
    ['--nik', '64090145029000'],
    ['--nik', '640901450290000X'],
  ];

  it.each(bad)('add %s %j says what is wrong without echoing the value', async (flag, value) => {
    const { db, c } = await agency();
    const r = await run(['add', '--channel', 'surat', '--title', 'Judul yang cukup', '--description', 'Uraian yang cukup panjang', flag!, value!], { db, now });
    expect(r.code).toBe(4);
    expect(r.stderr).toContain(flag!.slice(2));
    expect(r.stderr).not.toContain(value!);
    const e = await run(['edit', c, flag!, value!], { db, now });
    expect(e.code).toBe(4);
    expect(e.stderr).not.toContain(value!);
    expectNoIdentity(e);
  });

  it('import errors, their JSON and the rejects file do not echo NIK, phone or e-mail values', async () => {
    const { db } = await agency();
    const dir = tempDir();
    const file = path.join(dir, 'in.csv');
    const rows = bad.map(
      ([flag, value], i) =>
        `R-${i},Judul yang cukup,Uraian yang cukup panjang,surat,${flag === '--phone' ? `"${value}"` : ''},${flag === '--email' ? `"${value}"` : ''},${flag === '--nik' ? value : ''}`,
    );
    fs.writeFileSync(file, `ref,title,description,channel,phone,email,nik\n${rows.join('\n')}\n`);
    for (const args of [[], ['--format', 'json'], ['--skip-invalid']]) {
      const r = await run(['import', file, ...args], { db, now });
      expect(r.code, r.stderr).toBe(args[0] === '--skip-invalid' ? 0 : 4);
      for (const [, value] of bad) expect(r.stdout + r.stderr).not.toContain(value!);
    }
    const rejects = fs.readFileSync(path.join(dir, 'in.rejects.csv'), 'utf8');
    const reasons = rejects
      .split('\n')
      .slice(1)
      .map((line) => line.split(',').at(-1) ?? '');
    for (const [, value] of bad) expect(reasons.join('\n')).not.toContain(value!);
  });
});

describe('import --on-duplicate update', () => {
  it('audits the changes of a confidential reporter without their identity', async () => {
    const { db } = await agency();
    const dir = tempDir();
    const first = path.join(dir, 'a.csv');
    fs.writeFileSync(
      first,
      'ref,title,description,channel,reporter_name,phone,confidential\nR-1,Judul yang cukup,Uraian yang cukup panjang,surat,Sri Rahayu Kusuma,0813 5000 1234,ya\n',
    );
    await ok(db, ['import', first]);
    const second = path.join(dir, 'b.csv');
    fs.writeFileSync(
      second,
      'ref,title,description,channel,reporter_name,phone,confidential\nR-1,Judul yang cukup,Uraian yang cukup panjang,surat,Sri R. Kusuma,0852 4000 7777,ya\n',
    );
    const r = await ok(db, ['import', second, '--on-duplicate', 'update', '--yes']);
    expectNoIdentity(r);
    const [entry] = query<{ ticket: string; details: string }>(db, "SELECT ticket, details FROM audit_log WHERE action = 'report.import.update'");
    expect(entry, 'the update is audited').toBeDefined();
    expect(JSON.parse(entry!.details).changes).toMatchObject({
      reporter_name: { from: '(confidential)', to: '(confidential)' },
      phone: { from: '(confidential)', to: '(confidential)' },
    });
    expectNoIdentity(entry!.details, [...C.secrets, 'Sri R. Kusuma']);
    expectNoIdentity(await run(['history', entry!.ticket, '--format', 'json'], { db, now }), [...allSecrets, 'Sri R. Kusuma']);
  });
});

/** Waits until the screen shows `text` after `from`, then returns the new position. */
async function waitFor(screen: { text: string }, text: string, from: number): Promise<number> {
  for (let i = 0; i < 600; i++) {
    const at = screen.text.indexOf(text, from);
    if (at >= 0) return at + text.length;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`'${text}' never appeared; screen:\n${screen.text.slice(from)}`);
}

const down = (n: number) => '\x1b[B'.repeat(n);
/** Positions in the field picker: 0 is "done", then the report fields in order. */
const pick = { reporter_name: 12, nik: 13, phone: 14, email: 15, address: 16 };

describe('the interactive editor on a terminal', () => {
  it.each([
    ['confidential from the start', 'c'],
    ['switched confidential after entry', 's'],
    ['made anonymous after entry', 'a'],
  ] as const)(
    'shows no identity in labels or defaults, keeps what is not retyped, clears with "-" (%s)',
    async (_, which) => {
      const made = await agency();
      const ticket = made[which];
      const before = query<Record<string, unknown>>(
        made.db,
        'SELECT reporter_name, reporter_nik, reporter_phone, reporter_email, reporter_address FROM reports WHERE ticket = ?',
        ticket,
      )[0]!;
      const { stdin, stdout, stderr } = terminal();
      const done = runCli(['edit', ticket], {
        streams: { stdin, stdout, stderr },
        env: { LAPOR_DB: made.db, HOME: tempDir(), LANG: 'C' },
        clock: () => new Date(now),
      });
      let at = 0;
      const step = async (wait: string, keys: string) => {
        at = await waitFor(stderr, wait, at);
        stdin.write(keys);
      };
      // Walk the picker over every field so every label is drawn, then open each identity field.
      await step('Field to change', `${down(18)}${down(1)}`);
      for (const field of ['reporter_name', 'nik', 'phone', 'address'] as const) {
        await step('Field to change', `${down(pick[field])}\r`);
        await step('Enter keeps the stored value', '\r'); // keep
      }
      await step('Field to change', `${down(pick.email)}\r`);
      await step('Enter keeps the stored value', which === 'a' ? '\r' : '-\r'); // clear (nothing to clear when anonymous)
      await step('Field to change', '\r'); // done
      if (which !== 'a') await step('Save these changes?', '\r');
      expect(await done).toBe(0);
      expectNoIdentity(stderr.text + stdout.text);
      if (which !== 'a') expect(stderr.text).toMatch(/NIK: \(hidden: confidential\)/);
      const after = query<Record<string, unknown>>(
        made.db,
        'SELECT reporter_name, reporter_nik, reporter_phone, reporter_email, reporter_address FROM reports WHERE ticket = ?',
        ticket,
      )[0]!;
      expect(after).toEqual({ ...before, reporter_email: null });
      const audit = query<{ details: string }>(
        made.db,
        "SELECT details FROM audit_log WHERE action = 'report.edit' AND ticket = ? ORDER BY id DESC LIMIT 1",
        ticket,
      )[0]!;
      if (which !== 'a') expect(JSON.parse(audit.details).changes).toEqual({ email: { from: '(confidential)', to: null } });
      expectNoIdentity(audit.details);
    },
    30_000,
  );

  it('unticking "confidential" in the editor shows nothing before it is saved', async () => {
    const { db, c } = await agency();
    const { stdin, stdout, stderr } = terminal();
    const done = runCli(['edit', c], { streams: { stdin, stdout, stderr }, env: { LAPOR_DB: db, HOME: tempDir(), LANG: 'C' }, clock: () => new Date(now) });
    let at = 0;
    const step = async (wait: string, keys: string) => {
      at = await waitFor(stderr, wait, at);
      stdin.write(keys);
    };
    await step('Field to change', `${down(18)}\r`);
    await step('Keep the reporter confidential?', 'n\r');
    await step('Field to change', '\r');
    await step('Save these changes?', 'n\r');
    expect(await done).toBe(130);
    expect(stderr.text).toContain('(hidden: confidential)');
    expectNoIdentity(stderr.text + stdout.text);
    expect(query(db, 'SELECT confidential FROM reports WHERE ticket = ?', c)).toEqual([{ confidential: 1 }]);
  });
});
