/**
 * Finds English words left in Indonesian text. Tokens that are the same in both languages are
 * removed first: placeholders, flags, quoted or back-quoted code, identifiers with dots, underscores
 * or slashes, `lapor ...` commands, <arguments>, URLs, tickets; then the English word list is matched.
 */

/** Whole words (case-insensitive) that never belong in an Indonesian sentence. */
const englishWords = [
  'the',
  'and',
  'or',
  'of',
  'with',
  'to',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'not',
  'this',
  'that',
  'these',
  'for',
  'from',
  'by',
  'at',
  'in',
  'it',
  'its',
  'an',
  'as',
  'has',
  'have',
  'will',
  'would',
  'can',
  'cannot',
  'must',
  'should',
  'may',
  'yes',
  'none',
  'all',
  'any',
  'each',
  'every',
  'more',
  'than',
  'only',
  'also',
  'usage',
  'options',
  'option',
  'commands',
  'command',
  'arguments',
  'argument',
  'required',
  'default',
  'choices',
  'error',
  'unknown',
  'missing',
  'invalid',
  'failed',
  'found',
  'expected',
  'allowed',
  'mean',
  'display',
  'help',
  'output',
  'version',
  'number',
  'working',
  'day',
  'days',
  'report',
  'reports',
  'file',
  'files',
  'show',
  'list',
  'please',
  'run',
  'use',
  'give',
  'check',
  'set',
  'new',
  'old',
  'late',
  'due',
  'saved',
  'nothing',
  'done',
];
/** Pieces of English that are not whole words. */
const englishPieces = ['(s)', '(ies)', 'day(s)', 'Did you mean'];

const sameInBothLanguages = [
  /\{\w+(?::[^{}]*)?\}/g, // placeholders and plural words
  /`[^`]*`/g, // code
  /'[^'\n]*'/g, // quoted values: 'calendar', '-'
  /"[^"\n]*"/g,
  /https?:\/\/\S+/g,
  /(^|\s)lapor\b(?: [a-z][\w-]*| --?[\w-]+(?: [A-Z\d][\w./-]*)?| [A-Z]+(?=\s|$)| \[[^\]]*\]| <[^>]*>)*/gm, // example commands
  /--?[a-z][\w-]*(?:[ =]<[^>]*>)?/gi, // flags and their value names
  /<[^>]*>|\[[\w .|-]*\]/g, // argument names
  /\b\w+(?:[._/]\w+)+\b/g, // identifiers, paths, dotted settings, ISO-ish dates
  /\$\w+/g, // environment variables
];

/** The English words and pieces found in `text` once the shared tokens are removed. */
export function englishLeftovers(text: string): string[] {
  let rest = text;
  for (const pattern of sameInBothLanguages) rest = rest.replace(pattern, ' ');
  const found = englishPieces.filter((piece) => rest.includes(piece));
  const words = new Set(englishWords);
  for (const word of rest.toLowerCase().match(/[a-z]+/g) ?? []) if (words.has(word)) found.push(word);
  return [...new Set(found)];
}
