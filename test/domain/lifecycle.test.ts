import { describe, expect, it } from 'vitest';
import {
  allowedEvents,
  eventTypes,
  finalStatuses,
  isRejectReason,
  isStatus,
  nextStatus,
  precededEvent,
  replyEffect,
  rejectReasons,
  statuses,
} from '../../src/domain/lifecycle.js';
import type { LifecycleEvent, LifecycleEventType, Status } from '../../src/domain/lifecycle.js';
import { finalNationalNames, mapNationalStatus, nationalStatusNames } from '../../src/domain/national-status.js';
import { disagrees, nationalSteps, pollCutoffs } from '../../src/domain/national-reconcile.js';
import { lifecycleMessages } from '../../src/io/messages/lifecycle.js';

// Written out by hand, independently of the implementation's table.
const allStatuses: Status[] = ['recorded', 'verified', 'assigned', 'in_progress', 'followed_up', 'done', 'rejected', 'forwarded'];
const allEvents: LifecycleEventType[] = ['verify', 'assign', 'respond', 'followup', 'reply', 'close', 'autoClose', 'reject', 'forward', 'reopen'];

const x = null; // illegal
type Row = Record<LifecycleEventType, Status | null>;
// prettier-ignore
const expected: Record<Status, Row> = {
  recorded:    { verify: 'verified', assign: x, respond: x, followup: x, reply: 'recorded', close: x, autoClose: x, reject: 'rejected', forward: 'forwarded', reopen: x },
  verified:    { verify: x, assign: 'assigned', respond: x, followup: x, reply: 'verified', close: x, autoClose: x, reject: 'rejected', forward: 'forwarded', reopen: x },
  assigned:    { verify: x, assign: 'assigned', respond: 'in_progress', followup: 'followed_up', reply: 'assigned', close: x, autoClose: x, reject: 'rejected', forward: 'forwarded', reopen: x },
  in_progress: { verify: x, assign: 'assigned', respond: x, followup: 'followed_up', reply: 'in_progress', close: x, autoClose: x, reject: 'rejected', forward: 'forwarded', reopen: x },
  followed_up: { verify: x, assign: x, respond: x, followup: 'followed_up', reply: 'in_progress', close: 'done', autoClose: 'done', reject: x, forward: x, reopen: 'in_progress' },
  done:        { verify: x, assign: x, respond: x, followup: x, reply: x, close: x, autoClose: x, reject: x, forward: x, reopen: 'in_progress' },
  rejected:    { verify: x, assign: x, respond: x, followup: x, reply: x, close: x, autoClose: x, reject: x, forward: x, reopen: 'recorded' },
  forwarded:   { verify: x, assign: x, respond: x, followup: x, reply: x, close: x, autoClose: x, reject: x, forward: x, reopen: 'recorded' },
};

/** Every concrete event of a type, so payload fields (final, reason) are shown not to matter. */
function eventsOf(type: LifecycleEventType): LifecycleEvent[] {
  switch (type) {
    case 'followup':
      return [
        { type, final: false },
        { type, final: true },
      ];
    case 'reject':
      return rejectReasons.map((reason) => ({ type, reason }));
    default:
      return [{ type }];
  }
}

function legalFrom(status: Status): LifecycleEventType[] {
  return allEvents.filter((e) => expected[status][e] !== null);
}

function run(start: Status, events: LifecycleEvent[]): Status {
  return events.reduce<Status>((status, event) => {
    const result = nextStatus(status, event);
    if (!result.ok) throw new Error(`${event.type} is illegal from ${status}`);
    return result.status;
  }, start);
}

describe('lifecycle constants', () => {
  it('lists every status, final statuses, reasons and event types', () => {
    expect([...statuses]).toEqual(allStatuses);
    expect([...finalStatuses].sort()).toEqual(['done', 'forwarded', 'rejected']);
    expect([...rejectReasons]).toEqual(['vague', 'irrelevant', 'duplicate', 'other']);
    expect([...eventTypes].sort()).toEqual([...allEvents].sort());
  });

  it('guards raw strings', () => {
    for (const s of allStatuses) expect(isStatus(s)).toBe(true);
    expect(isStatus('Selesai')).toBe(false);
    expect(isStatus('toString')).toBe(false);
    expect(isRejectReason('duplicate')).toBe(true);
    expect(isRejectReason('duplikat')).toBe(false);
  });
});

