import type { CaseResult, GradedOutcome, RunSummary } from '../../src/results/caseResult.ts';
import type { InterpInfo } from '../../src/results/interpInfo.ts';
import type { Scenario } from '../../src/scenario/scenario.ts';

type Mutable<T> = { -readonly [K in keyof T]?: T[K] };

export const makeInterp = (over: Mutable<InterpInfo> = {}): InterpInfo => ({
  path: '/opt/py/bin/python3.13t',
  version: '3.13.5',
  build: '3.13.5 experimental free-threading build (main, Jun 11 2025) [GCC 12.2.0]',
  freeThreaded: true,
  gilEnabled: false,
  cpus: 16,
  ...over,
});

export const makeScenario = (over: Mutable<Scenario> = {}): Scenario => ({
  container: 'dict',
  initial: [[1, 'a']],
  threads: [
    [{ op: 'dict.setdefault', args: [2, 'b'] }],
    [{ op: 'dict.setdefault', args: [2, 'c'] }, { op: 'dict.pop', args: [1] }],
  ],
  lock: 'none',
  ...over,
});

export const outcome = (threads: unknown[][], final: unknown): string => JSON.stringify([...threads, final]);

export const acceptable = (o: string, count: number, description = 'reachable by a serial order'): GradedOutcome => ({
  outcome: o, count, expect: 'ACCEPTABLE', description,
});

/** A passed case; override what the test is about. */
export const makeCase = (over: Mutable<CaseResult> = {}): CaseResult => {
  const suite = over.suite ?? 'dict';
  const property = over.property ?? 'dict.setdefault is atomic';
  const seed = over.seed ?? -123;
  const path = over.path ?? '4:0';
  return {
    suite,
    property,
    name: `${property} #${path} [3.13.5t]`,
    interp: makeInterp(),
    scenario: makeScenario(),
    status: 'passed',
    message: 'only serial outcomes observed',
    runs: 40_000,
    histogram: [
      acceptable(outcome([['b'], ['b', 'a']], { d: [[2, 'b']] }), 30_000),
      acceptable(outcome([['c'], ['c', 'a']], { d: [[2, 'c']] }), 10_000),
    ],
    overlap: { timed: 1000, overlapped: 123, interleavedShare: 0.041 },
    seed,
    path,
    replay: `npx ftconform run --interp /opt/py/bin/python3.13t --seed=${seed} --path=${path} --suite ${suite}`,
    profile: 'quick',
    durationMs: 1500,
    ...over,
  };
};

export const forbiddenOutcome = outcome([['b'], ['c', 'a']], { d: [[2, 'c']] });

export const failedCase = (over: Mutable<CaseResult> = {}): CaseResult =>
  makeCase({
    status: 'failed',
    message: 'FORBIDDEN outcome observed 3 times',
    path: '7:1',
    name: 'dict.setdefault is atomic #7:1 [3.13.5t]',
    histogram: [
      acceptable(outcome([['b'], ['b', 'a']], { d: [[2, 'b']] }), 1_234_567),
      { outcome: forbiddenOutcome, count: 3, expect: 'FORBIDDEN', description: 'two setdefaults both inserted' },
      { outcome: outcome([['b'], ['b', { e: 'KeyError' }]], { d: [[2, 'b']] }), count: 40, expect: 'ACCEPTABLE_INTERESTING', description: 'pop saw the key gone' },
    ],
    runs: 1_234_610,
    broken: {
      sentence: 'dict.setdefault() is atomic with respect to other operations on the same dict.',
      source: 'Python docs, library/threadsafety.html#dict',
      since: '3.13',
    },
    expectationsFrom: '3.13',
    reproducer: 'reports/repro/dict-7.py',
    reproduced: { hits: 37, tries: 40 },
    ...over,
  });

export const crashedCase = (over: Mutable<CaseResult> = {}): CaseResult =>
  makeCase({
    suite: 'list',
    property: 'list.append is atomic',
    name: 'list.append is atomic #2:0 [3.13.5t]',
    path: '2:0',
    scenario: makeScenario({ container: 'list', initial: [1, 2], threads: [[{ op: 'list.append', args: [3] }], [{ op: 'list.clear', args: [] }]] }),
    status: 'crashed',
    message: 'interpreter killed by SIGSEGV',
    signal: 'SIGSEGV',
    histogram: [],
    traceback: 'Fatal Python error: Segmentation fault\n\nThread 0x00007f (most recent call first):\n  File "/tmp/p.py", line 12 in worker',
    ...over,
  });

export const hungCase = (over: Mutable<CaseResult> = {}): CaseResult =>
  makeCase({
    suite: 'set',
    property: 'set.add is atomic',
    name: 'set.add is atomic #1:3 [3.13.5t]',
    path: '1:3',
    scenario: makeScenario({ container: 'set', initial: [], threads: [[{ op: 'set.add', args: [1] }], [{ op: 'set.discard', args: [1] }]] }),
    status: 'hung',
    message: 'watchdog fired after 30 s',
    histogram: [],
    traceback: 'Timeout (0:00:30)!\nThread 0x1 (most recent call first):\n  File "/tmp/p.py", line 9 in worker\nThread 0x2 (most recent call first):\n  File "/tmp/p.py", line 20 in main',
    ...over,
  });

export const makeSummary = (over: Mutable<RunSummary> = {}): RunSummary => ({
  startedAt: '2025-06-01T10:00:00.000Z',
  finishedAt: '2025-06-01T10:05:00.000Z',
  interrupted: false,
  profile: 'quick',
  interps: [makeInterp()],
  cases: [makeCase()],
  ...over,
});

/** A run with every status on two interpreters (the second one with the GIL turned back on). */
export const mixedSummary = (over: Mutable<RunSummary> = {}): RunSummary => {
  const gil = makeInterp({ gilEnabled: true, env: { PYTHON_GIL: '1' } });
  const onGil = (c: CaseResult): CaseResult => ({ ...c, interp: gil, name: `${c.name} GIL` });
  const cases = [
    makeCase(),
    failedCase(),
    crashedCase(),
    hungCase(),
    makeCase({ path: '9:0', name: 'dict.pop error #9:0', status: 'error', message: 'RuntimeError not allowed by the catalogue', traceback: 'Traceback (most recent call last):\nRuntimeError: boom' }),
    makeCase({ path: '5:0', name: 'dict.setdefault is atomic #5:0 known', status: 'known', message: 'matches a known issue', knownIssue: 'https://github.com/python/cpython/issues/12345' }),
    onGil(makeCase({ status: 'inconclusive', message: 'negative control never fired: GIL on' })),
  ];
  return makeSummary({ interps: [makeInterp(), gil], cases, ...over });
};
