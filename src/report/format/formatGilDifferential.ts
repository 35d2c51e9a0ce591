import type { CaseResult } from '../../results/caseResult.ts';
import { formatCount } from './formatCount.ts';
import { formatOutcome } from './formatOutcome.ts';

/** Lines saying what the case showed only with the GIL off (--gil-differential); none without it. */
export const formatGilDifferential = (c: CaseResult, indent = '  '): string[] => {
  const g = c.gilDifferential;
  if (!g) return [];
  return [
    `GIL differential: ${formatCount(g.distinct)} outcomes seen only with the GIL off (same scenarios, ${formatCount(g.runsWithGil)} runs with PYTHON_GIL=1)`,
    ...g.onlyWithoutGil.slice(0, 5).map((o) => `${indent}${formatCount(o.count).padStart(9)}  ${o.expect.padEnd(22)}  ${formatOutcome(o.outcome)}`),
  ];
};
