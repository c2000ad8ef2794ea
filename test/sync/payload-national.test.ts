import { describe, expect, it } from 'vitest';
import { fromDetail, fromFollowups } from '../../src/sync/payload.js';

describe('what the national side says about its own moves', () => {
  it('reads a closing follow-up (is_final) and a rejection reason; a long reason is cut, not refused', () => {
    const list = fromFollowups({
      results: {
        data: [
          { id: 1, content: 'a', created_at: '01-12-2026 10:00:00', author_type: 'institution', is_final: 1 },
          { id: 2, content: 'b', created_at: '01-12-2026 10:00:00', author_type: 'institution', is_final: 0 },
          { id: 3, content: 'c', created_at: '01-12-2026 10:00:00', author_type: 'institution' },
        ],
      },
    });
    expect(list.map((f) => f.isFinal ?? false)).toEqual([true, false, false]);
    const detail = (extra: Record<string, unknown>) => fromDetail({ results: { data: { complaint_id: 5, status_name: 'Ditolak', ...extra } } });
    expect(detail({ reason_description: '  Tidak jelas  ' }).reason).toBe('Tidak jelas');
    expect(detail({ reason_description: '   ' }).reason).toBeUndefined();
    expect(detail({ reason_description: 42 }).reason).toBeUndefined();
    expect(detail({ reason_description: 'x'.repeat(5000) }).reason).toHaveLength(2000);
  });
});
