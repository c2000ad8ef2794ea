import { describe, expect, it } from 'vitest';
import {
  auditDetails,
  auditFlags,
  auditValue,
  duplicateNamed,
  editDefault,
  exportIdentity,
  exportShowsIdentity,
  historyDetails,
  previewValue,
  reporterView,
  revealDecision,
  type WithReporter,
} from '../../src/domain/pii.js';

const reporter = {
  name: 'Sri Rahayu',
  nik: '6409014502900003',
  phone: '+6281350001234',
  phoneRaw: '0813 5000 1234',
  email: 'sri.rahayu@example.id',
  address: 'Jl. Melati 7',
};
const open: WithReporter = { anonymous: false, confidential: false, reporter };
const secret: WithReporter = { ...open, confidential: true };
const anonymous: WithReporter = { anonymous: true, confidential: false, reporter: {} };
const clear = [reporter.name, reporter.nik, reporter.phone, reporter.phoneRaw, reporter.email, reporter.address];

describe('reporterView', () => {
  it.each(['list', 'show', 'edit'] as const)('%s: NIK, phone and e-mail masked, address withheld, name shown', (purpose) => {
    expect(reporterView(open, purpose)).toEqual({
      name: 'Sri Rahayu',
      nik: '6409********0003',
      phone: '+62813****1234',
      email: 's***@example.id',
      address: '***',
      hidden: null,
    });
  });

  it.each(['list', 'show', 'edit', 'summary'] as const)('%s: nothing of a confidential or anonymous reporter', (purpose) => {
    expect(reporterView(secret, purpose)).toEqual({ name: null, nik: null, phone: null, email: null, address: null, hidden: 'confidential' });
    expect(reporterView(anonymous, purpose).hidden).toBe('anonymous');
  });

  it('reveal: everything, except of an anonymous report', () => {
    expect(reporterView(secret, 'reveal')).toMatchObject({ name: 'Sri Rahayu', nik: reporter.nik, address: reporter.address, hidden: null });
    expect(reporterView(anonymous, 'reveal').hidden).toBe('anonymous');
  });

  it('summary: what was typed in this run shows as typed (NIK and phone still masked), the rest masked or hidden', () => {
    const typed = new Set(['reporter_name', 'email']);
    expect(reporterView(open, 'summary', typed)).toMatchObject({ name: 'Sri Rahayu', email: reporter.email, nik: '6409********0003', address: '***' });
    expect(reporterView(secret, 'summary', typed)).toMatchObject({ name: 'Sri Rahayu', email: reporter.email, nik: null, phone: null, address: null });
  });
});

describe('the interactive editor', () => {
  it('never defaults to a NIK, phone, e-mail, address or a confidential name', () => {
    for (const field of ['nik', 'phone', 'email', 'address']) expect(editDefault(open, field, 'x')).toBeUndefined();
    expect(editDefault(secret, 'reporter_name', 'Sri')).toBeUndefined();
    expect(editDefault(open, 'reporter_name', 'Sri')).toBe('Sri');
    expect(editDefault(secret, 'location', 'Sepaku')).toBe('Sepaku');
  });
});

describe('reveal', () => {
  it('needs a reason for a confidential reporter, records whether it was one', () => {
    expect(revealDecision(secret, undefined)).toEqual({ refused: 'report.revealNeedsReason' });
    expect(revealDecision(secret, '  ')).toEqual({ refused: 'report.revealNeedsReason' });
    expect(revealDecision(secret, 'Ombudsman')).toEqual({ reveal: true, audit: { reason: 'Ombudsman', confidential: true } });
    expect(revealDecision(open, undefined)).toEqual({ reveal: true, audit: { reason: null, confidential: false } });
    expect(revealDecision(anonymous, 'x')).toEqual({ reveal: false });
  });
});

