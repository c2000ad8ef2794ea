import type { Migration } from './index.js';

/**
 * Zero-width characters (U+200B-U+200D, U+2060, U+FEFF) split words for the full-text index, so a
 * title typed as "Ja\u200Blan rusak" was not found by `--search jalan`. Text fields no longer
 * store them (domain/text.ts checkText); this removes them from titles and descriptions stored
 * before. The FTS update trigger re-indexes each changed row and the change-number trigger marks it
 * for incremental exports (its text did change).
 */
export const m006ZeroWidth: Migration = {
  version: 6,
  name: 'zero-width',
  sql: `
UPDATE reports SET
  title = replace(replace(replace(replace(replace(title, char(8203), ''), char(8204), ''), char(8205), ''), char(8288), ''), char(65279), ''),
  description = replace(replace(replace(replace(replace(description, char(8203), ''), char(8204), ''), char(8205), ''), char(8288), ''), char(65279), '')
WHERE instr(title, char(8203)) > 0 OR instr(title, char(8204)) > 0 OR instr(title, char(8205)) > 0 OR instr(title, char(8288)) > 0 OR instr(title, char(65279)) > 0
   OR instr(description, char(8203)) > 0 OR instr(description, char(8204)) > 0 OR instr(description, char(8205)) > 0 OR instr(description, char(8288)) > 0 OR instr(description, char(65279)) > 0;
`,
};
