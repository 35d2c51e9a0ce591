import { parseShard } from '../shard/parseShard.ts';
import { shardFromEnv } from '../shard/shardFromEnv.ts';
import { resolveOptions, type OptionsInput } from './defaults.ts';
import type { Options, Profile } from './options.ts';

export type Command = 'run' | 'doctor' | 'provision' | 'merge' | 'report' | 'help';
const COMMANDS: readonly Command[] = ['run', 'doctor', 'provision', 'merge', 'report', 'help'];
/** Commands that take folders (or results.jsonl files) after the flags. */
const TAKES_INPUTS: readonly Command[] = ['merge', 'report'];
const PROFILES: readonly Profile[] = ['quick', 'default', 'soak'];

export interface ParsedArgs {
  /** The subcommand, when `allowCommand` is set and one was given; `--help` gives 'help'. */
  readonly command?: Command;
  readonly options: Options;
  /** `merge` / `report`: the folders or results.jsonl files named. */
  readonly inputs: readonly string[];
  /** Flags given on the command line (names, e.g. '--reports'), for commands that take only some. */
  readonly given: readonly string[];
}

export interface ParseArgsConfig {
  /** Accept a leading subcommand (the CLI); `npm test` takes flags only. Default false. */
  readonly allowCommand?: boolean;
}

/** Bad command line: `message` is one line naming the problem and listing the valid flags. */
export class UsageError extends Error {
  readonly exitCode = 2;
  override name = 'UsageError';
}

interface Flag {
  readonly name: string;
  /** How the value is shown in the flag list; absent for a switch. */
  readonly value?: string;
  readonly apply: (into: OptionsInput, value: string) => void;
}

const UNITS_MS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** '90s', '5m', '1h', '1.5m', '300' (seconds) → milliseconds; undefined when malformed or not positive. */
export const parseDuration = (text: string): number | undefined => {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(text.trim());
  if (!m) return undefined;
  const ms = Math.round(Number(m[1]) * UNITS_MS[m[2] ?? 's']);
  return ms > 0 ? ms : undefined;
};

const bad = (flag: string, value: string, expected: string): never => {
  throw new UsageError(`${flag}: "${value}" is not ${expected}`);
};

const FLAGS: readonly Flag[] = [
  { name: '--interp', value: 'PATH', apply: (o, v) => { o.interps = [...(o.interps ?? []), v]; } },
  { name: '--allow-gil', apply: (o) => { o.allowGil = true; } },
  {
    name: '--seed', value: 'S',
    apply: (o, v) => {
      const n = Number(v);
      o.seed = /^-?\d+$/.test(v) && Number.isSafeInteger(n) ? n : bad('--seed', v, 'an integer');
    },
  },
  {
    name: '--path', value: 'P',
    // fast-check replay paths look like '3:0:1'.
    apply: (o, v) => { o.path = /^\d+(:\d+)*$/.test(v) ? v : bad('--path', v, 'a replay path like 3:0:1'); },
  },
  {
    name: '--property', value: 'NAME',
    apply: (o, v) => { o.property = v.trim() !== '' ? v : bad('--property', v, 'a property name, as a replay command gives it'); },
  },
  {
    name: '--suite', value: 'NAME',
    apply: (o, v) => {
      o.suites = [...(o.suites ?? []), /^[\w.-]+$/.test(v) ? v : bad('--suite', v, 'a suite name')];
    },
  },
  {
    name: '--profile', value: PROFILES.join('|'),
    apply: (o, v) => {
      o.profile = (PROFILES as readonly string[]).includes(v) ? (v as Profile) : bad('--profile', v, `one of ${PROFILES.join('|')}`);
    },
  },
  {
    name: '--budget', value: '5m',
    apply: (o, v) => { o.budgetMs = parseDuration(v) ?? bad('--budget', v, 'a duration like 90s, 5m, 1h or plain seconds'); },
  },
  {
    name: '--shrink-budget', value: '20s',
    apply: (o, v) => { o.shrinkBudgetMs = parseDuration(v) ?? bad('--shrink-budget', v, 'a duration like 20s, 2m or plain seconds'); },
  },
  { name: '--junit', value: 'PATH', apply: (o, v) => { o.junit = v; } },
  { name: '--gil-differential', apply: (o) => { o.gilDifferential = true; } },
  { name: '--reports', value: 'DIR', apply: (o, v) => { o.reportsDir = v; } },
  { name: '--tsan', apply: (o) => { o.tsan = true; } },
  {
    name: '--version', value: 'X.Y.Z',
    apply: (o, v) => { o.version = /^3\.\d+\.\d+$/.test(v) ? v : bad('--version', v, 'a CPython version like 3.13.5'); },
  },
  { name: '--compare', apply: (o) => { o.compare = true; } },
  {
    name: '--known', value: 'on|off',
    apply: (o, v) => { o.known = v === 'on' || v === 'off' ? v : bad('--known', v, 'on or off'); },
  },
  {
    name: '--shard', value: 'i/n|auto',
    apply: (o, v) => { o.shardSpec = parseShard(v) ?? bad('--shard', v, 'i/n with 1 ≤ i ≤ n (e.g. 2/4), auto or auto/n'); },
  },
];

