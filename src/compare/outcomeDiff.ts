import type { GradedOutcome } from '../results/caseResult.ts';

const ORDER: Record<GradedOutcome['expect'], number> = { FORBIDDEN: 0, UNDECIDED: 1, ACCEPTABLE_INTERESTING: 2, ACCEPTABLE: 3 };

/** Outcomes in `mine` that `theirs` never showed, worst grade first, then most frequent (pure). */
export const outcomesOnlyIn = (mine: readonly GradedOutcome[], theirs: readonly GradedOutcome[]): GradedOutcome[] => {
  const seen = new Set(theirs.map((g) => g.outcome));
  return mine.filter((g) => !seen.has(g.outcome)).sort((x, y) => ORDER[x.expect] - ORDER[y.expect] || y.count - x.count);
};
