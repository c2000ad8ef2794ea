import type { Catalog } from './types.js';

/**
 * commander's own texts (help headings, its built-in options, its usage errors) in both languages.
 * The English texts are commander's own, so English output stays as commander prints it;
 * io/commander-text.ts recognises commander's errors and renders them through these.
 */
export const commanderMessages = {
  'help.title.usage': { en: 'Usage:', id: 'Penggunaan:' },
  'help.title.arguments': { en: 'Arguments:', id: 'Argumen:' },
  'help.title.options': { en: 'Options:', id: 'Opsi:' },
  'help.title.globalOptions': { en: 'Global Options:', id: 'Opsi Global:' },
  'help.title.commands': { en: 'Commands:', id: 'Perintah:' },
  'help.usage.options': { en: '[options]', id: '[opsi]' },
  'help.usage.command': { en: '[command]', id: '[perintah]' },
  'help.extra.choices': { en: 'choices: {values}', id: 'pilihan: {values}' },
  'help.extra.default': { en: 'default: {value}', id: 'bawaan: {value}' },
  'help.extra.preset': { en: 'preset: {value}', id: 'nilai tanpa argumen: {value}' },
  'help.extra.env': { en: 'env: {name}', id: 'variabel lingkungan: {name}' },
  'help.opt.version': { en: 'output the version number', id: 'tampilkan nomor versi' },

  'commander.unknownOption': { en: "error: unknown option '{flag}'", id: "kesalahan: opsi '{flag}' tidak dikenal" },
  'commander.unknownCommand': { en: "error: unknown command '{name}'", id: "kesalahan: perintah '{name}' tidak dikenal" },
  'commander.missingArgument': {
    en: "error: missing required argument '{name}'",
    id: "kesalahan: argumen wajib '{name}' belum diberikan",
  },
  'commander.optionMissingArgument': {
    en: "error: option '{flag}' argument missing",
    id: "kesalahan: opsi '{flag}' memerlukan nilai",
  },
  'commander.missingMandatoryOptionValue': {
    en: "error: required option '{flag}' not specified",
    id: "kesalahan: opsi wajib '{flag}' belum diberikan",
  },
  'commander.conflictingOption': {
    en: 'error: {first} cannot be used with {second}',
    id: 'kesalahan: {first} tidak dapat dipakai bersama {second}',
  },
  'commander.excessArguments': {
    en: 'error: too many arguments. Expected {expected} {expected:argument|arguments} but got {got}.',
    id: 'kesalahan: argumen terlalu banyak. Seharusnya {expected} argumen, diberikan {got}.',
  },
  'commander.excessArgumentsFor': {
    en: "error: too many arguments for '{command}'. Expected {expected} {expected:argument|arguments} but got {got}.",
    id: "kesalahan: argumen untuk '{command}' terlalu banyak. Seharusnya {expected} argumen, diberikan {got}.",
  },
  'commander.invalidOptionArgument': {
    en: "error: option '{flag}' argument '{value}' is invalid.",
    id: "kesalahan: nilai '{value}' untuk opsi '{flag}' tidak valid.",
  },
  'commander.invalidArgument': {
    en: "error: command-argument value '{value}' is invalid for argument '{name}'.",
    id: "kesalahan: nilai '{value}' tidak valid untuk argumen '{name}'.",
  },
  'commander.allowedChoices': { en: 'Allowed choices are {values}.', id: 'Pilihan yang diizinkan: {values}.' },
  'commander.option': { en: "option '{flag}'", id: "opsi '{flag}'" },
  'commander.envVariable': { en: "environment variable '{name}'", id: "variabel lingkungan '{name}'" },
  'commander.didYouMean': { en: '(Did you mean {candidates}?)', id: '(Maksud Anda {candidates}?)' },
  'commander.didYouMeanOneOf': { en: '(Did you mean one of {candidates}?)', id: '(Maksud Anda salah satu dari {candidates}?)' },
} satisfies Catalog;
