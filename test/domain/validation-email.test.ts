import { describe, expect, it } from 'vitest';
import { validateEmail } from '../../src/domain/email.js';

describe('validateEmail', () => {
  it.each([
    ['budi@example.com', 'budi@example.com'],
    ['Budi.Santoso@PPU.go.id', 'Budi.Santoso@ppu.go.id'],
    ['  siti+lapor@Gmail.COM ', 'siti+lapor@gmail.com'],
    ['a_b-c@sub.domain-x.co.id', 'a_b-c@sub.domain-x.co.id'],
    ['warga@desa.id', 'warga@desa.id'],
  ])('accepts %j as %j (domain lowercased only)', (typed, value) => {
    expect(validateEmail(typed)).toEqual({ value, problems: [] });
  });

  it.each([
    ['budi santoso@gmail.com', 'email.spaces'],
    ['budigmail.com', 'email.at'],
    ['budi@@gmail.com', 'email.at'],
    ['budi@kantor@gmail.com', 'email.at'],
    ['', 'email.at'],
    ['budi@gmail,com', 'email.character'],
    ['"Budi" <budi@gmail.com>', 'email.spaces'],
    ['<budi@gmail.com>', 'email.character'],
    ['@gmail.com', 'email.local'],
    ['.budi@gmail.com', 'email.local'],
    ['budi.@gmail.com', 'email.local'],
    ['bu..di@gmail.com', 'email.local'],
    ['budi@gmail', 'email.domain'],
    ['budi@', 'email.domain'],
    ['budi@gmail.', 'email.domain'],
    ['budi@.gmail.com', 'email.domain'],
    ['budi@gmail..com', 'email.domain'],
    ['budi@-gmail.com', 'email.domain'],
    ['budi@gmail.c', 'email.domain'],
    ['budi@10.20.30.40', 'email.domain'],
    ['budi@gmail_com.id', 'email.domain'],
  ])('rejects %j with %s', (typed, code) => {
    const r = validateEmail(typed, 'reporter_email');
    expect(r.value).toBeUndefined();
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ field: 'reporter_email', code, severity: 'error' });
    expect(r.problems[0]?.params).toMatchObject({ field: 'reporter_email' });
    // What is wrong, never the address: problems reach import reports and the screen.
    expect(JSON.stringify(r.problems[0]?.params)).not.toContain(typed.trim() || '@@nothing');
  });

  it('reports the offending character and the count of @', () => {
    expect(validateEmail('budi@gmail,com').problems[0]?.params).toMatchObject({ char: ',' });
    expect(validateEmail('a@b@c.id').problems[0]?.params).toMatchObject({ count: 2 });
  });

  it('limits the length to 254 characters', () => {
    const label = 'a'.repeat(60);
    const ok = `u@${[label, label, label, label, 'bbbbb'].join('.')}.id`;
    expect(ok).toHaveLength(254);
    expect(validateEmail(ok).value).toBe(ok);
    const r = validateEmail(`x${ok}`);
    expect(r.problems[0]).toMatchObject({ code: 'email.tooLong', params: { max: 254, length: 255 } });
  });

  it('limits the local part to 64 characters', () => {
    expect(validateEmail(`${'a'.repeat(64)}@x.id`).problems).toEqual([]);
    expect(validateEmail(`${'a'.repeat(65)}@x.id`).problems[0]?.code).toBe('email.local');
  });
});
