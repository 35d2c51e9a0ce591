import { parseArgs as parseArgv } from 'node:util';
import { shardFromEnv } from '../shard/shardFromEnv.ts';
import { COMMAND_WORDS, COMMANDS, type CommandName } from './commands.ts';
import { resolveOptions, seedFromEnv, type OptionsInput } from './defaults.ts';
import { commandLabel, explainArgs } from './explainArgs.ts';
import { FLAGS, flagOf, flagUsage, nodeOptions, type Flag } from './flags.ts';
import type { Options } from './options.ts';
import { UsageError } from './usageError.ts';

export { UsageError } from './usageError.ts';
export { parseDuration } from './parseDuration.ts';

/** What the command line asks for: a command, its help, or the tool's version. */
export type Command = Exclude<CommandName, 'test'> | 'version';

export interface ParsedArgs {
  /** The subcommand when `allowCommand` is set; 'help' for --help (see `helpTopic`), 'version' for --version. */
  readonly command?: Command;
  /** With 'help': the command whose flags to show ('test' for `npm test -- --help`); absent: the command list. */
  readonly helpTopic?: CommandName;
  readonly options: Options;
  /** `merge` / `report`: the folders or results.jsonl files named. */
  readonly inputs: readonly string[];
  /** Flags given on the command line (names, e.g. '--reports'), for commands that take only some. */
  readonly given: readonly string[];
}

export interface ParseArgsConfig {
  /** Accept a leading subcommand (the CLI); without it the flags are `npm test`'s. Default false. */
  readonly allowCommand?: boolean;
}

const isHelp = (a: string): boolean => a === '--help' || a === '-h';
const isVersion = (a: string): boolean => a === '--version' || a.startsWith('--version=');

/** The command word (or --help / --version) and the words after it. Throws a one-line UsageError. */
const splitCommand = (args: readonly string[], allowCommand: boolean): { command: CommandName | 'version'; rest: string[] } => {
  if (!allowCommand) return { command: 'test', rest: [...args] };
  const [first, ...rest] = args;
  const commands = `commands: ${COMMAND_WORDS.join(', ')}`;
  if (first === undefined) throw new UsageError(`missing command (${commands}); see ftconform --help`);
  if (isHelp(first)) return { command: 'help', rest };
  if (first === '--version') {
    if (rest.length > 0) throw new UsageError(`--version prints ftconform's version and takes nothing else (not "${rest.join(' ')}")`);
    return { command: 'version', rest };
  }
  if ((COMMAND_WORDS as readonly string[]).includes(first)) return { command: first as CommandName, rest };
  if (first.startsWith('-')) throw new UsageError(`missing command before ${first} (${commands}); see ftconform --help`);
  throw new UsageError(`unknown command "${first}" (${commands}); see ftconform --help`);
};

/**
 * node's parseArgs takes a value that starts with '-' only as `--flag=-5`; fast-check seeds are negative
 * half the time and replay commands are retyped by hand, so `--seed -5` is joined into `--seed=-5` first.
 */
const joinDashValues = (args: readonly string[], command: CommandName): string[] => {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const name = /^--([\w-]+)$/.exec(args[i])?.[1];
    const next = args[i + 1];
    const takesValue = name !== undefined && (COMMANDS[command].flags as readonly string[]).includes(name) && flagOf(name)?.value !== undefined;
    if (takesValue && next !== undefined && /^-[^-]/.test(next)) {
      out.push(`${args[i]}=${next}`);
      i++;
    } else out.push(args[i]);
  }
  return out;
};

