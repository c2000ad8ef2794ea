/** `lapor completion`: shell completion scripts generated from the command tree. */

import { Argument, type Command } from 'commander';
import type { AppContext } from '../context.js';
import { examples } from './shared.js';

interface Node {
  path: string[];
  subcommands: string[];
  options: string[];
}

/** The command tree as plain data; the scripts are generated from it so they never go stale. */
function walk(command: Command, path: string[] = []): Node[] {
  const options = command.options.flatMap((o) => [o.long, o.short].filter((x): x is string => Boolean(x)));
  const node: Node = { path, subcommands: command.commands.map((c) => c.name()), options: [...options, '--help'] };
  return [node, ...command.commands.flatMap((c) => walk(c, [...path, c.name()]))];
}

function bash(nodes: Node[]): string {
  const cases = nodes.map((n) => `    "${n.path.join(' ')}") words_="${[...n.subcommands, ...n.options].join(' ')}" ;;`).join('\n');
  return `# lapor bash completion: eval "$(lapor completion bash)" or save to /etc/bash_completion.d/lapor
_lapor() {
  local cur path_ i w words_
  cur="\${COMP_WORDS[COMP_CWORD]}"
  path_=""
  for ((i = 1; i < COMP_CWORD; i++)); do
    w="\${COMP_WORDS[i]}"
    [[ "$w" == -* ]] && continue
    case "$path_" in
      "") [[ " $(_lapor_sub "") " == *" $w "* ]] && path_="$w" ;;
      *) [[ " $(_lapor_sub "$path_") " == *" $w "* ]] && path_="$path_ $w" ;;
    esac
  done
  case "$path_" in
${cases}
    *) words_="" ;;
  esac
  COMPREPLY=($(compgen -W "$words_" -- "$cur"))
}
_lapor_sub() {
  case "$1" in
${nodes.map((n) => `    "${n.path.join(' ')}") echo "${n.subcommands.join(' ')}" ;;`).join('\n')}
  esac
}
complete -F _lapor lapor
`;
}

function zsh(nodes: Node[]): string {
  return `#compdef lapor
# lapor zsh completion: lapor completion zsh > "\${fpath[1]}/_lapor"
autoload -U bashcompinit && bashcompinit
${bash(nodes)}`;
}

function fish(nodes: Node[]): string {
  const lines = ['# lapor fish completion: lapor completion fish > ~/.config/fish/completions/lapor.fish', 'complete -c lapor -f'];
  for (const n of nodes) {
    const condition = n.path.length === 0 ? '__fish_use_subcommand' : `__fish_seen_subcommand_from ${n.path.at(-1)}`;
    for (const sub of n.subcommands) lines.push(`complete -c lapor -n '${condition}' -a ${sub}`);
    for (const opt of n.options) {
      if (opt.startsWith('--')) lines.push(`complete -c lapor -n '${condition}' -l ${opt.slice(2)}`);
      else lines.push(`complete -c lapor -n '${condition}' -s ${opt.slice(1)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export function defineCompletion(program: Command, ctx: AppContext): void {
  program
    .command('completion')
    .description(ctx.io.t('help.completion'))
    .addArgument(new Argument('<shell>', 'bash | zsh | fish').choices(['bash', 'zsh', 'fish']))
    .addHelpText('after', examples(ctx, 'help.completion.examples'))
    .action((shell: string) => {
      const nodes = walk(program);
      const scripts: Record<string, (n: Node[]) => string> = { bash, zsh, fish };
      ctx.io.out(scripts[shell]!(nodes));
    });
}
