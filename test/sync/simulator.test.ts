import { afterEach, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../src/sync/simulator/server.js';
import { createClient, NationalError, type NationalClient } from '../../src/sync/client.js';
import { createHttpTransport } from '../../src/sync/transport.js';

let sim: Simulator | undefined;
let closeTransport: (() => void) | undefined;
afterEach(async () => {
  closeTransport?.();
  await sim?.close();
  sim = undefined;
});

async function setup(
  opts: Parameters<typeof startSimulator>[0] = {},
  credentials = { apiKey: 'sim-key', token: 'sim-token' },
  timeoutMs = 2000,
): Promise<NationalClient> {
  sim = await startSimulator(opts);
  const transport = createHttpTransport({ timeoutMs, maxSockets: 4 });
  closeTransport = transport.close;
  return createClient({ baseUrl: sim.url, ...credentials, keyHeader: 'Authorization', tokenHeader: 'token', userAgent: 'test' }, transport);
}

const body = (ref: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ title: 'Jalan rusak', content: 'Lubang besar', classification_id: 1, is_anonymous: 0, is_secret: 0, external_ref: ref, ...extra });

async function failure(promise: Promise<unknown>): Promise<NationalError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof NationalError) return error;
    throw error;
  }
  throw new Error('expected the request to fail');
}

describe('the simulator keeps the contract, seen through the client over HTTP', () => {
  it('the same Idempotency-Key and body returns the first answer and creates nothing new', async () => {
    const client = await setup();
    const first = await client.create('key-0000001', body('PPU-1'));
    const again = await client.create('key-0000001', body('PPU-1'));
    expect(again).toEqual(first);
    expect(sim!.state.complaints.size).toBe(1);
    const other = await client.create('key-0000002', body('PPU-2'));
    expect(other.nationalId).not.toBe(first.nationalId);
    // Same key, different body: refused, nothing created.
    const reused = await failure(client.create('key-0000001', body('PPU-3')));
    expect(reused).toMatchObject({ kind: 'invalid', status: 422 });
    expect(sim!.state.complaints.size).toBe(2);
  });

  it('a lost acknowledgement: the write is applied, the client sees a reset, the retry gets the same id', async () => {
    const client = await setup();
    sim!.inject({ operation: 'createComplaint', kind: 'lostAck' });
    const lost = await failure(client.create('key-lost-01', body('PPU-9')));
    expect(lost.kind).toBe('transient');
    expect(sim!.state.complaints.size).toBe(1);
    const retried = await client.create('key-lost-01', body('PPU-9'));
    expect(sim!.state.complaints.size).toBe(1);
    expect(sim!.state.complaints.has(Number(retried.nationalId))).toBe(true);
  });

  it('classifies each fault: drop, 500, 503 and 429 with Retry-After, 401, 403, timeout', async () => {
    const client = await setup({}, undefined, 300);
    sim!.inject(
      { kind: 'drop' },
      { kind: '500' },
      { kind: '503', retryAfter: 7 },
      { kind: '429', retryAfter: 3 },
      { kind: '401' },
      { kind: '403' },
      { kind: 'hang' },
    );
    const kinds = [];
    for (let i = 0; i < 7; i++) {
      const e = await failure(client.listCategories(1, 10));
      kinds.push([e.kind, e.status ?? null, e.retryAfterMs ?? null]);
    }
    expect(kinds).toEqual([
      ['transient', null, null],
      ['transient', 500, null],
      ['throttled', 503, 7000],
      ['throttled', 429, 3000],
      ['auth', 401, null],
      ['auth', 403, null],
      ['transient', null, null],
    ]);
    expect((await client.listCategories(1, 10)).total).toBe(17);
  });

  it('refuses wrong credentials and a record the contract rejects, naming the field', async () => {
    const wrong = await setup({}, { apiKey: 'nope-nope', token: 'sim-token' });
    const e = await failure(wrong.listInstitutions(1, 10));
    expect(e).toMatchObject({ kind: 'auth', status: 401 });
    expect(e.detail).not.toContain('nope-nope');
    await sim!.close();
    const client = await setup();
    const bad = await failure(client.create('key-bad-001', body('PPU-1', { reporter: { name: 'Budi', phone: '0812-abc' }, category_id: 99999 })));
    expect(bad.kind).toBe('invalid');
    expect(bad.detail).toContain('reporter.phone');
    expect(bad.detail).toContain('category_id');
    expect(sim!.state.complaints.size).toBe(0);
  });

  it('pages the master lists, uploads files, adds follow-ups and forwards', async () => {
    const client = await setup();
    const page1 = await client.listInstitutions(1, 4);
    const page3 = await client.listInstitutions(3, 4);
    expect(page1.rows).toHaveLength(4);
    expect(page3.rows).toHaveLength(2);
    expect(page1.total).toBe(10);
    const docs = await client.upload('key-doc-0001', { filename: 'surat.pdf', mime: 'application/pdf', data: new TextEncoder().encode('%PDF-1.4 test') });
    // A retried upload (new multipart boundary) with the same key is the same upload.
    expect(await client.upload('key-doc-0001', { filename: 'surat.pdf', mime: 'application/pdf', data: new TextEncoder().encode('%PDF-1.4 test') })).toEqual(
      docs,
    );
    expect(sim!.state.docs.size).toBe(1);
    const created = await client.create('key-0000003', body('PPU-3', { attachments: docs }));
    const { followupId } = await client.addFollowup(
      'key-fu-00001',
      JSON.stringify({ complaint_id: Number(created.nationalId), content: 'Sudah ditinjau', is_final: 0 }),
    );
    const list = await client.followups(created.nationalId);
    expect(list).toEqual([expect.objectContaining({ id: followupId, content: 'Sudah ditinjau', author: 'institution' })]);
    expect((await client.detail(created.nationalId)).statusName).toBe('Dalam Proses');
    const fwd = await client.forward(
      created.nationalId,
      'key-fw-00001',
      JSON.stringify({ is_request: 1, not_authority: 1, reason: 108, reason_description: 'Kewenangan pusat' }),
    );
    expect(fwd.statusName).toBe('Ditolak');
    expect(await failure(client.detail('999999'))).toMatchObject({ kind: 'notFound' });
  });
});