/** The flags and inputs of one command, strictly (node:util parseArgs): a word it does not take is refused. */
const readFlags = (args: readonly string[], command: CommandName): { input: OptionsInput; inputs: string[]; given: string[] } => {
  const spec = COMMANDS[command];
  let tokens;
  try {
    ({ tokens } = parseArgv({ args: [...args], options: nodeOptions(spec.flags), strict: true, allowPositionals: spec.inputs !== undefined, tokens: true }));
  } catch (e) {
    throw new UsageError(explainArgs(args, command, (e as Error).message));
  }
  const input: OptionsInput = {};
  const inputs: string[] = [];
  const given: string[] = [];
  for (const t of tokens) {
    if (t.kind === 'positional') inputs.push(t.value);
    if (t.kind !== 'option') continue;
    const name = t.name as keyof typeof FLAGS;
    const flag: Flag = FLAGS[name];
    given.push(`--${name}`);
    if (flag.value !== undefined && (t.value === undefined || t.value === '')) throw new UsageError(`--${name} needs a value: ${flagUsage(name)}`);
    const problem = flag.apply(input, t.value ?? '');
    if (problem !== undefined) throw new UsageError(`--${name}: "${t.value}" ${problem}`);
  }
  return { input, inputs, given };
};

/** Combinations that cannot work, refused before any interpreter is probed or built. Fills in the shard. */
const checkCombinations = (input: OptionsInput, env: NodeJS.ProcessEnv): void => {
  // A path names one draw of one seed's run: without the seed it would silently start a whole new run.
  if (input.path !== undefined && input.seed === undefined) {
    throw new UsageError('--path needs --seed=S (a path replays one draw of that seed\'s run; both are in every replay command)');
  }
  if (input.shardSpec) {
    const shard = shardFromEnv(input.shardSpec, env);
    if (typeof shard === 'string') throw new UsageError(`--shard auto: ${shard}`);
    // Every shard must draw the same scenarios: a seed picked from each machine's clock would not.
    if (input.seed === undefined && seedFromEnv(env) === undefined) {
      throw new UsageError(`--shard ${'auto' in input.shardSpec ? 'auto' : `${shard.index}/${shard.total}`} needs the run's seed: --seed=S (the same on every shard) or FTCONFORM_SEED`);
    }
    if (input.path !== undefined) throw new UsageError('--path replays one draw: it cannot be sharded (drop --shard)');
    input.shard = shard;
  }
  if (input.compare && input.interps?.length !== 2) throw new UsageError('--compare needs exactly two --interp (the builds to compare)');
  if (input.compare && input.shard) throw new UsageError('--compare needs both interpreters\' whole runs: it cannot be sharded (drop --shard)');
  if (input.version !== undefined && (input.interps?.length ?? 0) > 0) {
    throw new UsageError('--python-version finds or builds that version: give it without --interp');
  }
};

/**
 * Parses argv (without node and script) into options with defaults filled in. Pure: throws a one-line
 * UsageError. With `allowCommand` (the CLI) a command word comes first and only its flags are taken;
 * without it (`npm test -- …`) the flags are npm test's.
 */
export const parseArgs = (
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  config: ParseArgsConfig = {},
): ParsedArgs => {
  // npm passes '--' through in some versions; it carries no meaning here.
  const args = argv.filter((a) => a !== '--');
  const { command, rest } = splitCommand(args, config.allowCommand ?? false);
  const none = { options: resolveOptions({}, env), inputs: [], given: [] };
  if (command === 'version') return { command, ...none };
  if (command === 'help') {
    const topic = rest.find((a) => !isHelp(a));
    if (topic === undefined) return { command, ...none };
    if (!(COMMAND_WORDS as readonly string[]).includes(topic) || rest.filter((a) => !isHelp(a)).length > 1) {
      throw new UsageError(`help takes one command (${COMMAND_WORDS.join(', ')}), not "${rest.join(' ')}"`);
    }
    return { command, helpTopic: topic as CommandName, ...none };
  }
  if (rest.some(isHelp)) return { command: 'help', helpTopic: command, ...none };
  const version = rest.find(isVersion);
  if (version !== undefined) {
    throw new UsageError(`${version} is ftconform's own version (alone: ftconform --version); ${commandLabel(command)} takes a CPython version as --python-version X.Y.Z${command === 'run' || command === 'provision' || command === 'test' ? '' : ' (run and provision only)'}`);
  }
  const { input, inputs, given } = readFlags(joinDashValues(rest, command), command);
  checkCombinations(input, env);
  return { ...(command === 'test' ? {} : { command }), options: resolveOptions(input, env), inputs, given };
};
