import { COMMAND_WORDS, COMMANDS, type CommandName } from '../options/commands.ts';
import { FLAGS, flagUsage } from '../options/flags.ts';

const FINDING = `  FTCONFORM_PYTHON           interpreter to use when --interp is not given
  FTCONFORM_CACHE            where built interpreters go (default: $XDG_CACHE_HOME/ftconform or ~/.cache/ftconform)
  FTCONFORM_PROBE_TIMEOUT_MS bound on probing one interpreter (default: 20000)
`;
const RUNNING = `  FTCONFORM_SEED             the seed when --seed is not given
  FTCONFORM_SHARD            i/n for --shard auto; FTCONFORM_SHARD_TOTAL: n where the engine gives only an index
  TSAN_OPTIONS               added after ftconform's own on a ThreadSanitizer build (yours win)
`;
const ENVIRONMENT = `environment:\n${FINDING}${RUNNING}`;

/** The variables a command reads. */
const environment = (command: CommandName): string =>
  command === 'run' || command === 'test' ? `\n${ENVIRONMENT}` : command === 'doctor' || command === 'provision' ? `\nenvironment:\n${FINDING}` : '';

const pad = (text: string, width: number): string => (text.length >= width ? `${text}  ` : text.padEnd(width));

/** `ftconform --help`: the commands. Pure. */
export const usage = (): string => `usage: ftconform <command> [flags]

Checks that a free-threaded CPython keeps the documented thread-safety guarantees of dict, list and set.

commands:
${COMMAND_WORDS.map((c) => `  ${pad(c, 12)}${COMMANDS[c].summary}`).join('\n')}

ftconform <command> --help lists that command's flags; ftconform --version prints ftconform's version.

${ENVIRONMENT}`;

/** `ftconform <command> --help` (or `npm test -- --help`): that command's flags. Pure. */
export const commandUsage = (command: CommandName): string => {
  const spec = COMMANDS[command];
  const flags = spec.flags.map((f) => `  ${pad(flagUsage(f), 30)}${FLAGS[f].help}`);
  return `usage: ${spec.usage}

${spec.summary}

${flags.length > 0 ? `flags:\n${flags.join('\n')}\n  ${pad('--help', 30)}this text\n` : ''}${environment(command)}`;
};
