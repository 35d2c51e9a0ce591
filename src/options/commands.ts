import type { FlagName } from './flags.ts';

/** What a command line can ask for; 'test' is `npm test -- [flags]` (scripts/test.ts), never typed as a word. */
export type CommandName = 'run' | 'doctor' | 'provision' | 'merge' | 'report' | 'help' | 'test';

export interface CommandSpec {
  /** `usage: ftconform run [flags]` */
  readonly usage: string;
  /** One line for the command list. */
  readonly summary: string;
  readonly flags: readonly FlagName[];
  /** What the words after the command are (merge's folders), when it takes any. */
  readonly inputs?: string;
  /** Said when a flag of another command is given to this one: why it does not apply, and what does ('*': any flag). */
  readonly hints?: Partial<Record<FlagName | '*', string>>;
}

const RUN_FLAGS: readonly FlagName[] = [
  'interp', 'allow-gil', 'seed', 'path', 'property', 'suite', 'profile', 'budget', 'shrink-budget', 'junit',
  'gil-differential', 'reports', 'tsan', 'python-version', 'compare', 'known', 'shard',
];

/** Every command and the flags it takes: a flag not listed for a command is refused there. */
export const COMMANDS: Readonly<Record<CommandName, CommandSpec>> = {
  run: {
    usage: 'ftconform run [flags]',
    summary: 'check the guarantees (finds or builds an interpreter unless --interp is given)',
    flags: RUN_FLAGS,
  },
  doctor: {
    usage: 'ftconform doctor [--interp PATH]… [--allow-gil] [--tsan]',
    summary: 'show what an interpreter is and how well its threads run in parallel (never builds one)',
    flags: ['interp', 'allow-gil', 'tsan'],
    hints: { 'python-version': 'doctor never builds: run `ftconform provision --python-version X.Y.Z`, then doctor --interp PATH' },
  },
  provision: {
    usage: 'ftconform provision [--python-version X.Y.Z] [--tsan] [--allow-gil]',
    summary: 'find a free-threaded CPython or build one into the cache; prints its path last',
    flags: ['python-version', 'tsan', 'allow-gil'],
    hints: { interp: 'provision finds or builds an interpreter; to check one you have: ftconform doctor --interp PATH' },
  },
  merge: {
    usage: 'ftconform merge DIR… [--reports OUT] [--junit PATH]',
    summary: 'merge the shards\' results (DIR/results.jsonl) into one JUnit, HTML report and summary; with one DIR, re-render its reports',
    flags: ['reports', 'junit'],
    inputs: 'DIR…',
    hints: { '*': 'the rest was decided when the shards ran' },
  },
  report: {
    usage: 'ftconform report DIR [--reports OUT] [--junit PATH]',
    summary: 'the same as merge (re-renders one run\'s reports without running anything)',
    flags: ['reports', 'junit'],
    inputs: 'DIR…',
  },
  help: {
    usage: 'ftconform help [COMMAND]',
    summary: 'this text, or a command\'s flags (also: ftconform COMMAND --help)',
    flags: [],
    inputs: 'COMMAND',
  },
  test: {
    usage: 'npm test -- [flags]',
    summary: 'type check, ftconform\'s own tests, then the conformance suites through vitest, then the reports',
    flags: RUN_FLAGS.filter((f) => f !== 'compare'),
    hints: { compare: 'it reruns differences on both interpreters: use `npx ftconform run --compare`' },
  },
};

/** The words a user can type as a command, in the order the usage lists them. */
export const COMMAND_WORDS = ['run', 'doctor', 'provision', 'merge', 'report', 'help'] as const;
