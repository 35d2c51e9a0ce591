import type { GilDifferential, GradedOutcome } from '../results/caseResult.ts';
import type { Observation } from './observation.ts';
import type { ScenarioVerdict } from './judgeScenario.ts';

/**
 * Outcomes each scenario showed with the GIL off and never with it on (pure): what free threading
 * changes. Graded with the GIL-off verdict of the same scenario.
 */
export const gilDifferential = (pairs: readonly { off: ScenarioVerdict; on: Observation }[]): GilDifferential => {
  const only: GradedOutcome[] = [];
  for (const { off, on } of pairs) {
    for (const g of off.histogram) if (!(g.outcome in on.hist)) only.push(g);
  }
  return {
    runsWithGil: pairs.reduce((a, p) => a + p.on.runs, 0),
    distinct: only.length,
    onlyWithoutGil: [...only].sort((a, b) => b.count - a.count).slice(0, 10),
  };
};
