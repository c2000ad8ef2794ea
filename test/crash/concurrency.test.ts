import fs from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { lapor, ok, read, sound, type Outcome } from './harness.js';
import { run, tempDb, tempDir } from '../helpers/cli.js';
import { copiesByTicket, simEnv } from '../sync/helpers.js';
import { startSimulator } from '../../src/sync/simulator/server.js';

/*
 * Issue 10, "proof": four real `bin/lapor.cjs` processes at once on one database: one adding, one
 * importing CSV files, one pushing to the simulator, one reading (list, show, due, export). No
 * "busy" or "locked" may reach a user, every command succeeds, and afterwards every row is there
 * once, every report has exactly one national copy and the file is sound. `npm test` runs a short
 * round (LAPOR_CONCURRENCY_ROUNDS, default 2, of LAPOR_CONCURRENCY_ROWS, default 40, imported rows); `npm run test:crash` 6 rounds of 300.
 */

const rounds = Number(process.env.LAPOR_CONCURRENCY_ROUNDS ?? 2);
/** Rows per imported file: the larger, the longer an import holds the write lock. */
const importRows = Number(process.env.LAPOR_CONCURRENCY_ROWS ?? 40);

/** Every command any lane ran, for the checks and the figures. */
const outcomes: { lane: string; args: string[]; r: Outcome }[] = [];

afterAll(() => {
  const ms = (lane: string) => outcomes.filter((o) => o.lane === lane).map((o) => o.r.ms);
  const figures = Object.fromEntries(['add', 'import', 'sync', 'read'].map((l) => [l, { runs: ms(l).length, slowest: Math.max(0, ...ms(l)) }]));
  process.stderr.write(`concurrency, ${rounds} round(s): ${JSON.stringify(figures)}\n`);
});

function csvFile(round: number): string {
  const lines = ['no_referensi;tanggal_diterima;saluran;judul;uraian;nama_pelapor'];
  for (let i = 1; i <= importRows; i++) {
    lines.push(
      `C-${round}-${i};${String(1 + (i % 28)).padStart(2, '0')}/10/2026 10.00;surat;Saluran air tersumbat ${round}-${i};Uraian saluran ${round}-${i};Warga ${i}`,
    );
  }
  const file = path.join(tempDir('lapor-conc-'), `round-${round}.csv`);
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

it(`four processes add, import, sync and read one database at once (${rounds} round(s))`, async () => {
  const sim = await startSimulator({ latencyMs: 2 });
  const db = tempDb();
  try {
    await ok(db, ['init', '--agency-code', 'PPU', '--timezone', 'Asia/Makassar'], 'init');
    for (const [key, value] of Object.entries({ 'national.url': sim.url, 'national.backoff_ms': '10' })) {
      const r = await run(['config', 'set', key, value], { db });
      expect(r.code, r.stderr).toBe(0);
    }
    const files = Array.from({ length: rounds }, (_, i) => csvFile(i + 1));
    const adds = rounds * 3;
    let writing = 2;
    const step = async (lane: string, args: string[]) => {
      const r = await lapor(db, args, undefined, simEnv);
      outcomes.push({ lane, args, r });
      return r;
    };
    const adder = async () => {
      for (let i = 1; i <= adds; i++) {
        await step('add', ['add', '--channel', 'surat', '--title', `Lampu jalan padam ${i}`, '--description', `Uraian lampu ${i}`, '--allow-duplicate']);
      }
      writing--;
    };
    const importer = async () => {
      for (const file of files) await step('import', ['import', file]);
      writing--;
    };
    const syncer = async () => {
      // Push alone, then push and pull (`sync all` also writes what it fetched).
      for (let i = 0; writing > 0; i++) await step('sync', i % 2 === 0 ? ['sync', 'push'] : ['sync', 'all', '--force']);
    };
    const reader = async () => {
      for (let i = 0; writing > 0; i++) {
        const first = read<{ ticket: string }>(db, 'SELECT ticket FROM reports ORDER BY id LIMIT 1')[0]?.ticket;
        const commands = [['list', '--limit', '50'], first ? ['show', first] : ['list'], ['due', '--format', 'json'], ['export', '--format', 'csv']];
        await step('read', commands[i % commands.length]!);
      }
    };
    await Promise.all([adder(), importer(), syncer(), reader()]);
    // What was queued while the last push ran goes now.
    await step('sync', ['sync', 'push']);

    const broken = outcomes.filter(({ r }) => r.code !== 0 || /busy|locked|sibuk|terkunci/i.test(r.stderr));
    expect(broken.map(({ args, r }) => `lapor ${args.join(' ')} -> ${r.code}: ${r.stderr}`)).toEqual([]);
    expect(sound(db)).toEqual([]);
    const titles = read<{ title: string }>(db, 'SELECT title FROM reports');
    expect(titles).toHaveLength(adds + rounds * importRows);
    expect(titles.filter((t) => t.title.startsWith('Lampu jalan padam'))).toHaveLength(adds);
    const tickets = read<{ ticket: string }>(db, 'SELECT ticket FROM reports').map((t) => t.ticket);
    expect(copiesByTicket(sim)).toEqual(new Map(tickets.map((t) => [t, 1])));
    expect(read(db, "SELECT state, count(*) AS n FROM outbox WHERE state <> 'done' GROUP BY state")).toEqual([]);
    // The readers ran while the writers did, not only before or after them.
    expect(outcomes.filter((o) => o.lane === 'read').length).toBeGreaterThanOrEqual(rounds);
  } finally {
    await sim.close();
  }
}, 600_000);
