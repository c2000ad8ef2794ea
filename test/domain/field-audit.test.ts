import { describe, expect, it } from 'vitest';
import { auditChanges, auditSnapshot } from '../../src/domain/field-audit.js';
import type { ReportDraft } from '../../src/domain/report.js';

const base: ReportDraft = {
  classification: 'complaint',
  channel: 'letter',
  title: 'Jalan rusak di Sepaku',
  description: 'Lubang besar di jalan poros',
  receivedAt: '2026-11-20T02:00:00.000Z',
  receivedDate: '2026-11-20',
  anonymous: false,
  confidential: false,
  reporter: { name: 'Budi', nik: '6409014502900003', phone: '+6281234567890', phoneRaw: '081234567890', email: 'budi@example.id' },
};

describe('the audit view of report fields (field table: audit column)', () => {
  it('a snapshot leaves the long description out and never shows identity in clear', () => {
    const shot = auditSnapshot({ ...base, confidential: true });
    expect(shot).not.toHaveProperty('description');
    // A confidential reporter's identity is only a mark (pii.ts auditValue); a plain one is masked.
    expect(shot).toMatchObject({ title: 'Jalan rusak di Sepaku', reporter_name: '(confidential)', nik: '(confidential)', email: '(confidential)' });
    expect(auditSnapshot(base)).toMatchObject({ reporter_name: 'Budi', nik: '6409********0003', email: '(set)' });
    expect(JSON.stringify(shot)).not.toMatch(/6409014502900003|budi@|Budi/);
  });

  it('diffs list changed fields only, identity masked, and "(changed)" when the masks agree', () => {
    const after: ReportDraft = { ...base, description: 'Lubang makin besar', reporter: { ...base.reporter, nik: '6409011111110003' } };
    expect(auditChanges(base, after)).toEqual({
      description: { from: 'Lubang besar di jalan poros', to: 'Lubang makin besar' },
      nik: { from: '(changed)', to: '(changed)' },
    });
    expect(auditChanges(base, base)).toEqual({});
  });
});
