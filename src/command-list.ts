/** The top-level commands in help order: how each is listed, and the module that declares it, loaded on demand. */

import type { Command } from 'commander';
import type { AppContext } from './context.js';
import type { MessageKey } from './io/messages/index.js';

type Define = (program: Command, ctx: AppContext) => void;

export interface CommandEntry {
  /** The command as `lapor --help` lists it: name, `|alias`, `[options]` when it has flags, arguments. */
  readonly term: string;
  /** Its description (the same key its define function passes to .description()). */
  readonly help: MessageKey;
  /** The module that declares its flags and action; imported only when this command runs. */
  readonly load: () => Promise<Define>;
}

/*
 * Start-up (issue 13): a run imports only the module of the command it runs. The others are listed
 * from this table alone (cli.ts), so `lapor --help` loads no command, and `lapor list` only list.ts.
 * test/cli/command-list.test.ts checks each term and key against the real declaration.
 * A new command: one line here, in the place it should have in `lapor --help`.
 */
export const commandList: readonly CommandEntry[] = [
  { term: 'init [options]', help: 'help.init', load: async () => (await import('./commands/init.js')).defineInit },
  { term: 'add [options]', help: 'help.add', load: async () => (await import('./commands/report/add.js')).defineAdd },
  { term: 'show [options] <ticket>', help: 'help.show', load: async () => (await import('./commands/report/show.js')).defineShow },
  { term: 'list|ls [options]', help: 'help.list', load: async () => (await import('./commands/report/list.js')).defineList },
  { term: 'edit [options] <ticket>', help: 'help.edit', load: async () => (await import('./commands/report/edit.js')).defineEdit },
  { term: 'history [options] <ticket>', help: 'help.history', load: async () => (await import('./commands/report/history.js')).defineHistory },
  { term: 'verify [options] [ticket...]', help: 'help.verify', load: async () => (await import('./commands/workflow/verify.js')).defineVerify },
  { term: 'assign [options] <ticket-or-officer...>', help: 'help.assign', load: async () => (await import('./commands/workflow/assign.js')).defineAssign },
  { term: 'respond [options] <ticket>', help: 'help.respond', load: async () => (await import('./commands/workflow/respond.js')).defineRespond },
  { term: 'followup [options] <ticket>', help: 'help.followup', load: async () => (await import('./commands/workflow/followup.js')).defineFollowup },
  { term: 'reply [options] <ticket>', help: 'help.reply', load: async () => (await import('./commands/workflow/reply.js')).defineReply },
  { term: 'close [options] [ticket...]', help: 'help.close', load: async () => (await import('./commands/workflow/close.js')).defineClose },
  { term: 'reject [options] [ticket...]', help: 'help.reject', load: async () => (await import('./commands/workflow/reject.js')).defineReject },
  { term: 'forward [options] <ticket>', help: 'help.forward', load: async () => (await import('./commands/workflow/forward.js')).defineForward },
  { term: 'reopen [options] <ticket>', help: 'help.reopen', load: async () => (await import('./commands/workflow/reopen.js')).defineReopen },
  { term: 'due [options]', help: 'help.due', load: async () => (await import('./commands/workflow/due.js')).defineDue },
  { term: 'recap [options]', help: 'help.recap', load: async () => (await import('./commands/recap.js')).defineRecap },
  { term: 'receipt [options] <ticket>', help: 'help.receipt', load: async () => (await import('./commands/receipt.js')).defineReceipt },
  { term: 'audit [options]', help: 'help.audit', load: async () => (await import('./commands/audit.js')).defineAudit },
  { term: 'unit', help: 'help.unit', load: async () => (await import('./commands/unit.js')).defineUnit },
  { term: 'officer', help: 'help.officer', load: async () => (await import('./commands/officer.js')).defineOfficer },
  { term: 'holiday', help: 'help.holiday', load: async () => (await import('./commands/holiday.js')).defineHoliday },
  { term: 'attach [options] <ticket> <file...>', help: 'help.attach', load: async () => (await import('./commands/attach.js')).defineAttach },
  { term: 'config', help: 'help.config', load: async () => (await import('./commands/config.js')).defineConfig },
  { term: 'db', help: 'help.db', load: async () => (await import('./commands/db.js')).defineDb },
  { term: 'export [options]', help: 'export.help', load: async () => (await import('./commands/export.js')).defineExport },
  { term: 'import [options] <file>', help: 'import.help', load: async () => (await import('./commands/import.js')).defineImport },
  { term: 'sync', help: 'sync.help', load: async () => (await import('./commands/sync/index.js')).defineSync },
  { term: 'completion <shell>', help: 'help.completion', load: async () => (await import('./commands/completion.js')).defineCompletion },
];

/** The name and aliases of an entry, from its term. */
export function namesOf(entry: CommandEntry): string[] {
  return entry.term.split(' ', 1)[0]!.split('|');
}
