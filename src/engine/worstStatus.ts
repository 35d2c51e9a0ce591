import type { CaseStatus } from '../results/caseResult.ts';

const RANK: Record<CaseStatus, number> = { crashed: 7, hung: 6, error: 5, failed: 4, raced: 3, known: 2, inconclusive: 1, passed: 0 };

export const worstStatus = (statuses: readonly CaseStatus[]): CaseStatus =>
  statuses.reduce<CaseStatus>((w, s) => (RANK[s] > RANK[w] ? s : w), 'passed');

/** A finding: something that makes the run fail (as opposed to passed / inconclusive / known). */
export const isFinding = (s: CaseStatus): boolean => RANK[s] >= RANK.raced;
