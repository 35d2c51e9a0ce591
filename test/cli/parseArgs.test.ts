import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMANDS, type CommandName } from '../../src/options/commands.ts';
import { FLAGS } from '../../src/options/flags.ts';
import { parseArgs, parseDuration, UsageError } from '../../src/options/parseArgs.ts';

const usageError = (argv: string[], allowCommand = false): UsageError => {
  try {
    parseArgs(argv, {}, { allowCommand });
  } catch (e) {
    if (e instanceof UsageError) return e;
    throw e;
  }
  throw new Error(`no UsageError for ${argv.join(' ')}`);
};

describe('parseArgs', () => {
  it('fills in the defaults', () => {
    expect(parseArgs([], {}).options).toEqual({
      interps: [], allowGil: false, seed: expect.any(Number), path: undefined, suites: [], profile: 'default',
      budgetMs: undefined, shrinkBudgetMs: undefined, junit: 'reports/junit.xml', gilDifferential: false, reportsDir: 'reports',
      tsan: false, version: undefined, compare: false, known: 'on',
    });
  });

  it('decides the seed in one place: --seed, else FTCONFORM_SEED, else one from the clock', () => {
    expect(parseArgs(['--seed=-5'], { FTCONFORM_SEED: '7' }).options.seed).toBe(-5);
    expect(parseArgs([], { FTCONFORM_SEED: '7' }).options.seed).toBe(7);
    expect(parseArgs([], { FTCONFORM_SEED: '-12' }).options.seed).toBe(-12);
    for (const bad of ['', 'x', '1.5', '99999999999999999999']) {
      const seed = parseArgs([], { FTCONFORM_SEED: bad }).options.seed;
      expect(Number.isSafeInteger(seed), bad).toBe(true);
      expect(seed >= 0 && seed < 0x7fffffff, bad).toBe(true);
    }
  });

  it('defaults to the quick profile on CI', () => {
    expect(parseArgs([], { CI: 'true' }).options.profile).toBe('quick');
    expect(parseArgs(['--profile', 'soak'], { CI: 'true' }).options.profile).toBe('soak');
  });

  it('takes every flag, spaced or with =', () => {
    const { options } = parseArgs(['run',
      '--interp', '/a/python3.13t', '--interp=/b/python3.14t', '--allow-gil', '--seed=42', '--path=3:0:1',
      '--suite', 'dict', '--suite=list', '--profile=quick', '--budget', '5m', '--junit', 'out/j.xml',
      '--gil-differential', '--reports=r', '--tsan', '--compare', '--shrink-budget=45s', '--known', 'off',
    ], {}, { allowCommand: true });
    expect(options).toEqual({
      interps: ['/a/python3.13t', '/b/python3.14t'], allowGil: true, seed: 42, path: '3:0:1', suites: ['dict', 'list'],
      profile: 'quick', budgetMs: 300_000, shrinkBudgetMs: 45_000, junit: 'out/j.xml', gilDifferential: true, reportsDir: 'r',
      tsan: true, version: undefined, compare: true, known: 'off',
    });
    expect(parseArgs(['--python-version', '3.13.5', '--tsan'], {}).options).toMatchObject({ version: '3.13.5', tsan: true });
  });

  it('puts the JUnit report under --reports unless told otherwise', () => {
    expect(parseArgs(['--reports', 'out'], {}).options.junit).toBe('out/junit.xml');
  });

  it('reads negative seeds with = (and spaced, since --seed always takes a value)', () => {
    expect(parseArgs(['--seed=-5'], {}).options.seed).toBe(-5);
    expect(parseArgs(['--seed', '-123'], {}).options.seed).toBe(-123);
    expect(parseArgs(['run', '--seed', '-123', '--suite', 'dict'], {}, { allowCommand: true }).options).toMatchObject({ seed: -123, suites: ['dict'] });
    // A dash-value is a value of a flag that takes one, and is judged as such.
    expect(usageError(['--budget', '-5']).message).toBe('--budget: "-5" is not a duration like 90s, 5m, 1h or plain seconds');
  });

  it('round-trips any fast-check seed printed as --seed=S', () => {
    fc.assert(fc.property(fc.integer(), (seed) => {
      expect(parseArgs([`--seed=${seed}`], {}).options.seed).toBe(seed);
    }));
  });

  it('refuses an unknown flag in one line that points at the command\'s help, not the whole list', () => {
    const e = usageError(['--bogus']);
    expect(e.message).toBe('unknown flag --bogus; `npm test -- --help` lists its flags');
    expect(e.exitCode).toBe(2);
    expect(usageError(['run', '--bogus'], true).message).toBe('unknown flag --bogus; `ftconform run --help` lists its flags');
    expect(usageError(['run', '-x'], true).message).toBe('unknown flag -x; `ftconform run --help` lists its flags');
  });

  it.each([
    [['--seed=abc'], '--seed: "abc" is not an integer'],
    [['--seed=1.5'], '--seed: "1.5" is not an integer'],
    [['--profile', 'fast'], '--profile: "fast" is not one of quick|default|soak'],
    [['--known', 'maybe'], '--known: "maybe" is not on or off'],
    [['--budget', 'soon'], '--budget: "soon" is not a duration like 90s, 5m, 1h or plain seconds'],
    [['--budget=0'], '--budget: "0" is not a duration like 90s, 5m, 1h or plain seconds'],
    [['--shrink-budget', 'short'], '--shrink-budget: "short" is not a duration like 20s, 2m or plain seconds'],
    [['--path=x'], '--path: "x" is not a replay path like 3:0:1'],
    [['--shard', '5/4', '--seed=1'], '--shard: "5/4" is not i/n with 1 ≤ i ≤ n (e.g. 2/4), auto or auto/n'],
    [['--interp'], '--interp needs a value: --interp PATH'],
    [['--interp', '--allow-gil'], '--interp needs a value: --interp PATH'],
    [['--interp='], '--interp needs a value: --interp PATH'],
    [['--allow-gil=yes'], '--allow-gil takes no value'],
    [['run'], 'unexpected argument "run": npm test takes flags only; `npm test -- --help` lists its flags'],
    [['--python-version', '3.13'], '--python-version: "3.13" is not a CPython version like 3.13.5'],
    [['--compare', '--interp', 'a'], '--compare does not apply to npm test (it reruns differences on both interpreters: use `npx ftconform run --compare`); `npm test -- --help` lists its flags'],
    [['--python-version', '3.13.5', '--interp', 'a'], '--python-version finds or builds that version: give it without --interp'],
    [['--version', '3.13.5'], '--version is ftconform\'s own version (alone: ftconform --version); npm test takes a CPython version as --python-version X.Y.Z'],
  ])('refuses %j in one line: %s', (argv, message) => {
    const e = usageError(argv);
    expect(e.message).toBe(message);
    expect(e.message).not.toContain('\n');
  });

  it.each([
    [['run', '--compare', '--interp', 'a'], '--compare needs exactly two --interp (the builds to compare)'],
    [['doctor', '--seed=3'], '--seed does not apply to doctor (a flag of run); `ftconform doctor --help` lists its flags'],
    [['doctor', '--python-version', '3.13.5'], '--python-version does not apply to doctor (doctor never builds: run `ftconform provision --python-version X.Y.Z`, then doctor --interp PATH); `ftconform doctor --help` lists its flags'],
    [['provision', '--interp', '/p'], '--interp does not apply to provision (provision finds or builds an interpreter; to check one you have: ftconform doctor --interp PATH); `ftconform provision --help` lists its flags'],
    [['provision', '--version', '3.13.5'], '--version is ftconform\'s own version (alone: ftconform --version); ftconform provision takes a CPython version as --python-version X.Y.Z'],
    [['merge', 'a', '--suite', 'dict'], '--suite does not apply to merge (the rest was decided when the shards ran); `ftconform merge --help` lists its flags'],
    [['doctor', 'run'], 'unexpected argument "run": ftconform doctor takes flags only; `ftconform doctor --help` lists its flags'],
    [['--interp', 'p'], 'missing command before --interp (commands: run, doctor, provision, merge, report, help); see ftconform --help'],
    [['check'], 'unknown command "check" (commands: run, doctor, provision, merge, report, help); see ftconform --help'],
    [[], 'missing command (commands: run, doctor, provision, merge, report, help); see ftconform --help'],
    [['help', 'nope'], 'help takes one command (run, doctor, provision, merge, report, help), not "nope"'],
    [['--version', 'run'], '--version prints ftconform\'s version and takes nothing else (not "run")'],
  ])('the CLI refuses %j in one line: %s', (argv, message) => {
    expect(usageError(argv, true).message).toBe(message);
  });

  it('takes a leading command only when asked to, and only that command\'s flags', () => {
    expect(parseArgs(['doctor', '--interp', 'p'], {}, { allowCommand: true }).command).toBe('doctor');
    expect(parseArgs(['merge', 'a', 'b/results.jsonl', '--reports', 'out'], {}, { allowCommand: true }))
      .toMatchObject({ command: 'merge', inputs: ['a', 'b/results.jsonl'], given: ['--reports'] });
    expect(parseArgs(['provision', '--python-version=3.13.5', '--tsan'], {}, { allowCommand: true }).options).toMatchObject({ version: '3.13.5', tsan: true });
  });

  it('asks for help (the command list, or one command\'s flags) and for the version', () => {
    const cli = (argv: string[]) => parseArgs(argv, {}, { allowCommand: true });
    expect(cli(['--help'])).toMatchObject({ command: 'help' });
    expect(cli(['--help']).helpTopic).toBeUndefined();
    expect(cli(['-h']).command).toBe('help');
    expect(cli(['run', '--help'])).toMatchObject({ command: 'help', helpTopic: 'run' });
    // --help wins over whatever else is wrong on the line, as with git, npm and vitest.
    expect(cli(['doctor', '--seed=3', '-h'])).toMatchObject({ command: 'help', helpTopic: 'doctor' });
    expect(cli(['help', 'merge'])).toMatchObject({ command: 'help', helpTopic: 'merge' });
    expect(cli(['--version'])).toMatchObject({ command: 'version' });
    expect(parseArgs(['--help'], {})).toMatchObject({ command: 'help', helpTopic: 'test' });
  });

  it('lists every flag a command takes under exactly one entry of the flag table', () => {
    for (const c of Object.keys(COMMANDS) as CommandName[]) {
      for (const f of COMMANDS[c].flags) expect(FLAGS[f], `${c} --${f}`).toBeDefined();
    }
    const used = new Set(Object.values(COMMANDS).flatMap((c) => c.flags));
    expect([...used].sort()).toEqual(Object.keys(FLAGS).sort());
  });
});

describe('parseDuration', () => {
  it.each([
    ['90s', 90_000], ['5m', 300_000], ['1h', 3_600_000], ['300', 300_000], ['1.5m', 90_000], ['250ms', 250],
  ])('%s is %i ms', (text, ms) => expect(parseDuration(text)).toBe(ms));

  it.each(['', 'm', '-5s', '5 minutes', '0s'])('refuses %j', (text) => expect(parseDuration(text)).toBeUndefined());
});
