import { describe, expect, it } from 'vitest';
import { agency } from './helpers.js';

/*
 * `lapor sync --dry-run` prints the bodies a push would send: the reporter identity in them goes
 * through the personal-data policy (src/domain/pii.ts). The request itself still carries it
 * (tested in push.test.ts); only what is printed is masked.
 */
describe('sync --dry-run and personal data', () => {
  it('prints no identity of a confidential or later-confidential reporter, and masks the others', async () => {
    const a = await agency({}, { 'national.nik_in_content': 'on' });
    const secret = await a.addReport(
      { 'reporter-name': 'Sri Rahayu Kusuma', nik: '6409014502900003', phone: '0813 5000 1234', email: 'sri.kusuma@example.id' },
      ['--confidential'],
    );
    const switched = await a.addReport({
      'reporter-name': 'Budi Santoso Pratama',
      nik: '6409010101900011',
      phone: '0852 4000 7777',
      email: 'budi.pratama@example.id',
    });
    await a.ok(['edit', switched, '--confidential']);
    const anonymous = await a.addReport({}, ['--anonymous']);
    const open = await a.addReport({ 'reporter-name': 'Wati', nik: '6409014502900020', phone: '0812 3456 7890', email: 'wati@example.id' });
    const secrets = [
      'Sri Rahayu Kusuma',
      '6409014502900003',
      '6409********0003',
      '+6281350001234',
      '+62813****1234',
      'sri.kusuma@example.id',
      's***@example.id',
      'Budi Santoso Pratama',
      '6409010101900011',
      '6409********0011',
      '+6285240007777',
      '+62852****7777',
      'budi.pratama@example.id',
      'b***@example.id',
      // The open reporter's contact is masked, not hidden.
      '6409014502900020',
      '+6281234567890',
      'wati@example.id',
    ];
    for (const args of [
      ['sync', '--dry-run'],
      ['sync', '--dry-run', '--format', 'json'],
      ['sync', 'push', '--dry-run'],
      ['sync', 'push', '--dry-run', '--format', 'json'],
    ]) {
      const r = await a.ok(args);
      for (const ticket of [secret, switched, anonymous, open]) expect(r.stdout).toContain(ticket);
      for (const s of secrets) expect(r.stdout + r.stderr, `"${s}" leaked by ${args.join(' ')}`).not.toContain(s);
      expect(r.stdout).toContain('6409********0020');
      expect(r.stdout).toContain('Wati');
    }
    const json = (await a.ok(['sync', 'push', '--dry-run', '--format', 'json'])).stdout;
    const body = (ticket: string) => (JSON.parse(json) as { ticket: string; body: Record<string, unknown> }[]).find((p) => p.ticket === ticket)!.body;
    expect(body(secret).reporter).toEqual({ name: '(confidential)', email: '(confidential)', phone: '(confidential)' });
    expect(body(secret).content).toMatch(/NIK: \(confidential\)$/);
    expect(body(open).reporter).toEqual({ name: 'Wati', email: 'w***@example.id', phone: '+62812****7890' });
    expect(body(anonymous).reporter).toBeUndefined();

    // What is really sent still carries the identity the national system needs.
    await a.ok(['sync', 'push']);
    const sent = [...a.sim.state.complaints.values()].find((c) => c.body.external_ref === secret)!.body;
    expect(sent.reporter).toMatchObject({ name: 'Sri Rahayu Kusuma', phone: '+6281350001234' });
  });

  it('a body frozen before the reporter was made confidential is previewed under the current flags', async () => {
    const a = await agency({ failRate: 1 }, { 'national.max_attempts': '1' });
    const ticket = await a.addReport({ 'reporter-name': 'Budi Santoso Pratama', phone: '0852 4000 7777', email: 'budi.pratama@example.id' });
    expect((await a.lapor(['sync', 'push'])).code).toBe(5);
    await a.ok(['edit', ticket, '--confidential']);
    const r = await a.ok(['sync', 'push', '--dry-run', '--format', 'json']);
    const [plan] = JSON.parse(r.stdout) as { frozen: boolean; body: { reporter: unknown; is_secret: number } }[];
    expect(plan).toMatchObject({ frozen: true, body: { is_secret: 0, reporter: { name: '(confidential)' } } });
    for (const s of ['Budi Santoso Pratama', '+6285240007777', '+62852****7777', 'budi.pratama@example.id']) expect(r.stdout + r.stderr).not.toContain(s);
  });
});