describe('nextStatus: every (status, event) pair', () => {
  const pairs = allStatuses.flatMap((s) => allEvents.map((e) => [s, e, expected[s][e]] as const));
  it('covers 8 x 10 pairs', () => expect(pairs).toHaveLength(80));

  it.each(pairs)('%s + %s -> %s', (status, type, to) => {
    for (const event of eventsOf(type)) {
      const result = nextStatus(status, event);
      if (to === null) {
        expect(result.ok).toBe(false);
        if (!result.ok) expect([...result.allowed].sort()).toEqual(legalFrom(status).sort());
      } else {
        expect(result).toEqual({ ok: true, status: to });
      }
    }
  });
});

describe('allowedEvents', () => {
  it.each(allStatuses)('%s', (status) => {
    expect([...allowedEvents(status)].sort()).toEqual(legalFrom(status).sort());
  });

  it('lists forward moves first, then re-assignment and side exits (CLI order)', () => {
    expect(allowedEvents('assigned')).toEqual(['respond', 'followup', 'reply', 'assign', 'reject', 'forward']);
    expect(nextStatus('assigned', { type: 'close' })).toEqual({
      ok: false,
      allowed: ['respond', 'followup', 'reply', 'assign', 'reject', 'forward'],
    });
  });

  it('offers only reopen on final statuses', () => {
    for (const s of finalStatuses) expect(allowedEvents(s)).toEqual(['reopen']);
  });

  it('offers something on every status (no dead ends)', () => {
    for (const s of allStatuses) expect(allowedEvents(s).length).toBeGreaterThan(0);
  });
});

describe('paths', () => {
  it('happy path: recorded to done', () => {
    expect(
      run('recorded', [
        { type: 'verify' },
        { type: 'assign' },
        { type: 'respond' },
        { type: 'followup', final: false },
        { type: 'followup', final: true },
        { type: 'close' },
      ]),
    ).toBe('done');
    expect(run('recorded', [{ type: 'verify' }, { type: 'assign' }, { type: 'followup', final: true }, { type: 'autoClose' }])).toBe('done');
  });

  it('a reporter reply re-opens a followed-up report, which can then be followed up and closed again', () => {
    const reopened = run('recorded', [{ type: 'verify' }, { type: 'assign' }, { type: 'respond' }, { type: 'followup', final: true }, { type: 'reply' }]);
    expect(reopened).toBe('in_progress');
    expect(run(reopened, [{ type: 'followup', final: true }, { type: 'autoClose' }])).toBe('done');
  });

  it('a reply on a closed report needs an explicit reopen', () => {
    expect(nextStatus('done', { type: 'reply' })).toEqual({ ok: false, allowed: ['reopen'] });
    expect(run('done', [{ type: 'reopen' }, { type: 'reply' }])).toBe('in_progress');
  });

  it('re-assignment keeps the report assigned, even after the first response', () => {
    expect(run('verified', [{ type: 'assign' }, { type: 'assign' }])).toBe('assigned');
    expect(run('assigned', [{ type: 'respond' }, { type: 'assign' }])).toBe('assigned');
  });

  it('rejected and forwarded reports restart from intake when reopened', () => {
    expect(run('assigned', [{ type: 'reject', reason: 'duplicate' }, { type: 'reopen' }])).toBe('recorded');
    expect(run('in_progress', [{ type: 'forward' }, { type: 'reopen' }, { type: 'verify' }])).toBe('verified');
  });
});

describe('mapNationalStatus', () => {
  it.each([
    ['Belum Terverifikasi', 'recorded'],
    ['Terverifikasi', 'verified'],
    ['Dalam Proses', 'in_progress'],
    ['Selesai', 'done'],
    ['Ditolak', 'rejected'],
    ['Diarsipkan', 'rejected'],
    ['  dalam   PROSES ', 'in_progress'],
    ['SELESAI', 'done'],
    ['belum\tterverifikasi\n', 'recorded'],
    ['Belum\u00a0Terverifikasi', 'recorded'],
  ] as const)('%j -> %s', (name, local) => {
    expect(mapNationalStatus(name)).toEqual({ known: true, local });
  });

  it.each(['', '   ', 'Menunggu Verifikasi', 'Selesai Sebagian', 'Terverifikasi Ulang', 'BelumTerverifikasi', 'constructor', 'toString', 'done'])(
    'unknown %j is reported as unknown, with no local status',
    (name) => {
      const mapped = mapNationalStatus(name);
      expect(mapped).toEqual({ known: false });
      expect('local' in mapped).toBe(false);
    },
  );
});

