import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/io/messages/index.js';
import { run, tempDb } from '../helpers/cli.js';
import { englishLeftovers } from '../io/english-leftovers.js';

/** Indonesian texts that legitimately hold one of the English words: a value the user types or a name in code. */
const allowed: Record<string, string[]> = {
  'help.holiday.examples': ['working'], // `config set calendar.collective_leave working`
  'import.opt.onDuplicate': ['error'], // the value of --on-duplicate
  'import.debug.suspend': ['reports'], // the table's name
  'config.nationalUrl': ['(s)'], // http(s)
  'sim.usage': ['run'], // npm run national-sim
};

/** Help texts whose values are codes the user types (status codes, setting values). */
const allowedInHelp: Record<string, string[]> = {
  'lapor list': ['done'], // --status takes the status codes: ... followed_up, done, rejected
  'lapor holiday': ['working'], // help.holiday.examples
  'lapor export': ['done'], // an example: --status done
  'lapor import': ['error'], // a value of --on-duplicate
};

/** The term column of a help section (`  list [opsi]    `, `  file   `) names commands and arguments as typed. */
function withoutTerms(help: string): string {
  // Wrapped lines are joined again, so a command cut at the margin (`lapor unit\n list`) is still one.
  return help.replace(/^ {2}(?! )\S.*?(?: {2,}|$)/gm, '  ').replace(/\n {2,}/g, ' ');
}

function leftovers(text: string, allow: readonly string[] = []): string[] {
  return englishLeftovers(text).filter((word) => !allow.includes(word));
}

/** Every command path, found by reading the "Perintah:" section of each help text. */
async function helpTexts(db: string): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  const visit = async (path: string[]) => {
    const r = await run(['--lang', 'id', ...path, '--help'], { db });
    expect(r.code, path.join(' ')).toBe(0);
    texts.set(['lapor', ...path].join(' '), r.stdout);
    const section = /\nPerintah:\n([\s\S]*?)(?:\n\n|$)/.exec(r.stdout)?.[1] ?? '';
    for (const line of section.split('\n')) {
      const name = /^ {2}([a-z][\w-]*)/.exec(line)?.[1];
      if (name && name !== 'help') await visit([...path, name]);
    }
  };
  await visit([]);
  return texts;
}

describe('Bahasa Indonesia is complete', () => {
  it('no Indonesian message holds an English word (placeholders, flags, code and identifiers aside)', () => {
    const found = Object.entries(catalog)
      .map(([key, m]) => [key, leftovers(m.id, allowed[key])] as const)
      .filter(([, words]) => words.length > 0);
    expect(found).toEqual([]);
  });

  it('the word list does catch English (the check can fail)', () => {
    expect(englishLeftovers('Usage: lapor add [options]')).toEqual(['usage']);
    expect(englishLeftovers('jatuh tempo dalam 2 working day(s)')).toEqual(['(s)', 'day(s)', 'working', 'day']);
    expect(englishLeftovers("error: unknown option '--bogus'")).toEqual(['error', 'unknown', 'option']);
    expect(englishLeftovers("gunakan --skip-invalid atau 'lapor officer activate {id}', mis. PPU-2026-000001")).toEqual([]);
  });

  it('every command help text is in Indonesian: headings, usage words, option extras, built-in options', async () => {
    const texts = await helpTexts(tempDb());
    expect(texts.size).toBeGreaterThan(40);
    const found = [...texts]
      .map(([command, text]) => [command, leftovers(withoutTerms(text), allowedInHelp[command])] as const)
      .filter(([, words]) => words.length > 0);
    expect(found).toEqual([]);
    const root = texts.get('lapor')!;
    expect(root).toMatch(/^Penggunaan: lapor \[opsi\] \[perintah\]/);
    expect(root).toContain('\nOpsi:\n');
    expect(root).toContain('\nPerintah:\n');
    expect(root).toContain('tampilkan nomor versi');
    expect(texts.get('lapor show')).toContain('\nArgumen:\n');
    expect(texts.get('lapor list')?.replace(/\s+/g, ' ')).toMatch(/pilihan: "table", "json", "csv"/);
  });

  it("commander's own errors are in Indonesian", async () => {
    const db = tempDb();
    const cases: [string[], RegExp][] = [
      [['list', '--bogus'], /opsi '--bogus' tidak dikenal/],
      [['lsit'], /perintah 'lsit' tidak dikenal\n\(Maksud Anda list\?\)/],
      [['show'], /argumen wajib 'ticket' belum diberikan/],
      [['list', '--limit'], /opsi '--limit <n>' memerlukan nilai/],
      [['show', 'A', 'B'], /argumen untuk 'show' terlalu banyak\. Seharusnya 1 argumen, diberikan 2\./],
    ];
    for (const [args, pattern] of cases) {
      const r = await run(['--lang', 'id', ...args], { db });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(pattern);
      expect(leftovers(r.stderr, ['list']), args.join(' ')).toEqual([]); // the suggested command is a name
    }
    // English stays exactly as commander words it.
    expect((await run(['list', '--bogus'], { db })).stderr).toContain("error: unknown option '--bogus'");
  });
});
