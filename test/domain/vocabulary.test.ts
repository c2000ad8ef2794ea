import { describe, expect, it } from 'vitest';
import { parseRejectReason } from '../../src/domain/vocabulary.js';

describe('reject reasons as typed', () => {
  it('takes the canonical code or an Indonesian word, in any case and spacing', () => {
    expect(parseRejectReason('vague')).toBe('vague');
    expect(parseRejectReason(' Tidak Jelas ')).toBe('vague');
    expect(parseRejectReason('tidak_relevan')).toBe('irrelevant');
    expect(parseRejectReason('DUPLIKAT')).toBe('duplicate');
    expect(parseRejectReason('lainnya')).toBe('other');
    expect(parseRejectReason('spam')).toBeUndefined();
  });
});