describe('reconciliation (national-reconcile.ts)', () => {
  const unknown = 'Menunggu Tanggapan Instansi';
  const names = ['Belum Terverifikasi', 'Terverifikasi', 'Dalam Proses', 'Selesai', 'Ditolak', 'Diarsipkan', unknown];
  // Rows: local status; columns in the order of `names`. Written from the rules, not the code:
  // '=' agree, a step is taken through the lifecycle, 'x' disagree with no legal path.
  // prettier-ignore
  const table: Record<Status, string[]> = {
    recorded:    ['=', 'verify', 'x', 'x',     'reject', 'reject', '='],
    verified:    ['=', '=',      'x', 'x',     'reject', 'reject', '='],
    assigned:    ['=', '=',      '=', 'x',     'reject', 'reject', '='],
    in_progress: ['=', '=',      '=', 'x',     'reject', 'reject', '='],
    followed_up: ['=', '=',      '=', 'close', 'x',      'x',      '='],
    done:        ['x', 'x',      'x', '=',     'x',      'x',      '='],
    rejected:    ['x', 'x',      'x', 'x',     '=',      '=',      '='],
    forwarded:   ['x', 'x',      'x', 'x',     '=',      '=',      '='],
  };
  const cases = allStatuses.flatMap((local) => names.map((name, i) => [local, name, table[local][i]!] as const));

  it.each(cases)('local %s + national %j: %s', (local, name, expected) => {
    const steps = nationalSteps(local, name);
    if (expected === '=') expect([steps, disagrees(local, name)]).toEqual([[], false]);
    else if (expected === 'x') expect([steps, disagrees(local, name)]).toEqual([[], true]);
    else expect(steps.map((e) => e.type)).toEqual([expected]);
  });

  it('a national rejection is a rejection for another reason; names are matched loosely', () => {
    expect(nationalSteps('assigned', ' ditolak ')).toEqual([{ type: 'reject', reason: 'other' }]);
    expect(nationalSteps('followed_up', 'SELESAI')).toEqual([{ type: 'close' }]);
  });

  it('every national display label agrees with its own local status', () => {
    for (const s of allStatuses) {
      expect(mapNationalStatus(nationalStatusNames[s]).known).toBe(true);
      expect(disagrees(s, nationalStatusNames[s])).toBe(false);
    }
    expect(nationalStatusNames.forwarded).toBe('Ditolak');
    expect(nationalStatusNames.followed_up).toBe('Dalam Proses');
  });

  it('locally final reports are polled until the national record is final, at a lower rate', () => {
    expect([...finalNationalNames].sort()).toEqual(['diarsipkan', 'ditolak', 'selesai']);
    const now = new Date('2026-12-01T00:00:00Z');
    expect(pollCutoffs(now, 3, false)).toEqual({ openBefore: '2026-11-30T21:00:00.000Z', finalBefore: '2026-11-30T00:00:00.000Z' });
    expect(pollCutoffs(now, 3, true)).toEqual({});
  });
});

