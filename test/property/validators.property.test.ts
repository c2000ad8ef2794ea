import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { reportFieldNames, validateReport, type RawReport } from '../../src/domain/report.js';
import { loadCategories, loadRegions } from '../../src/data.js';

// Issue 10, item 8 (property-based part, for the validators): any strings in any field never make
// validation throw or hang, and what it accepts it keeps: validating the accepted values again
// changes nothing, and plain text is kept exactly as typed.

const env = { now: new Date('2026-11-27T02:00:00Z'), timeZone: 'Asia/Makassar', categories: loadCategories(), regions: loadRegions() };

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.constantFrom('', ' ', '0', '-1', '1e+21', '2026-02-30', '2026-11-27T10:00', '+62 812', 'true', 'ya', '\u202e', '\u200b', 'a@b', '64.09'),
);

describe('validator properties', () => {
  it('never throws on any strings in any fields', () => {
    const raw = fc.dictionary(fc.constantFrom(...reportFieldNames), anyText, { maxKeys: reportFieldNames.length });
    fc.assert(
      fc.property(raw, (r) => {
        const result = validateReport(r as RawReport, env);
        expect(Array.isArray(result.problems)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('accepted text is stable: validating the stored values again gives the same values', () => {
    fc.assert(
      fc.property(anyText, anyText, fc.option(anyText, { nil: undefined }), (title, description, location) => {
        const first = validateReport({ title, description, location, channel: 'sms' }, env);
        if (!first.draft || first.problems.some((p) => p.severity === 'error')) return;
        const d = first.draft;
        const again = validateReport({ title: d.title, description: d.description, location: d.location, channel: 'sms' }, env);
        expect(again.draft?.title).toBe(d.title);
        expect(again.draft?.description).toBe(d.description);
        expect(again.draft?.location).toBe(d.location);
      }),
      { numRuns: 3000 },
    );
  });

  it('plain text within the limits is kept exactly as typed', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9À-ž.,()/-]{1,12}$/);
    const sentence = (min: number) => fc.array(word, { minLength: min, maxLength: 8 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(sentence(3), sentence(4), (title, description) => {
        fc.pre(title.length >= 5 && title.length <= 150 && description.length >= 10);
        const { draft, problems } = validateReport({ title, description, channel: 'sms' }, env);
        expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
        expect(draft?.title).toBe(title);
        expect(draft?.description).toBe(description);
      }),
      { numRuns: 1000 },
    );
  });
});
