import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { catalog, catalogParts, hasMessage, translate, translateOr, resolveLang } from '../../src/io/messages/index.js';
import { eventTypes, rejectReasons, statuses } from '../../src/domain/lifecycle.js';
import { channels, classifications } from '../../src/domain/vocabulary.js';
import { reportFieldNames } from '../../src/domain/report.js';
import { settingDefinitions } from '../../src/domain/settings.js';
import { decodeReason, reasonNames } from '../../src/sync/reason.js';
import { repoRoot } from '../helpers/cli.js';

describe('message catalog', () => {
  it('no key is defined twice across files', () => {
    const seen = new Map<string, number>();
    for (const part of catalogParts) for (const key of Object.keys(part)) seen.set(key, (seen.get(key) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1).map(([k]) => k)).toEqual([]);
  });

  it('every message has English and Indonesian text with the same placeholders', () => {
    for (const [key, m] of Object.entries(catalog)) {
      expect(m.en.trim(), key).not.toBe('');
      expect(m.id.trim(), key).not.toBe('');
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();
      expect(names(m.id), key).toEqual(names(m.en));
    }
  });

  it('every literal message key used in src/ exists', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (p.endsWith('.ts') && !p.includes(`${path.sep}messages${path.sep}`)) files.push(p);
      }
    };
    walk(path.join(repoRoot, 'src'));
    const missing = new Set<string>();
    const pattern = /\b(?:t|say|warn|Error|UsageError|NotFoundError|InvalidInputError|AppError|StoreError|SyncError|AuthError)\(\s*'([a-zA-Z]+\.[\w.-]+)'/g;
    for (const file of files) {
      for (const match of fs.readFileSync(file, 'utf8').matchAll(pattern)) if (!(match[1]! in catalog)) missing.add(`${match[1]} (${path.basename(file)})`);
    }
    expect([...missing]).toEqual([]);
  });

  // Keys built from template strings are typed (tsc checks them); this walks the unions that have a list at runtime.
  it('every key built from a typed union exists in both languages', () => {
    const built = [
      ...statuses.map((s) => `status.${s}`),
      ...eventTypes.map((e) => `event.${e}`),
      ...rejectReasons.map((r) => `rejectReason.${r}`),
      ...classifications.map((c) => `classification.${c}`),
      ...channels.map((c) => `channel.${c}`),
      ...reportFieldNames.flatMap((f) => [`field.${f}`, `prompt.${f}`, `help.field.${f}`]),
      ...['anonymous', 'confidential'].map((f) => `help.field.no-${f}`),
      ...['verify', 'followup', 'complete'].map((k) => `due.${k}`),
      ...settingDefinitions.map((d) => d.description),
      ...reasonNames.map((r) => `sync.reason.${r}`),
    ];
    const missing = built.filter((key) => !hasMessage(key) || !catalog[key]?.en.trim() || !catalog[key]?.id.trim());
    expect(missing).toEqual([]);
    expect(settingDefinitions.every((d) => d.description === `setting.${d.key}`)).toBe(true);
  });

  it('keys from data fall back explicitly; a key this version does not know never prints itself', () => {
    expect(translateOr('id', 'status.recorded', 'x')).toBe('tercatat');
    expect(translateOr('en', 'status.ditolak_pusat', 'ditolak_pusat')).toBe('ditolak_pusat');
    expect(hasMessage('toString')).toBe(false);
    expect(() => translate('en', 'no.such.key' as never)).toThrow(/no message 'no.such.key'/);
    expect(decodeReason('{"key":"sync.reason.gone","params":{}}')).toEqual({
      key: 'sync.reason.text',
      params: { text: '{"key":"sync.reason.gone","params":{}}' },
    });
    expect(decodeReason('{"key":"sync.reason.auth","params":{"detail":"x"}}')).toEqual({ key: 'sync.reason.auth', params: { detail: 'x' } });
  });

  it('fills placeholders and picks the language from flag, LAPOR_LANG, LANG', () => {
    expect(translate('en', 'report.saved', { ticket: 'X-1' })).toContain('X-1');
    expect(resolveLang('id', {})).toBe('id');
    expect(resolveLang(undefined, { LAPOR_LANG: 'id' })).toBe('id');
    expect(resolveLang(undefined, { LANG: 'id_ID.UTF-8' })).toBe('id');
    expect(resolveLang(undefined, { LANG: 'C.UTF-8' })).toBe('en');
    expect(resolveLang('en', { LAPOR_LANG: 'id' })).toBe('en');
  });
});