describe('lifecycle messages', () => {
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  const keys = [
    ...allStatuses.map((s) => `status.${s}`),
    ...allEvents.map((e) => `event.${e}`),
    ...rejectReasons.map((r) => `rejectReason.${r}`),
    'lifecycle.illegal',
    'lifecycle.noneAllowed',
  ];

  it.each(keys)('%s has en and id text', (key) => {
    const message = (lifecycleMessages as Record<string, { en: string; id: string } | undefined>)[key];
    expect(message).toBeDefined();
    expect(message?.en.trim()).not.toBe('');
    expect(message?.id.trim()).not.toBe('');
  });

  it('has no keys beyond those', () => {
    expect(Object.keys(lifecycleMessages).sort()).toEqual([...keys].sort());
  });

  it('uses the same placeholders in both languages', () => {
    for (const [key, m] of Object.entries(lifecycleMessages)) {
      expect(placeholders(m.id), key).toEqual(placeholders(m.en));
    }
    expect(placeholders(lifecycleMessages['lifecycle.illegal']?.en ?? '')).toEqual(['allowed', 'event', 'status', 'ticket']);
    expect(lifecycleMessages['lifecycle.noneAllowed']?.en).toContain('lapor reopen');
    expect(lifecycleMessages['lifecycle.noneAllowed']?.id).toContain('lapor reopen');
  });

  it('uses the agreed status labels', () => {
    expect(lifecycleMessages['status.assigned']).toEqual({ en: 'assigned', id: 'didisposisikan' });
    expect(lifecycleMessages['status.followed_up']).toEqual({ en: 'followed up', id: 'ditindaklanjuti' });
    expect(lifecycleMessages['rejectReason.vague']).toEqual({ en: 'too vague', id: 'tidak jelas' });
  });
});

describe('replyEffect: the reporter reply window (issue 14)', () => {
  const followup = { lastAt: '2026-12-09T01:00:00.000Z', autoCloseOn: '2026-12-23' };
  it('re-opens within the window, up to and including the auto-close day', () => {
    expect(replyEffect({ at: '2026-12-10T01:00:00.000Z', localDate: '2026-12-10' }, followup)).toBe('reopens');
    expect(replyEffect({ at: '2026-12-23T08:00:00.000Z', localDate: '2026-12-23' }, followup)).toBe('reopens');
    // An interim follow-up has no auto-close date: any later reply re-opens.
    expect(replyEffect({ at: '2027-02-01T01:00:00.000Z', localDate: '2027-02-01' }, { lastAt: followup.lastAt })).toBe('reopens');
  });
  it('is history only after the window or before the last follow-up', () => {
    expect(replyEffect({ at: '2026-12-24T01:00:00.000Z', localDate: '2026-12-24' }, followup)).toBe('afterWindow');
    expect(replyEffect({ at: '2026-12-08T07:00:00.000Z', localDate: '2026-12-08' }, followup)).toBe('beforeFollowup');
  });
  it('the state machine keeps a followed-up report as it is for such a reply', () => {
    expect(nextStatus('followed_up', { type: 'reply', reopens: false })).toEqual({ ok: true, status: 'followed_up' });
    expect(nextStatus('followed_up', { type: 'reply', reopens: true })).toEqual({ ok: true, status: 'in_progress' });
    expect(nextStatus('done', { type: 'reply', reopens: false }).ok).toBe(false);
  });
});

describe('precededEvent: the time order of steps (issue 11 item 2)', () => {
  const marks = { receivedAt: '2026-11-27T01:00:00.000Z', latest: { kind: 'reply', at: '2026-12-03T01:00:35.120Z' } };
  it('refuses a step before the latest event or the receipt', () => {
    expect(precededEvent({ type: 'followup', at: '2026-12-02T01:00:00.000Z' }, marks)).toEqual(marks.latest);
    expect(precededEvent({ type: 'verify', at: '2026-11-26T01:00:00.000Z' }, marks)).toEqual({ kind: 'receipt', at: marks.receivedAt });
  });
  it('accepts the same minute, a later time, and a first step after the receipt', () => {
    expect(precededEvent({ type: 'close', at: '2026-12-03T01:00:00.000Z' }, marks)).toBeUndefined();
    expect(precededEvent({ type: 'close', at: '2026-12-04T01:00:00.000Z' }, marks)).toBeUndefined();
    expect(precededEvent({ type: 'verify', at: '2026-11-27T01:00:00.000Z' }, { receivedAt: marks.receivedAt })).toBeUndefined();
  });
  it('exempts a reply from the timeline (not from the receipt) and the auto-close from both', () => {
    expect(precededEvent({ type: 'reply', at: '2026-12-01T01:00:00.000Z' }, marks)).toBeUndefined();
    expect(precededEvent({ type: 'reply', at: '2026-11-26T01:00:00.000Z' }, marks)?.kind).toBe('receipt');
    expect(precededEvent({ type: 'autoClose', at: '2026-11-26T01:00:00.000Z' }, marks)).toBeUndefined();
  });
});
