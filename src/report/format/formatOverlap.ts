import type { Overlap } from '../../results/caseResult.ts';
import { formatCount } from './formatCount.ts';
import { formatPercent } from './formatPercent.ts';

/** 'overlap: 12.3 % of timed runs overlapped in time (123 / 1,000); 4.1 % of outcomes needed interleaving' */
export const formatOverlap = (o: Overlap): string => {
  const timed =
    o.timed === 0
      ? 'no timed runs'
      : `${formatPercent(o.overlapped / o.timed)} of timed runs overlapped in time (${formatCount(o.overlapped)} / ${formatCount(o.timed)})`;
  return `overlap: ${timed}; ${formatPercent(o.interleavedShare)} of outcomes needed interleaving`;
};
