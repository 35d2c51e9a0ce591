import type { DocRef } from '../catalogue/operation.ts';
import type { PyValue } from '../catalogue/pyValue.ts';
import type { CaseStatus, GradedOutcome, Overlap } from '../results/caseResult.ts';
import type { Expectations } from '../oracle/expectations.ts';
import { gradeOutcome } from '../oracle/gradeOutcome.ts';
import type { Observation } from './observation.ts';
import type { KnownIssue } from '../knownIssues/knownIssue.ts';
import type { DataRace } from '../results/dataRace.ts';

/** What a property asks of its scenarios: conform to the docs, or (negative control) show the race. */
export type PropertyKind = 'conformance' | 'negative-control';

export interface ScenarioVerdict {
  readonly status: CaseStatus;
  readonly message: string;
  readonly histogram: readonly GradedOutcome[];
  readonly overlap: Overlap;
  /** Runs graded ACCEPTABLE_INTERESTING (e.g. lost updates). */
  readonly interesting: number;
  readonly broken?: DocRef;
  /** [thread, op] blamed for the first FORBIDDEN outcome (known-issue matching). */
  readonly blamed?: readonly [number, number];
  /** What the blamed operation returned or raised there. */
  readonly blamedResult?: PyValue;
  /** The known upstream issue this finding matches (status 'known'). */
  readonly known?: KnownIssue;
  /** ThreadSanitizer builds: the distinct races reported while the scenario ran (see judgeRaces). */
  readonly races?: readonly DataRace[];
}

const ORDER: Record<GradedOutcome['expect'], number> = { FORBIDDEN: 0, ACCEPTABLE_INTERESTING: 1, ACCEPTABLE: 2 };

/** Grade every outcome of an observation and decide the scenario's status (pure). */
/** Why a run on this interpreter cannot show real contention, if it cannot. */
export const noContention = (interp: { gilEnabled: boolean; cpus: number }): string | undefined =>
  interp.gilEnabled ? 'the GIL was enabled: threads never ran in parallel'
    : interp.cpus < 2 ? 'a single usable CPU: threads never ran in parallel' : undefined;

export const judgeScenario = (e: Expectations, obs: Observation, kind: PropertyKind,
  interp: { gilEnabled: boolean; cpus: number }): ScenarioVerdict => {
  const graded = Object.entries(obs.hist).map(([outcome, count]) => ({ outcome, count, grade: gradeOutcome(e, outcome) }));
  const histogram: GradedOutcome[] = graded
    .map(({ outcome, count, grade }) => ({ outcome, count, expect: grade.expect, description: grade.description }))
    .sort((a, b) => ORDER[a.expect] - ORDER[b.expect] || b.count - a.count);
  const notSerial = graded.filter((g) => !e.serial.has(g.outcome)).reduce((a, g) => a + g.count, 0);
  const overlap: Overlap = { timed: obs.timed, overlapped: obs.overlapped, interleavedShare: obs.runs ? notSerial / obs.runs : 0 };
  const interesting = graded.filter((g) => g.grade.expect === 'ACCEPTABLE_INTERESTING').reduce((a, g) => a + g.count, 0);
  const base = { histogram, overlap, interesting };
  if (obs.status === 'crash') return { ...base, status: 'crashed', message: obs.message };
  if (obs.status === 'hang') return { ...base, status: 'hung', message: obs.message };
  if (obs.status === 'error') return { ...base, status: 'error', message: obs.message };
  const forbidden = graded.filter((g) => g.grade.expect === 'FORBIDDEN');
  const unexpected = forbidden.find((g) => g.grade.unexpectedException);
  if (unexpected) {
    return { ...base, status: 'error', broken: unexpected.grade.broken, blamed: unexpected.grade.blamed,
      blamedResult: unexpected.grade.blamedResult, message: `${unexpected.grade.description} (${unexpected.count} of ${obs.runs} runs)` };
  }
  if (forbidden.length > 0) {
    const hits = forbidden.reduce((a, g) => a + g.count, 0);
    return { ...base, status: 'failed', broken: forbidden[0].grade.broken, blamed: forbidden[0].grade.blamed,
      blamedResult: forbidden[0].grade.blamedResult, message: `FORBIDDEN outcome in ${hits} of ${obs.runs} runs: ${forbidden[0].grade.description}` };
  }
  const why = noContention(interp);
  if (why) return { ...base, status: 'inconclusive', message: why };
  if (kind === 'negative-control' && interesting === 0) {
    return { ...base, status: 'inconclusive',
      message: `negative control never fired in ${obs.runs} runs: not enough contention to mean anything` };
  }
  return { ...base, status: 'passed', message: kind === 'negative-control'
    ? `race observed as expected in ${interesting} of ${obs.runs} runs` : `${obs.runs} runs, no forbidden outcome` };
};
