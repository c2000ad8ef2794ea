import { afterEach, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../src/sync/simulator/server.js';
import { createClient } from '../../src/sync/client.js';
import { createHttpTransport } from '../../src/sync/transport.js';

/*
 * The national side's own moves, played through the simulator's control endpoints (POST
 * /__sim/...) and read back through our client: what `sync pull` will see.
 */
let sim: Simulator | undefined;
let closeTransport: (() => void) | undefined;
afterEach(async () => {
  closeTransport?.();
  await sim?.close();
  sim = undefined;
});

async function control(path: string, body: Record<string, unknown>): Promise<void> {
  const res = await fetch(`${sim!.url}/__sim/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  expect(res.ok).toBe(true);
}

describe('simulator control: the national side acts', () => {
  it("plays the institution's follow-ups (final or not) and status changes with and without a rejection's reason", async () => {
    sim = await startSimulator();
    const transport = createHttpTransport({ timeoutMs: 2000, maxSockets: 2 });
    closeTransport = transport.close;
    const client = createClient(
      { baseUrl: sim.url, apiKey: 'sim-key', token: 'sim-token', keyHeader: 'Authorization', tokenHeader: 'token', userAgent: 'test' },
      transport,
    );
    const created = await client.create(
      'key-nat-0001',
      JSON.stringify({ title: 'Jalan rusak', content: 'Lubang', classification_id: 1, is_anonymous: 0, is_secret: 0, external_ref: 'PPU-1' }),
    );
    const id = created.nationalId;

    await control(`complaints/${id}/followups`, { content: 'Sedang dikerjakan', author_type: 'institution' });
    await control(`complaints/${id}/followups`, { content: 'Sudah selesai', author_type: 'institution', is_final: 1 });
    expect((await client.followups(id)).map((f) => [f.content, f.author, f.isFinal ?? false])).toEqual([
      ['Sedang dikerjakan', 'institution', false],
      ['Sudah selesai', 'institution', true],
    ]);

    for (const name of ['Terverifikasi', 'Dalam Proses', 'Selesai', 'Diarsipkan']) {
      await control(`complaints/${id}/status`, { status_name: name });
      expect(await client.detail(id)).toMatchObject({ statusName: name });
      expect((await client.detail(id)).reason).toBeUndefined();
    }
    await control(`complaints/${id}/status`, { status_name: 'Ditolak', reason: 'Laporan tidak jelas' });
    expect(await client.detail(id)).toMatchObject({ statusName: 'Ditolak', reason: 'Laporan tidak jelas' });
    // A later change without a reason clears it.
    await control(`complaints/${id}/status`, { status_name: 'Ditolak' });
    expect((await client.detail(id)).reason).toBeUndefined();
  });
});
