import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FieldProblem } from '../../src/domain/problems.js';
import { parseDate, parseDateTime } from '../../src/domain/dates.js';
import { validateEmail } from '../../src/domain/email.js';
import { validateNik } from '../../src/domain/nik.js';
import { normalizePhone } from '../../src/domain/phone.js';
import { normalizeRegionCode } from '../../src/domain/region.js';
import { checkText } from '../../src/domain/text.js';
import { validationMessages } from '../../src/io/messages/validation.js';

const today = '2026-03-05';

/** One input per problem the validators can report. */
function producedProblems(): FieldProblem[] {
  const runs: { problems: FieldProblem[] }[] = [
    validateNik('64090152O3850002', { today }),
    validateNik('123', { today }),
    validateNik('6409013213850000', { today }),
    validateNik('6409012902010001', { today }),
    // Future in both centuries needs a 'today' before 1950; a reporter aged 1 is a warning.
    validateNik('6409010101500001', { today: '1930-01-01' }),
    validateNik('6409010503250001', { today }),
    validateNik('6471011203850001', { today, isKnownRegion: () => false }),
    normalizePhone('0811111'),
    normalizePhone('08123456789012'),
    normalizePhone('0812-abc'),
    normalizePhone('0111 234 5678'),
    normalizePhone('+60 12-345 6789'),
    validateEmail('a b@c.id'),
    validateEmail(`${'a'.repeat(250)}@c.id`),
    validateEmail('abc.id'),
    validateEmail('a@b,id'),
    validateEmail('.a@b.id'),
    validateEmail('a@b'),
    parseDate('kemarin', 'incident_date'),
    parseDate('31/02/2026', 'incident_date'),
    parseDate('05/03/2206', 'incident_date'),
    parseDateTime('besok', 'received_at', 'Asia/Makassar'),
    parseDateTime('2026-03-05 25:00', 'received_at', 'Asia/Makassar'),
    checkText('', 'title', { required: true, max: 10 }),
    checkText('ab', 'title', { min: 5, max: 10 }),
    checkText('a'.repeat(11), 'title', { max: 10 }),
    checkText('a\u0007', 'title', { max: 10 }),
    checkText('a\u202Eb', 'title', { max: 10 }),
    normalizeRegionCode('64.9'),
  ];
  return runs.flatMap((r) => r.problems);
}

const EXPECTED_CODES = [
  'date.format',
  'date.invalid',
  'date.year',
  'datetime.format',
  'email.at',
  'email.character',
  'email.domain',
  'email.local',
  'email.spaces',
  'email.tooLong',
  'nik.age',
  'nik.date',
  'nik.day',
  'nik.future',
  'nik.length',
  'nik.month',
  'nik.notDigits',
  'nik.serial',
  'nik.unknownRegion',
  'phone.character',
  'phone.foreign',
  'phone.invalid',
  'phone.tooLong',
  'phone.tooShort',
  'region.format',
  'text.bidi',
  'text.control',
  'text.required',
  'text.tooLong',
  'text.tooShort',
  'time.invalid',
];

const SOURCES = ['nik', 'phone', 'email', 'dates', 'text', 'region'].map((name) =>
  readFileSync(new URL(`../../src/domain/${name}.ts`, import.meta.url), 'utf8'),
);

describe('validation messages', () => {
  const problems = producedProblems();

  it('the corpus reaches every code the validators produce', () => {
    expect([...new Set(problems.map((p) => p.code))].sort()).toEqual(EXPECTED_CODES);
  });

  it('every code literal in the validator sources is one of them', () => {
    const literal = /'((?:nik|phone|email|date|datetime|time|text|region)\.[A-Za-z]+)'/g;
    const inSource = new Set(SOURCES.flatMap((src) => [...src.matchAll(literal)].map((m) => m[1] ?? '')));
    for (const code of inSource) expect(EXPECTED_CODES, code).toContain(code);
  });

  it.each(EXPECTED_CODES)('%s has a non-empty message in English and Indonesian', (code) => {
    const message = (validationMessages as Record<string, { en: string; id: string } | undefined>)[code];
    expect(message, code).toBeDefined();
    expect(message?.en.trim()).not.toBe('');
    expect(message?.id.trim()).not.toBe('');
    expect(message?.en).not.toBe(message?.id);
  });

  it('has no message for a code nobody produces', () => {
    expect(Object.keys(validationMessages).sort()).toEqual(EXPECTED_CODES);
  });

  it('every placeholder is filled by the params of the problem', () => {
    for (const p of problems) {
      const message = (validationMessages as Record<string, { en: string; id: string } | undefined>)[p.code];
      for (const lang of ['en', 'id'] as const) {
        const names = [...(message?.[lang] ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
        for (const name of names) expect(p.params, `${p.code} ${lang} {${name}}`).toHaveProperty(name);
      }
    }
  });

  it('no NIK, phone or e-mail message has a placeholder for the value itself', () => {
    for (const [code, message] of Object.entries(validationMessages)) {
      if (!/^(nik|phone|email)\./.test(code)) continue;
      expect(message.en, code).not.toMatch(/\{(value|domain|nik|phone|email)\}/);
    }
  });

  it('both languages use the same placeholders', () => {
    for (const [code, message] of Object.entries(validationMessages)) {
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(message.id), code).toEqual(names(message.en));
    }
  });
});
