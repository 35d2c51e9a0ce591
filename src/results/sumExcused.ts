import type { Excused } from './caseResult.ts';

/** What each known issue excused, summed per issue (in order of first appearance); pure. */
export const sumExcused = (all: readonly Excused[]): readonly Excused[] => {
  const by = new Map<string, Excused>();
  for (const e of all) {
    const was = by.get(e.issue);
    by.set(e.issue, was ? { issue: e.issue, runs: was.runs + e.runs, programs: was.programs + e.programs } : e);
  }
  return [...by.values()];
};
