import type { CaseResult, CaseStatus } from '../../results/caseResult.ts';

export type StatusCounts = Readonly<Record<CaseStatus, number>>;

/** How many cases ended in each status (every status present, zero when none). */
export const countStatuses = (cases: readonly Pick<CaseResult, 'status'>[]): StatusCounts => {
  const n: Record<CaseStatus, number> = {
    passed: 0, failed: 0, crashed: 0, hung: 0, error: 0, raced: 0, inconclusive: 0, known: 0,
  };
  for (const c of cases) n[c.status] += 1;
  return n;
};
