import { describe, expect, it } from 'vitest';
import type { RunResult } from '../helpers/cli.js';
import { agency, day, reportRow } from './helpers.js';

// What a compromised or buggy national server could send: clear screen, retitle, bell, red.
const EVIL = '\x1b[2J\x1b]0;x\x07\x1b[31m';
const SHOWN = '␛[2J␛]0;x␇␛[31m';

function expectClean(r: RunResult): void {
  expect(r.stdout).not.toMatch(/[\x07\x1b\x9b]/);
  expect(r.stderr).not.toMatch(/[\x07\x1b\x9b]/);
}

describe('national names and texts on the terminal', () => {
  it('institution names (masters), status names and follow-ups (pull) are shown, not interpreted; JSON keeps them', async () => {
    const a = await agency();
    a.sim.state.institutions[0]!.name = `Dinas ${EVIL}`;
    expectClean(await a.ok(['sync', 'masters']));
    const table = await a.ok(['sync', 'masters', '--show', 'institutions', '--format', 'table']);
    expectClean(table);
    expect(table.stdout).toContain(`Dinas ${SHOWN}`);
    const json = JSON.parse((await a.ok(['sync', 'masters', '--show', 'institutions', '--format', 'json'])).stdout) as { name: string }[];
    expect(json.map((i) => i.name)).toContain(`Dinas ${EVIL}`);

    const t = await a.addReport();
    await a.ok(['sync', 'push']);
    const id = Number(reportRow(a.db, t).national_id);
    a.sim.state.setStatus(id, `Menunggu ${EVIL}`);
    a.sim.state.addFollowup(id, `Balasan ${EVIL}`, 'admin');
    const pull = await a.ok(['sync', 'pull', '--force'], { now: day('2026-11-28') });
    expectClean(pull);
    expect(reportRow(a.db, t).national_status).toBe(`Menunggu ${EVIL}`);
    for (const args of [
      ['show', t, '--format', 'table'],
      ['history', t, '--format', 'table'],
      ['sync', 'doctor', '--format', 'table'],
      ['sync', 'status', '--format', 'table'],
    ]) {
      const r = await a.lapor(args, { now: day('2026-11-28') });
      expectClean(r);
    }
    const history = await a.ok(['history', t, '--format', 'table'], { now: day('2026-11-28') });
    expect(history.stdout).toContain(`Balasan ${SHOWN}`);
    const notes = JSON.parse((await a.ok(['history', t, '--format', 'json'])).stdout) as { note: string | null }[];
    expect(notes.map((e) => e.note)).toContain(`Balasan ${EVIL}`);
  });
});

describe('sync status --format csv', () => {
  it("types its cells: the '-' placeholder and times are not formula-quoted", async () => {
    const a = await agency();
    const r = await a.ok(['sync', 'status', '--format', 'csv']);
    const [header, row] = r.stdout.trimEnd().split('\r\n');
    expect(header).toBe(
      'url,queued,in_flight,failed,done,cancelled,next_retry_at,due_to_poll,last_push_run,last_push,last_pull_run,last_pull,masters,running,mismatches',
    );
    expect(row).not.toContain("'");
    expect(row!.split(',').at(-2)).toBe('-');
    expect(row!.split(',').at(-1)).toBe('0');
    expect(row!.split(',')[6]).toBe('-');
  });
});
