import type { CaseResult, Overlap } from '../../results/caseResult.ts';

/** The overlap of several cases together: timed runs summed, the interleaved share weighted by runs. */
export const mergeOverlap = (cases: readonly Pick<CaseResult, 'overlap' | 'runs'>[]): Overlap => {
  const runs = cases.reduce((n, c) => n + c.runs, 0);
  return {
    timed: cases.reduce((n, c) => n + c.overlap.timed, 0),
    overlapped: cases.reduce((n, c) => n + c.overlap.overlapped, 0),
    interleavedShare: runs === 0 ? 0 : cases.reduce((n, c) => n + c.overlap.interleavedShare * c.runs, 0) / runs,
  };
};
