import type { Scenario } from '../scenario/scenario.ts';
import { expectationsOf } from './expectations.ts';
import { gradeOutcome } from './gradeOutcome.ts';
import { planOf } from './plan.ts';

/**
 * Whether a known upstream bug, as its catalogue model says the interpreter runs (Operation.bugs), gives
 * every one of these outcomes (canonical JSON) of the scenario: a finding it explains is that bug. An
 * outcome the search cannot decide within its bound is not explained (pure).
 */
export const bugExplains = (scenario: Scenario, version: string, issue: string, outcomes: readonly string[]): boolean =>
  outcomes.every(bugGives(scenario, version, issue));

/** The same, one outcome at a time: the bug's expectations are built once, each outcome graded when asked (pure). */
export const bugGives = (scenario: Scenario, version: string, issue: string): (outcome: string) => boolean => {
  const e = expectationsOf(planOf(scenario, version, issue));
  return (o) => {
    const g = gradeOutcome(e, o, { blame: false });
    return g.expect === 'ACCEPTABLE' || g.expect === 'ACCEPTABLE_INTERESTING';
  };
};
