import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArgs, parseDuration, UsageError, VALID_FLAGS } from '../../src/options/parseArgs.ts';

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
      interps: [], allowGil: false, seed: undefined, path: undefined, suites: [], profile: 'default',
      budgetMs: undefined, shrinkBudgetMs: undefined, junit: 'reports/junit.xml', gilDifferential: false, reportsDir: 'reports',
      tsan: false, version: undefined, compare: false, known: 'on',
    });
  });

  it('defaults to the quick profile on CI', () => {
    expect(parseArgs([], { CI: 'true' }).options.profile).toBe('quick');
    expect(parseArgs(['--profile', 'soak'], { CI: 'true' }).options.profile).toBe('soak');
  });

  it('takes every flag, spaced or with =', () => {
    const { options } = parseArgs([
      '--interp', '/a/python3.13t', '--interp=/b/python3.14t', '--allow-gil', '--seed=42', '--path=3:0:1',
      '--suite', 'dict', '--suite=list', '--profile=quick', '--budget', '5m', '--junit', 'out/j.xml',
      '--gil-differential', '--reports=r', '--tsan', '--compare', '--shrink-budget=45s', '--known', 'off',
    ], {});
    expect(options).toEqual({
      interps: ['/a/python3.13t', '/b/python3.14t'], allowGil: true, seed: 42, path: '3:0:1', suites: ['dict', 'list'],
      profile: 'quick', budgetMs: 300_000, shrinkBudgetMs: 45_000, junit: 'out/j.xml', gilDifferential: true, reportsDir: 'r',
      tsan: true, version: undefined, compare: true, known: 'off',
    });
    expect(parseArgs(['--version', '3.13.5', '--tsan'], {}).options).toMatchObject({ version: '3.13.5', tsan: true });
  });

  it('puts the JUnit report under --reports unless told otherwise', () => {
    expect(parseArgs(['--reports', 'out'], {}).options.junit).toBe('out/junit.xml');
  });

  it('reads negative seeds with = (and spaced, since --seed always takes a value)', () => {
    expect(parseArgs(['--seed=-5'], {}).options.seed).toBe(-5);
    expect(parseArgs(['--seed', '-123'], {}).options.seed).toBe(-123);
  });

  it('round-trips any fast-check seed printed as --seed=S', () => {
    fc.assert(fc.property(fc.integer(), (seed) => {
      expect(parseArgs([`--seed=${seed}`], {}).options.seed).toBe(seed);
    }));
  });

  it('refuses an unknown flag in one line that lists the valid flags', () => {
    const e = usageError(['--bogus']);
    expect(e.message).toBe(`unknown flag --bogus; valid flags: ${VALID_FLAGS}`);
    expect(e.message).not.toContain('\n');
    expect(e.exitCode).toBe(2);
    for (const flag of ['--interp PATH', '--allow-gil', '--seed=S', '--budget', '--gil-differential', '--reports DIR']) {
      expect(e.message).toContain(flag);
    }
  });

  it.each([
    [['--seed=abc'], '--seed: "abc" is not an integer'],
    [['--seed=1.5'], '--seed: "1.5" is not an integer'],
    [['--profile', 'fast'], '--profile: "fast" is not one of quick|default|soak'],
    [['--known', 'maybe'], '--known: "maybe" is not on or off'],
    [['--budget', 'soon'], '--budget: "soon" is not a duration'],
    [['--budget=0'], '--budget: "0" is not a duration'],
    [['--shrink-budget', 'short'], '--shrink-budget: "short" is not a duration'],
    [['--path=x'], '--path: "x" is not a replay path'],
    [['--interp'], '--interp needs a value'],
    [['--interp', '--allow-gil'], '--interp needs a value'],
    [['--interp='], '--interp needs a value'],
    [['--allow-gil=yes'], '--allow-gil takes no value'],
    [['run'], 'unexpected argument "run"'],
    [['--version', '3.13'], '--version: "3.13" is not a CPython version like 3.13.5'],
    [['--compare', '--interp', 'a'], '--compare needs exactly two --interp'],
    [['--version', '3.13.5', '--interp', 'a'], '--version finds or builds that version: give it without --interp'],
  ])('refuses %j: %s', (argv, start) => {
    const e = usageError(argv);
    expect(e.message.startsWith(start)).toBe(true);
    expect(e.message).toContain('; valid flags: ');
  });

  it('takes a leading command only when asked to', () => {
    expect(parseArgs(['doctor', '--interp', 'p'], {}, { allowCommand: true }).command).toBe('doctor');
    expect(parseArgs(['--help'], {}).command).toBe('help');
    expect(parseArgs(['merge', 'a', 'b/results.jsonl', '--reports', 'out'], {}, { allowCommand: true }))
      .toMatchObject({ command: 'merge', inputs: ['a', 'b/results.jsonl'], given: ['--reports'] });
    expect(usageError(['doctor', 'run'], true).message).toMatch(/^unexpected argument "run"; commands: run, doctor, provision, merge, report, help;/);
  });
});

describe('parseDuration', () => {
  it.each([
    ['90s', 90_000], ['5m', 300_000], ['1h', 3_600_000], ['300', 300_000], ['1.5m', 90_000], ['250ms', 250],
  ])('%s is %i ms', (text, ms) => expect(parseDuration(text)).toBe(ms));

  it.each(['', 'm', '-5s', '5 minutes', '0s'])('refuses %j', (text) => expect(parseDuration(text)).toBeUndefined());
});
