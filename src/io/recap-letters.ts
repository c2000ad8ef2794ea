/** Reminder letters rendered as text (the command writes them: stdout or a folder of files). */

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

/** All letters for stdout, separated by a form feed so a printer starts each on a new page. */
export function lettersText(io: IO, all: Letters): string {
  return all.letters.map((l) => letterText(io, all, l)).join('\f\n');
}
