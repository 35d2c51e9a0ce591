import type { CaseResult } from '../../results/caseResult.ts';
import { describeInterp } from '../format/describeInterp.ts';
import { formatScenario } from '../format/formatScenario.ts';
import { formatSeconds } from '../format/formatSeconds.ts';
import { interpName } from '../format/interpName.ts';
import { statusLabel } from '../format/statusLabel.ts';

const I = '  ';

/**
 * The console text the moment a finding is first seen, before shrinking: the replay command of the
 * unshrunk scenario first, the status, and the scenario with the results of its first FORBIDDEN outcome.
 */
export const formatFirstSight = (c: CaseResult, shrinkBudgetMs: number): string => {
  const f = c.firstSight;
  if (!f) throw new Error(`formatFirstSight: case '${c.name}' has no first sight`);
  return [
    f.replay,
    `${statusLabel(f.status)} (first sight, after ${formatSeconds(f.afterMs)}) ${c.property}: ${f.message.replace(/\n/g, ' / ')}`,
    `${I}case         ${c.name}`,
    `${I}interpreter  ${interpName(c.interp)} (${describeInterp(c.interp)})`,
    `${I}next         shrinking (up to ${formatSeconds(shrinkBudgetMs)}, --shrink-budget), then the full report`,
    `scenario as drawn (draw ${f.draw}${f.outcome ? '; results of the first FORBIDDEN outcome' : ''}):`,
    formatScenario(f.scenario, { outcome: f.outcome, indent: I }),
  ].join('\n');
};
