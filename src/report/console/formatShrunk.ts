import type { CaseResult } from '../../results/caseResult.ts';
import { formatCount } from '../format/formatCount.ts';
import { formatSeconds } from '../format/formatSeconds.ts';
import { statusLabel } from '../format/statusLabel.ts';

const ops = (c: { scenario: CaseResult['scenario'] }) => c.scenario.threads.flat().length;

/** One console line the moment the shrunk reproducer is written, before the case's full report. */
export const formatShrunk = (c: CaseResult): string => {
  const from = c.firstSight ? ` (first seen with ${ops(c.firstSight)})` : '';
  // A replay (--path) does not shrink: its reproducer is the scenario replayed.
  const how = !c.shrink ? 'reproducer' : c.shrink.stopped ? `shrinking stopped after ${formatSeconds(c.shrink.ms)}` : 'shrunk';
  const rate = c.reproduced ? ` (reproduced ${formatCount(c.reproduced.hits)} / ${formatCount(c.reproduced.tries)} runs)` : '';
  return `${statusLabel(c.status)} (${how}, after ${formatSeconds(c.durationMs)}) ${c.property}: ${ops(c)} operations${from}; `
    + `reproducer ${c.reproducer ?? '(none)'}${rate}`;
};
