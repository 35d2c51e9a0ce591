import { parseShard } from '../shard/parseShard.ts';
import type { OptionsInput } from './defaults.ts';
import type { Profile } from './options.ts';
import { parseDuration } from './parseDuration.ts';

export const PROFILES: readonly Profile[] = ['quick', 'default', 'soak'];

/** One flag: how it is shown, what it means, and how its value lands in the options. */
export interface Flag {
  /** How the value is shown in usage ('PATH'); absent for a switch. */
  readonly value?: string;
  /** Repeatable (--interp, --suite). */
  readonly multiple?: boolean;
  /** One line (or two) for `ftconform <command> --help`. */
  readonly help: string;
  /** Stores a value already known to be non-empty; returns a problem ('is not an integer') when it is bad. */
  readonly apply: (into: OptionsInput, value: string) => string | undefined;
}

const set = <K extends keyof OptionsInput>(key: K, v: OptionsInput[K] | undefined, into: OptionsInput, problem: string): string | undefined => {
  if (v === undefined) return problem;
  into[key] = v;
  return undefined;
};

/** Every flag any command takes, by name without the dashes; which command takes which: commands.ts. */
export const FLAGS = {
  interp: {
    value: 'PATH', multiple: true,
    help: 'interpreter to use (repeatable); default: $FTCONFORM_PYTHON, PATH, usual places, the cache, or a build',
    apply: (o, v) => { o.interps = [...(o.interps ?? []), v]; return undefined; },
  },
  'allow-gil': {
    help: 'accept a free-threaded build whose GIL is on (results become inconclusive)',
    apply: (o) => { o.allowGil = true; return undefined; },
  },
  seed: {
    value: 'S',
    help: 'fast-check seed to replay (may be negative: write --seed=S)',
    apply: (o, v) => set('seed', /^-?\d+$/.test(v) && Number.isSafeInteger(Number(v)) ? Number(v) : undefined, o, 'is not an integer'),
  },
  path: {
    value: 'P',
    help: 'fast-check replay path, e.g. 3:0:1 (needs --seed=)',
    // fast-check replay paths look like '3:0:1'.
    apply: (o, v) => set('path', /^\d+(:\d+)*$/.test(v) ? v : undefined, o, 'is not a replay path like 3:0:1'),
  },
  property: {
    value: 'NAME',
    help: 'only the property of that name (replay commands give it with --path)',
    apply: (o, v) => set('property', v.trim() !== '' ? v : undefined, o, 'is not a property name, as a replay command gives it'),
  },
  suite: {
    value: 'NAME', multiple: true,
    help: 'only this suite (repeatable)',
    apply: (o, v) => set('suites', /^[\w.-]+$/.test(v) ? [...(o.suites ?? []), v] : undefined, o, 'is not a suite name'),
  },
  profile: {
    value: PROFILES.join('|'),
    help: 'how hard to push (default: quick when CI=true, else default)',
    apply: (o, v) => set('profile', (PROFILES as readonly string[]).includes(v) ? (v as Profile) : undefined, o, `is not one of ${PROFILES.join('|')}`),
  },
  budget: {
    value: '5m',
    help: 'time budget (per shard): 90s, 5m, 1h or plain seconds',
    apply: (o, v) => set('budgetMs', parseDuration(v), o, 'is not a duration like 90s, 5m, 1h or plain seconds'),
  },
  'shrink-budget': {
    value: '20s',
    help: 'time to shrink each finding (default: quick 20s, default 1m, soak 2m)',
    apply: (o, v) => set('shrinkBudgetMs', parseDuration(v), o, 'is not a duration like 20s, 2m or plain seconds'),
  },
  junit: {
    value: 'PATH', help: 'JUnit report (default: REPORTS/junit.xml)',
    apply: (o, v) => { o.junit = v; return undefined; },
  },
  'gil-differential': {
    help: 'also run each scenario with PYTHON_GIL=1',
    apply: (o) => { o.gilDifferential = true; return undefined; },
  },
  reports: {
    value: 'DIR', help: 'report directory (default: reports)',
    apply: (o, v) => { o.reportsDir = v; return undefined; },
  },
  tsan: {
    help: 'a ThreadSanitizer build (cached or built); its data races are findings',
    apply: (o) => { o.tsan = true; return undefined; },
  },
  'python-version': {
    value: 'X.Y.Z',
    help: 'that CPython version, found in the cache or built (without --interp)',
    apply: (o, v) => set('version', /^3\.\d+\.\d+$/.test(v) ? v : undefined, o, 'is not a CPython version like 3.13.5'),
  },
  compare: {
    help: 'with two --interp: the cases whose verdict differs, rerun on both',
    apply: (o) => { o.compare = true; return undefined; },
  },
  known: {
    value: 'on|off',
    help: 'off: grade as if the known-issue registry were empty (every known bug is a finding again); default on',
    apply: (o, v) => set('known', v === 'on' || v === 'off' ? v : undefined, o, 'is not on or off'),
  },
  shard: {
    value: 'i/n|auto',
    help: 'run only part i of n (same --seed= on every shard; merge them after); auto: from the CI engine',
    apply: (o, v) => set('shardSpec', parseShard(v), o, 'is not i/n with 1 ≤ i ≤ n (e.g. 2/4), auto or auto/n'),
  },
} satisfies Record<string, Flag>;

export type FlagName = keyof typeof FLAGS;

export const flagOf = (name: string): Flag | undefined => (FLAGS as Record<string, Flag>)[name];

// Seeds and paths are shown with '=' because '--seed -5' looks like a flag to many parsers.
export const flagUsage = (name: FlagName): string => {
  const f: Flag = FLAGS[name];
  if (!f.value) return `--${name}`;
  return `--${name}${name === 'seed' || name === 'path' ? '=' : ' '}${f.value}`;
};

/** The flags as node:util parseArgs declares options: a value is a string, a switch a boolean. */
export const nodeOptions = (names: readonly FlagName[]): Record<string, { type: 'string' | 'boolean'; multiple: boolean }> =>
  Object.fromEntries(names.map((name) => {
    const f: Flag = FLAGS[name];
    return [name, { type: f.value === undefined ? 'boolean' : 'string', multiple: f.multiple ?? false }];
  }));