describe('audit trail and history', () => {
  it('stores identity masked, or not at all when confidential or anonymous', () => {
    expect(auditValue('nik', reporter.nik, open)).toBe('6409********0003');
    expect(auditValue('phone', reporter.phone, open)).toBe('+62813****1234');
    expect(auditValue('email', reporter.email, open)).toBe('(set)');
    expect(auditValue('address', reporter.address, open)).toBe('(set)');
    expect(auditValue('reporter_name', 'Sri', open)).toBe('Sri');
    for (const field of ['reporter_name', 'nik', 'phone', 'email', 'address']) {
      expect(auditValue(field, 'x', secret)).toBe('(confidential)');
      expect(auditValue(field, 'x', anonymous)).toBe('(anonymous)');
    }
    expect(auditValue('nik', null, secret)).toBeNull();
    expect(auditValue('title', 'Jalan rusak', secret)).toBe('Jalan rusak');
  });

  it('is idempotent on stored values, so history can apply it again', () => {
    for (const [field, value] of Object.entries({ nik: reporter.nik, phone: reporter.phone, email: reporter.email, reporter_name: 'Sri' })) {
      const once = auditValue(field, value, open);
      expect(auditValue(field, once, open)).toBe(once);
    }
  });

  it('an entry that makes a report confidential is written under confidential', () => {
    expect(auditFlags(open, secret)).toEqual({ anonymous: false, confidential: true });
    expect(auditFlags(secret, open)).toEqual({ anonymous: false, confidential: true });
    expect(auditFlags(open, { anonymous: true, confidential: false })).toEqual({ anonymous: true, confidential: false });
  });

  it('history shows old entries under the current flags', () => {
    const stored = {
      reporter_name: 'Sri',
      nik: '6409********0003',
      title: 'Jalan',
      changes: { reporter_name: { from: 'Sri', to: 'Sri R.' }, phone: { from: null, to: '+62813****1234' } },
    };
    const now = JSON.stringify(historyDetails(stored, secret));
    for (const value of ['Sri', '6409', '+62813']) expect(now).not.toContain(value);
    expect(historyDetails(stored, secret)).toMatchObject({ title: 'Jalan', changes: { phone: { from: null, to: '(confidential)' } } });
    expect(auditDetails(stored, open)).toEqual(stored);
  });
});

describe('exports', () => {
  it('identity only with --include-pii; confidential only with --include-confidential and a reason', () => {
    expect(exportIdentity({})).toEqual({ ok: true, value: { identity: false, confidential: false } });
    expect(exportIdentity({ includeConfidential: true, reason: 'x' })).toEqual({ ok: false, code: 'export.confidentialNeedsPii' });
    expect(exportIdentity({ reason: 'x' })).toEqual({ ok: false, code: 'export.reasonNeedsPii' });
    expect(exportIdentity({ includePii: true, includeConfidential: true })).toEqual({ ok: false, code: 'export.confidentialNeedsReason' });
    const pii = { identity: true, confidential: false };
    expect(exportShowsIdentity(open, pii)).toBe(true);
    expect(exportShowsIdentity(secret, pii)).toBe(false);
    expect(exportShowsIdentity(secret, { identity: true, confidential: true })).toBe(true);
    expect(exportShowsIdentity(anonymous, { identity: true, confidential: true })).toBe(false);
  });
});

describe('sync previews and duplicates', () => {
  it('masks contact details and hides a confidential reporter', () => {
    expect(previewValue('name', 'Sri', open)).toBe('Sri');
    expect(previewValue('phone', reporter.phone, open)).toBe('+62813****1234');
    expect(previewValue('email', reporter.email, open)).toBe('s***@example.id');
    expect(previewValue('nik', reporter.nik, open)).toBe('6409********0003');
    for (const value of clear) expect(previewValue('name', value, secret)).toBe('(confidential)');
  });

  it('a confidential likely duplicate is not named', () => {
    expect(duplicateNamed({ confidential: true })).toBe(false);
    expect(duplicateNamed({ confidential: false })).toBe(true);
  });
});
