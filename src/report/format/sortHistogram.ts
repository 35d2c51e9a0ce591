import type { Expect, GradedOutcome } from '../../results/caseResult.ts';

const rank: Record<Expect, number> = { FORBIDDEN: 0, UNDECIDED: 1, ACCEPTABLE_INTERESTING: 2, ACCEPTABLE: 3 };

/** jcstress order: FORBIDDEN first, then the most frequent; ties by grade, then by outcome text. */
export const sortHistogram = (histogram: readonly GradedOutcome[]): readonly GradedOutcome[] =>
  [...histogram].sort((a, b) => {
    const forbidden = Number(b.expect === 'FORBIDDEN') - Number(a.expect === 'FORBIDDEN');
    if (forbidden !== 0) return forbidden;
    if (a.count !== b.count) return b.count - a.count;
    if (a.expect !== b.expect) return rank[a.expect] - rank[b.expect];
    return a.outcome < b.outcome ? -1 : a.outcome > b.outcome ? 1 : 0;
  });
