import type { CaseResult } from '../results/caseResult.ts';

/**
 * The case recorded at first sight. Its own record supersedes it when the case ends; this one is read
 * only when the run stopped before, so its message says what became of it.
 */
export const sightRecord = (provisional: CaseResult): CaseResult => ({
  ...provisional,
  message: `${provisional.message}; first sight only: the run stopped before it was shrunk`,
});
