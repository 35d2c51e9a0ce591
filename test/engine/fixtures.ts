import type { CaseResult, CaseStatus, GradedOutcome, RunSummary } from '../../src/results/caseResult.ts';
import type { InterpInfo } from '../../src/results/interpInfo.ts';
import type { ProgramRun } from '../../src/run/programRun.ts';
import type { Observation } from '../../src/engine/observation.ts';
import { twoIncrements } from '../oracle/scenarioOf.ts';

type Over<T> = { -readonly [K in keyof T]?: T[K] };

/** A free-threaded interpreter with the GIL off and enough CPUs: contention is possible. */
export const ftInterp = (over: Over<InterpInfo> = {}): InterpInfo => ({
  path: '/opt/py/bin/python3.13t', version: '3.13.5', build: '3.13.5 experimental free-threading build',
  freeThreaded: true, gilEnabled: false, cpus: 8, ...over,
});

/** A clean observation with the given histogram; runs default to the histogram's total. */
export const observation = (hist: Record<string, number>, over: Over<Observation> = {}): Observation => ({
  status: 'ok', message: 'ok', hist, runs: Object.values(hist).reduce((a, n) => a + n, 0),
  timed: 0, overlapped: 0, seconds: 0.5, ...over,
});

export const graded = (outcome: string, count: number, expect: GradedOutcome['expect'] = 'ACCEPTABLE'): GradedOutcome =>
  ({ outcome, count, expect, description: expect.toLowerCase() });

export const caseWith = (status: CaseStatus, i = 0): CaseResult => ({
  suite: 'dict', property: 'p', name: `p #${i}`, interp: ftInterp(), scenario: twoIncrements(), status,
  message: status, runs: 10, histogram: [], overlap: { timed: 0, overlapped: 0, interleavedShare: 0 },
  seed: 1, path: '0', replay: 'npm test', profile: 'quick', durationMs: 1,
});

export const summaryOf = (statuses: readonly CaseStatus[], interrupted = false): RunSummary => ({
  startedAt: '2025-01-01T00:00:00Z', finishedAt: '2025-01-01T00:01:00Z', interrupted, profile: 'quick',
  interps: [ftInterp()], cases: statuses.map(caseWith),
});

/** A program run as the runner would classify it. */
export const programRun = (over: Over<ProgramRun> = {}): ProgramRun => ({
  status: 'ok', message: 'ok', exitCode: 0, timedOut: false, interrupted: false, records: [], started: [],
  malformed: [], malformedCount: 0, stderr: '', durationMs: 2000, ...over,
});
