// `npm run docs`: writes the parts of README.md and docs/ARCHITECTURE.md that must not drift from
// the code, between their marker comments. test/docs.test.ts fails when the committed text differs.
// - README.md, the command table: from the commander tree (src/cli.ts buildProgram) and its English
//   help texts (src/io/messages/help.ts).
// - docs/ARCHITECTURE.md, the map: from the folder layout; a file's purpose is the first sentence of
//   its header comment (a comment at the top followed by a blank line or an import), a folder's is
//   in FOLDERS below. A new file needs its header comment, a new folder a line in FOLDERS.
// Usage: npm run docs (builds first: the command table is read from dist/).
import fs from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Folders in the order the map shows them (top of the layering first) and what each is for.
 * `files: 'each'` lists every file with its header comment; `'names'` lists the file names on the
 * folder's line (one file per area, the names say it all); `'none'` shows the folder alone.
 * @type {Record<string, { about: string, files: 'each' | 'names' | 'none' }>}
 */
const FOLDERS = {
  'bin/': { about: 'the installed `lapor` command', files: 'each' },
  'src/': { about: 'the TypeScript sources, compiled to dist/', files: 'each' },
  'src/commands/': {
    about:
      'one file per command (or per small noun: unit, config, db): define*(program, ctx) declares flags, run*(ctx, opts) does the work; commands share helpers, never import each other',
    files: 'each',
  },
  'src/commands/report/': { about: 'the report commands (add, show, list, edit, history) and their shared views', files: 'each' },
  'src/commands/workflow/': { about: 'one lifecycle verb per file, plus the morning list (due)', files: 'each' },
  'src/commands/sync/': { about: '`lapor sync` and its subcommands', files: 'each' },
  'src/app/': { about: 'use cases: they own the write transactions and compose domain rules with store and sync; commands call them', files: 'each' },
  'src/domain/': { about: 'pure rules, no fs/db/http: validation, dates, calendar and deadlines, lifecycle, vocabularies', files: 'each' },
  'src/store/': { about: 'the only SQL: the database, migrations and one repository per table family', files: 'each' },
  'src/store/migrations/': { about: 'numbered schema migrations, each in one IMMEDIATE transaction:', files: 'names' },
  'src/transfer/': {
    about: 'CSV, xlsx and JSON in and out: `lapor export` (export-*) and `lapor import` (import-*), workbooks (xlsx-*)',
    files: 'each',
  },
  'src/sync/': { about: 'national sync: a client over an injected transport, push, pull, masters', files: 'each' },
  'src/sync/simulator/': { about: 'the national API in memory, with faults (`npm run national-sim`)', files: 'each' },
  'src/files/': {
    about:
      'the one owner of reading and writing files safely (temp + rename, no symlink, never the database or the input) and of wording system errors; below every layer but errors and domain',
    files: 'each',
  },
  'src/io/': { about: 'the only terminal code: streams, colour, language, tables, prompts, messages', files: 'each' },
  'src/io/messages/': { about: 'the message catalog, every key in English and Indonesian, one file per area:', files: 'names' },
  'data/': { about: 'reference data shipped with the package (holidays, categories, region codes); never the live database', files: 'none' },
  'docs/': { about: 'this document, the national API description and this generator', files: 'none' },
  'test/': { about: 'vitest: domain unit tests, in-process CLI tests (test/helpers/cli.ts), spawned bin/lapor.cjs tests', files: 'none' },
  'bench/': { about: 'benchmarks (`npm run bench`)', files: 'each' },
  '.ci/': { about: 'CI: `npm ci`, then `npm test`', files: 'none' },
};

/** Top-level entries that are not part of the map: installed, built or generated. */
const SKIPPED = new Set(['node_modules', 'dist', 'bundle', 'coverage', '.git']);
const SOURCE = /\.(ts|c?js)$/;
const NAME_WIDTH = 29;
const LINE_WIDTH = 118;

/**
 * The first sentence of a file's header comment, or undefined when it has none.
 * @param {string} text
 * @returns {string | undefined}
 */
