import { expectationsOf } from '../oracle/expectations.ts';
import { gradeOutcome } from '../oracle/gradeOutcome.ts';
import { planOf } from '../oracle/plan.ts';
import type { Scenario } from '../scenario/scenario.ts';

/** What one measurement printed: runs, seconds, an outcome histogram, and optionally timed overlap. */
export interface Measured {
  readonly runs: number;
  readonly seconds: number;
  readonly hist?: Readonly<Record<string, number>>;
  readonly timed?: number;
  readonly overlapped?: number;
}

export interface Figures {
  readonly perSecond: number;
  /** Share of the rarer of the two most frequent outcomes (0.5 = both orders equally often). */
  readonly minority: number;
  /** Runs graded ACCEPTABLE_INTERESTING (lost updates on the negative control), per second. */
  readonly violationsPerSecond: number;
  readonly overlap?: number;
}

/** Pure: figures from a measurement of a scenario. */
export const benchFigures = (s: Scenario, m: Measured): Figures => {
  const counts = Object.values(m.hist ?? {}).sort((a, b) => b - a);
  const top2 = (counts[0] ?? 0) + (counts[1] ?? 0);
  const e = expectationsOf(planOf(s));
  const interesting = Object.entries(m.hist ?? {})
    .filter(([o]) => gradeOutcome(e, o).expect === 'ACCEPTABLE_INTERESTING').reduce((a, [, n]) => a + n, 0);
  return {
    perSecond: m.seconds > 0 ? m.runs / m.seconds : 0,
    minority: top2 > 0 ? (counts[1] ?? 0) / top2 : 0,
    violationsPerSecond: m.seconds > 0 ? interesting / m.seconds : 0,
    overlap: m.timed ? (m.overlapped ?? 0) / m.timed : undefined,
  };
};
