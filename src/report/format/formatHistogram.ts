import type { GradedOutcome } from '../../results/caseResult.ts';
import { formatCount } from './formatCount.ts';
import { formatOutcome } from './formatOutcome.ts';
import { formatPercent } from './formatPercent.ts';
import { formatTable } from './formatTable.ts';
import { sortHistogram } from './sortHistogram.ts';

/**
 * jcstress-style table of one case's outcomes: RESULT  SAMPLES  FREQ  EXPECT  DESCRIPTION,
 * FORBIDDEN first, then by count. FREQ is the share of all recorded outcomes.
 */
export const formatHistogram = (histogram: readonly GradedOutcome[], indent = ''): string => {
  if (histogram.length === 0) return `${indent}(no outcomes recorded)`;
  const total = histogram.reduce((n, o) => n + o.count, 0);
  const rows = sortHistogram(histogram).map((o) => [
    formatOutcome(o.outcome),
    formatCount(o.count),
    formatPercent(total === 0 ? 0 : o.count / total, 2),
    o.expect,
    o.description,
  ]);
  return formatTable([['RESULT', 'SAMPLES', 'FREQ', 'EXPECT', 'DESCRIPTION'], ...rows], {
    align: ['left', 'right', 'right', 'left', 'left'],
    indent,
  });
};