// Seeds are shown with '=' because '--seed -5' looks like a flag to many parsers (ours takes it too).
const flagUsage = (f: Flag): string => (f.value ? `${f.name}${f.name === '--seed' || f.name === '--path' ? '=' : ' '}${f.value}` : f.name);

/** The flag list every usage error ends with. */
export const VALID_FLAGS = [...FLAGS.map(flagUsage), '--help'].join(', ');

const usage = (problem: string): UsageError => new UsageError(`${problem}; valid flags: ${VALID_FLAGS}`);

/** Parses argv (without node and script) into options with defaults filled in. Pure: throws UsageError. */
export const parseArgs = (
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  config: ParseArgsConfig = {},
): ParsedArgs => {
  const input: OptionsInput = {};
  const inputs: string[] = [];
  const given: string[] = [];
  let command: Command | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    // npm passes '--' through in some versions; it carries no meaning here.
    if (arg === '--') continue;
    if (arg === '--help' || arg === '-h') { command = 'help'; continue; }
    if (!arg.startsWith('-')) {
      if (config.allowCommand && command === undefined && (COMMANDS as readonly string[]).includes(arg)) {
        command = arg as Command;
        continue;
      }
      if (command !== undefined && TAKES_INPUTS.includes(command)) {
        inputs.push(arg);
        continue;
      }
      const commands = config.allowCommand ? `; commands: ${COMMANDS.join(', ')}` : '';
      throw usage(`unexpected argument "${arg}"${commands}`);
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    const flag = FLAGS.find((f) => f.name === name);
    if (!flag) throw usage(`unknown flag ${name}`);
    given.push(name);
    let value = eq === -1 ? undefined : arg.slice(eq + 1);
    if (!flag.value) {
      if (value !== undefined) throw usage(`${name} takes no value`);
      flag.apply(input, '');
      continue;
    }
    if (value === undefined) {
      const next = argv[i + 1];
      // A following '--flag' means the value was forgotten; '-5' is a (negative) value.
      if (next === undefined || next.startsWith('--')) throw usage(`${name} needs a value (${flagUsage(flag)})`);
      value = next;
      i++;
    }
    if (value === '') throw usage(`${name} needs a value (${flagUsage(flag)})`);
    try {
      flag.apply(input, value);
    } catch (e) {
      throw e instanceof UsageError ? usage(e.message) : e;
    }
  }
  // A path names one draw of one seed's run: without the seed it would silently start a whole new run.
  if (input.path !== undefined && input.seed === undefined) {
    throw new UsageError('--path needs --seed=S (a path replays one draw of that seed\'s run; both are in every replay command)');
  }
  if (input.shardSpec) {
    const shard = shardFromEnv(input.shardSpec, env);
    if (typeof shard === 'string') throw new UsageError(`--shard auto: ${shard}`);
    // Every shard must draw the same scenarios: a seed picked from each machine's clock would not.
    const seedFromEnv = /^-?\d+$/.test(env.FTCONFORM_SEED ?? '');
    if (input.seed === undefined && !seedFromEnv) {
      throw new UsageError(`--shard ${input.shardSpec && 'auto' in input.shardSpec ? 'auto' : `${shard.index}/${shard.total}`} needs the run's seed: --seed=S (the same on every shard) or FTCONFORM_SEED`);
    }
    if (input.path !== undefined) throw new UsageError('--path replays one draw: it cannot be sharded (drop --shard)');
    input.shard = shard;
  }
  // Combinations that cannot work are refused here, before any interpreter is probed or built.
  if (input.compare && input.interps?.length !== 2) throw usage('--compare needs exactly two --interp (the builds to compare)');
  if (input.compare && input.shard) throw new UsageError('--compare needs both interpreters\' whole runs: it cannot be sharded (drop --shard)');
  if (input.version !== undefined && (input.interps?.length ?? 0) > 0) {
    throw usage('--version finds or builds that version: give it without --interp');
  }
  return { command, options: resolveOptions(input, env), inputs, given };
};
