import type { RaceAccess } from '../../results/dataRace.ts';
import type { Scenario } from '../../scenario/scenario.ts';
import { formatCall } from './formatCall.ts';

/**
 * Who made an access, in the scenario's terms: 't1 (TSAN T4) running list.append(1); list.pop()', or the
 * harness's main thread (it builds the containers and reads their final states between runs).
 */
export const raceThreadOps = (a: RaceAccess, s: Scenario): string => {
  if (a.worker === 'main') return `main thread (ftconform's harness: builds containers, reads final states)`;
  if (a.worker === undefined) return `thread ${a.thread} (not one of the scenario's threads, or not marked)`;
  const ops = s.threads[a.worker] ?? [];
  return `t${a.worker} (TSAN ${a.thread}) running ${ops.map(formatCall).join('; ') || '(no operations)'}`;
};