export function headerOf(text) {
  const body = text.replace(/^#!.*\n/, '');
  const match = /^\s*(\/\*\*?([\s\S]*?)\*\/|(?:[ \t]*\/\/.*\n)+)/.exec(body);
  if (!match) return undefined;
  // A comment glued to a declaration documents that declaration, not the file: a header is
  // followed by a blank line or by the imports.
  const rest = body.slice(match.index + match[0].length).replace(match[2] === undefined ? /^/ : /^[ \t]*\r?\n/, '');
  if (!/^([ \t]*(\r?\n|$)|import[\s{])/.test(rest)) return undefined;
  const lines = (match[2] ?? match[1] ?? '').split('\n').map((line) => line.replace(/^\s*(\/\/|\*)? ?/, '').trim());
  const firstParagraph = [];
  for (const line of lines) {
    if (line === '' && firstParagraph.length > 0) break;
    if (line !== '') firstParagraph.push(line);
  }
  const paragraph = firstParagraph.join(' ');
  // The first sentence: up to a full stop before a space or the end, abbreviations aside.
  let cut = paragraph.length;
  for (const m of paragraph.matchAll(/\.(\s|$)/g)) {
    if (/\b(e\.g|i\.e|etc|vs|cf|no)$/i.test(paragraph.slice(0, m.index))) continue;
    cut = m.index;
    break;
  }
  const sentence = paragraph.slice(0, cut);
  return sentence === '' ? undefined : sentence;
}

/**
 * `name` then `about` in two columns, wrapped at LINE_WIDTH.
 * @param {string} name
 * @param {string} about
 * @returns {string[]}
 */
function row(name, about) {
  const lines = [];
  let line = name.length < NAME_WIDTH ? name.padEnd(NAME_WIDTH) : `${name} `;
  let empty = true;
  for (const word of about.split(/\s+/)) {
    if (!empty && line.length + 1 + word.length > LINE_WIDTH) {
      lines.push(line.trimEnd());
      line = ' '.repeat(NAME_WIDTH);
      empty = true;
    }
    line += empty ? word : ` ${word}`;
    empty = false;
  }
  lines.push(line.trimEnd());
  return lines;
}

/**
 * @param {string} root
 * @param {string} folder relative, with a trailing slash
 */
function entries(root, folder) {
  const all = fs.readdirSync(path.join(root, folder), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return {
    files: all.filter((e) => e.isFile() && SOURCE.test(e.name) && !e.name.endsWith('.d.ts')).map((e) => e.name),
    folders: all.filter((e) => e.isDirectory()).map((e) => `${folder}${e.name}/`),
  };
}

/**
 * The map of docs/ARCHITECTURE.md, from the folders and the files' header comments.
 * Throws listing every file without a header comment and every folder FOLDERS does not describe.
 * @param {string} [root]
 * @returns {string}
 */
export function renderMap(root = ROOT) {
  /** @type {string[]} */
  const out = [];
  /** @type {string[]} */
  const problems = [];
  const seen = new Set();
  const topLevel = fs
    .readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !SKIPPED.has(e.name))
    .map((e) => `${e.name}/`);
  for (const folder of topLevel) if (!(folder in FOLDERS)) problems.push(`folder ${folder}: add what it is for to FOLDERS in docs/generate.js`);

  /**
   * @param {string} folder
   * @param {number} depth 0 for a top-level folder (its rows carry the full path)
   */
  const visit = (folder, depth) => {
    const spec = FOLDERS[folder];
    seen.add(folder);
    if (!spec) {
      problems.push(`folder ${folder}: add what it is for to FOLDERS in docs/generate.js`);
      return;
    }
    // bin/ and src/ show no row of their own: their files carry the prefix (src/main.ts), their
    // folders are top-level rows (src/domain/).
    const flat = folder === 'src/' || folder === 'bin/';
    const label = depth === 0 ? folder : `${'  '.repeat(depth)}${path.basename(folder)}/`;
    const fileLabel = (/** @type {string} */ file) => (flat ? `${folder}${file}` : `${'  '.repeat(depth + 1)}${file}`);
    const { files, folders } = entries(root, folder);
    const described = files.map((file) => ({ file, about: headerOf(fs.readFileSync(path.join(root, folder, file), 'utf8')) }));
    if (spec.files === 'names') {
      // One file per area: the names say it all; a file with a header comment gets its own row.
      const named = described.filter((d) => d.about === undefined).map((d) => d.file.replace(SOURCE, ''));
      out.push(...row(label, `${spec.about} ${named.join(', ')}`));
      for (const { file, about } of described) if (about !== undefined) out.push(...row(fileLabel(file), about));
      return;
    }
    if (!flat) out.push(...row(label, spec.about));
    if (spec.files === 'none') return;
    for (const { file, about } of described) {
      if (about === undefined) problems.push(`${folder}${file}: start it with a header comment saying what it is for`);
      out.push(...row(fileLabel(file), about ?? '?'));
    }
    for (const sub of folders) visit(sub, flat ? 0 : depth + 1);
  };
  for (const folder of Object.keys(FOLDERS)) {
    if (folder.split('/').length === 2 && topLevel.includes(folder)) visit(folder, 0);
  }
  for (const folder of Object.keys(FOLDERS)) if (!seen.has(folder)) problems.push(`FOLDERS in docs/generate.js: ${folder} does not exist`);
  if (problems.length > 0) throw new Error(`docs/generate.js cannot write the map:\n  ${problems.join('\n  ')}`);
  return `\`\`\`\n${out.join('\n')}\n\`\`\``;
}

/**
 * A command's usage as the README writes it: `lapor attach TICKET FILE...`, `lapor unit add|list|edit`.
 * @param {import('commander').Command} command
 * @param {string} prefix
 */
function usage(command, prefix) {
  const name = `${prefix} ${command.name()}`;
  const subs = command.commands.filter((c) => c.name() !== 'help');
  // Commander keeps these private; they say whether the command runs without a subcommand.
  const internals = /** @type {{ _actionHandler?: unknown, _defaultCommandName?: string, _usage?: string }} */ (/** @type {unknown} */ (command));
  if (subs.length > 0) {
    const names = subs.map((c) => c.name()).join('|');
    return internals._actionHandler || internals._defaultCommandName ? `${name} [${names}]` : `${name} ${names}`;
  }
  // A usage written by hand (`assign`: tickets, then the officer) says it better than the arguments.
  if (internals._usage)
    return [
      name,
      internals._usage
        .replace('[options]', '')
        .trim()
        .replace(/<([^>]+)>/g, (_, a) => a.toUpperCase()),
    ].join(' ');
  const args = command.registeredArguments.map((a) => {
    const arg = `${a.argChoices ? a.argChoices.join('|') : a.name().toUpperCase()}${a.variadic ? '...' : ''}`;
    return a.required ? arg : `[${arg}]`;
  });
  return [name, ...args].join(' ');
}

/**
 * The README's command table, from the commander tree.
 * @param {import('commander').Command} program
 * @returns {string}
 */
export function renderCommandTable(program) {
  const cell = (/** @type {string} */ text) => text.replace(/\|/g, '\\|');
  const lines = ['| command | what it does |', '| --- | --- |'];
  for (const command of program.commands) {
    if (command.name() === 'help') continue;
    lines.push(`| \`${cell(usage(command, program.name()))}\` | ${cell(command.description().split('\n')[0] ?? '')} |`);
  }
  return lines.join('\n');
}

/**
 * Replaces what stands between `<!-- NAME:start ... -->` and `<!-- NAME:end -->` in `text`.
 * @param {string} text
 * @param {string} name
 * @param {string} content
 * @returns {string}
 */
export function replaceBetween(text, name, content) {
  const start = new RegExp(`(<!-- ${name}:start[^>]*-->\\n)[\\s\\S]*?(<!-- ${name}:end -->)`);
  if (!start.test(text)) throw new Error(`markers <!-- ${name}:start --> and <!-- ${name}:end --> not found`);
  return text.replace(start, (_whole, open, close) => `${open}${content}\n${close}`);
}

/**
 * @typedef {object} Sources
 * @property {(ctx: any) => Promise<import('commander').Command>} buildProgram
 * @property {(opts: any) => any} createIO
 * @property {(deps: any) => Promise<any>} createContext
 */

/**
 * The commander tree as a run in English would build it; nothing opens a database.
 * @param {Sources} src
 */
export async function englishProgram(src) {
  const streams = { stdin: new PassThrough(), stdout: new PassThrough(), stderr: new PassThrough() };
  const io = src.createIO({ streams, env: {}, lang: 'en', noColorFlag: true });
  const ctx = await src.createContext({ io, env: {}, global: {} });
  try {
    return await src.buildProgram(ctx);
  } finally {
    ctx.close();
  }
}

/**
 * README.md and docs/ARCHITECTURE.md as they should be.
 * @param {Sources} src
 * @param {string} [root]
 * @returns {Promise<{ file: string, text: string }[]>}
 */
export async function generate(src, root = ROOT) {
  const read = (/** @type {string} */ file) => fs.readFileSync(path.join(root, file), 'utf8');
  const table = renderCommandTable(await englishProgram(src));
  return [
    { file: 'README.md', text: replaceBetween(read('README.md'), 'commands', table) },
    { file: 'docs/ARCHITECTURE.md', text: replaceBetween(read('docs/ARCHITECTURE.md'), 'map', renderMap(root)) },
  ];
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = (/** @type {string} */ file) => import(path.join(ROOT, 'dist', file));
  const [{ buildProgram }, { createIO }, { createContext }] = await Promise.all([dist('cli.js'), dist('io/io.js'), dist('context.js')]);
  for (const { file, text } of await generate({ buildProgram, createIO, createContext })) {
    const target = path.join(ROOT, file);
    if (fs.readFileSync(target, 'utf8') === text) continue;
    fs.writeFileSync(target, text);
    console.log(`docs: wrote ${file}`);
  }
}
