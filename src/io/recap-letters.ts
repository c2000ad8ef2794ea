/** Reminder letters to stdout or to a folder of owner-only .txt files. */

import fs from 'node:fs';
import path from 'node:path';
import type { IO } from './io.js';
import type { Letter, Letters } from '../app/recap-letters.js';

/** The reminder letters as plain text, in the user's language, ready to print or send. */
export function letterText(io: IO, all: Letters, letter: Letter): string {
  const lines = [
    all.agency.name || all.agency.code,
    `${io.t('recap.letter.date')}: ${all.today}`,
    '',
    io.t('recap.letter.to', { officer: letter.officer }),
    ...(letter.unitName ? [letter.unitName] : []),
    '',
    io.t('recap.letter.subject'),
    '',
    io.t('recap.letter.opening', { count: letter.items.length, today: all.today }),
    '',
  ];
  letter.items.forEach((item, i) => {
    lines.push(`${i + 1}. ${item.ticket}  ${item.title ?? io.t('recap.letter.titleWithheld')}`);
    lines.push(`   ${io.t('recap.letter.item', { kind: io.tOr(`due.${item.dueKind}`, item.dueKind), date: item.dueDate, days: item.daysLate })}`);
  });
  lines.push('', io.t('recap.letter.closing'), '', all.admin || io.t('recap.letter.admin'), '');
  return lines.join('\n');
}

/** A file name from an officer's name: letters, digits and dashes only. */
export function letterFileName(officer: string, index: number): string {
  const slug = officer
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .toLowerCase()
    .slice(0, 60);
  return `${String(index + 1).padStart(2, '0')}-${slug || 'officer'}.txt`;
}

/** stdout (letters separated by a form feed, so a printer starts each on a new page), or a folder. */
export function writeLetters(io: IO, all: Letters, dir: string | undefined): void {
  if (all.letters.length === 0) return io.say('recap.letter.none');
  if (!dir) {
    io.out(all.letters.map((l) => letterText(io, all, l)).join('\f\n'));
    return;
  }
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  all.letters.forEach((letter, i) => {
    const file = path.join(dir, letterFileName(letter.officer, i));
    fs.writeFileSync(file, letterText(io, all, letter), { mode: 0o600 });
    fs.chmodSync(file, 0o600); // an existing file keeps its old mode otherwise
  });
  io.say('recap.letter.written', { count: all.letters.length, dir });
}
