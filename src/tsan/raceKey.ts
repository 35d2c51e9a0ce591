import { blameFrame } from './blameFrame.ts';
import type { TsanReport } from './tsanReport.ts';

/** Stands for an access whose stack TSAN could not restore. */
export const UNKNOWN_FRAME = '?';

/** The blamed function of each access, in report order (current, previous). */
export const raceFrames = (r: TsanReport): string[] => r.accesses.map((a) => blameFrame(a.frames)?.fn ?? UNKNOWN_FRAME);

/**
 * What makes two reports the same race: the pair of blamed functions, in either order (a write racing a
 * read is the same bug as that read racing that write), plus the kind when it is not a plain data race.
 * e.g. 'list_ass_slice_lock_held ⟷ list_get_item_ref'.
 */
export const raceKey = (r: TsanReport): string => {
  const pair = [...raceFrames(r)].sort().join(' ⟷ ');
  return r.kind === 'data race' ? pair : `${r.kind}: ${pair}`;
};
