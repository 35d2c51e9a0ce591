import { parseArgs as tokenize } from 'node:util';
import { COMMANDS, type CommandName } from './commands.ts';
import { flagOf, flagUsage, nodeOptions, type FlagName } from './flags.ts';

/** How each message names the command: 'ftconform run', 'npm test'. */
export const commandLabel = (command: CommandName): string => (command === 'test' ? 'npm test' : `ftconform ${command}`);

/** Where the command's flags are listed. */
export const helpHint = (command: CommandName): string =>
  command === 'test' ? '`npm test -- --help` lists its flags' : `\`ftconform ${command} --help\` lists its flags`;

/** The commands (as a user types them) that take a flag, for "a flag of run, doctor". */
const owners = (name: FlagName): string[] =>
  (Object.keys(COMMANDS) as CommandName[]).filter((c) => c !== 'test' && c !== 'report' && COMMANDS[c].flags.includes(name));

/**
 * One line saying what is wrong with a command line the strict parse refused: node's own messages span
 * lines and name no fix, so the same words are tokenized again, leniently, and the first bad one named.
 * Pure.
 */
export const explainArgs = (args: readonly string[], command: CommandName, fallback: string): string => {
  const spec = COMMANDS[command];
  const { tokens } = tokenize({ args: [...args], options: nodeOptions(spec.flags), strict: false, allowPositionals: true, tokens: true });
  for (const t of tokens) {
    if (t.kind === 'positional') {
      if (spec.inputs === undefined) return `unexpected argument "${t.value}": ${commandLabel(command)} takes flags only; ${helpHint(command)}`;
      continue;
    }
    if (t.kind !== 'option') continue;
    const flag = flagOf(t.name);
    if (t.rawName.startsWith('--') && flag !== undefined && (spec.flags as readonly string[]).includes(t.name)) {
      const name = t.name as FlagName;
      if (flag.value !== undefined && (t.value === undefined || (!t.inlineValue && t.value.startsWith('-')))) {
        return `${t.rawName} needs a value: ${flagUsage(name)}`;
      }
      if (flag.value === undefined && t.value !== undefined) return `${t.rawName} takes no value`;
      continue;
    }
    if (!t.rawName.startsWith('--') || flag === undefined) return `unknown flag ${t.rawName}; ${helpHint(command)}`;
    const name = t.name as FlagName;
    const why = spec.hints?.[name] ?? spec.hints?.['*'] ?? `a flag of ${owners(name).join(', ')}`;
    return `${t.rawName} does not apply to ${commandLabel(command).replace('ftconform ', '')} (${why}); ${helpHint(command)}`;
  }
  return fallback.split('\n')[0] ?? fallback;
};
