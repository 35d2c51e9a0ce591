import type { DocRef } from '../catalogue/operation.ts';
import type { CaseStatus, GradedOutcome, Overlap } from '../results/caseResult.ts';
import type { Expectations } from '../oracle/expectations.ts';
import { blameOutcome, gradeOutcome } from '../oracle/gradeOutcome.ts';
import type { Observation } from './observation.ts';
import type { KnownIssue } from '../knownIssues/knownIssue.ts';
import type { DataRace } from '../results/dataRace.ts';
import type { Excused } from '../results/caseResult.ts';

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
  /** The known upstream issue this finding matches (status 'known'); several: ids and titles joined. */
  readonly known?: KnownIssue;
  /** What each known issue excused of it: forbidden outcomes (their runs) and the program's crash or hang. */
  readonly excused?: readonly Excused[];
  /** ThreadSanitizer builds: the distinct races reported while the scenario ran (see judgeRaces). */
  readonly races?: readonly DataRace[];
}

/** Search bound for the outcomes graded after a scenario's first FORBIDDEN (or UNDECIDED) one. */
const AFTER_FIRST_FORBIDDEN = 20_000;
/** What those searches may spend in all, when they do not find their outcome; then LAST_RESORT_NODES each. */
const SCENARIO_SEARCH_NODES = 1_000_000;
const LAST_RESORT_NODES = 2_000;

const ORDER: Record<GradedOutcome['expect'], number> = { FORBIDDEN: 0, UNDECIDED: 1, ACCEPTABLE_INTERESTING: 2, ACCEPTABLE: 3 };

/** Why a run on this interpreter cannot show real contention, if it cannot. */
export const noContention = (interp: { gilEnabled: boolean; cpus: number }): string | undefined =>
  interp.gilEnabled ? 'the GIL was enabled: threads never ran in parallel'
    : interp.cpus < 2 ? 'a single usable CPU: threads never ran in parallel' : undefined;

/** Grade every outcome of an observation and decide the scenario's status (pure). */
export const judgeScenario = (e: Expectations, obs: Observation, kind: PropertyKind,
  interp: { gilEnabled: boolean; cpus: number }): ScenarioVerdict => {
  // The most frequent outcomes first (cheap to show reachable); once one is FORBIDDEN the scenario has
  // failed, and the rest get a smaller search bound (UNDECIDED beyond it) and no blame of their own. The same
  // once one is UNDECIDED: its space is past the bound, and each further outcome would search all of it again.
  // The searches that did not find their outcome share SCENARIO_SEARCH_NODES; past it, each gets
  // LAST_RESORT_NODES (a serial or lightly interleaved outcome is still found): a broken interpreter shows
  // hundreds of outcomes, each one a search of a space that can hold 400,000 points.
  let narrowed = false;
  let left = SCENARIO_SEARCH_NODES;
  const graded = Object.entries(obs.hist).sort((a, b) => b[1] - a[1]).map(([outcome, count]) => {
    const bound = narrowed ? Math.max(LAST_RESORT_NODES, Math.min(AFTER_FIRST_FORBIDDEN, left)) : undefined;
    const grade = gradeOutcome(e, outcome, { blame: false, maxNodes: bound });
    if (grade.expect === 'FORBIDDEN' || grade.expect === 'UNDECIDED') {
      if (narrowed) left -= bound!;
      narrowed = true;
    }
    return { outcome, count, grade };
  });
  const histogram: GradedOutcome[] = graded
    .map(({ outcome, count, grade }) => ({ outcome, count, expect: grade.expect, description: grade.description,
      ...(obs.schedules?.[outcome] ? { schedule: obs.schedules[outcome] } : {}) }))
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
    return { ...base, status: 'error', broken: unexpected.grade.broken, blamed: unexpected.grade.blamed, message: `${unexpected.grade.description} (${unexpected.count} of ${obs.runs} runs)` };
  }
  if (forbidden.length > 0) {
    const hits = forbidden.reduce((a, g) => a + g.count, 0);
    return { ...base, status: 'failed', ...blameOutcome(e, forbidden[0].outcome),
      message: `FORBIDDEN outcome in ${hits} of ${obs.runs} runs: ${forbidden[0].grade.description}` };
  }
  const undecided = graded.filter((g) => g.grade.expect === 'UNDECIDED');
  if (undecided.length > 0) {
    return { ...base, status: 'inconclusive', message: `the oracle could not decide ${undecided.length} outcome(s) `
      + `(${undecided.reduce((a, g) => a + g.count, 0)} of ${obs.runs} runs) within its work bound: a smaller scenario is needed` };
  }
  // A controlled run forces its interleavings at the gates: the GIL or one CPU takes none of them away.
  const why = obs.sync === 'controlled' ? undefined : noContention(interp);
  if (why) return { ...base, status: 'inconclusive', message: why };
  if (kind === 'negative-control' && interesting === 0) {
    return { ...base, status: 'inconclusive',
      message: `negative control never fired in ${obs.runs} runs: not enough contention to mean anything` };
  }
  return { ...base, status: 'passed', message: kind === 'negative-control'
    ? `race observed as expected in ${interesting} of ${obs.runs} runs` : `${obs.runs} runs, no forbidden outcome` };
};
