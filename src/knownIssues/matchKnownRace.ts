import { compareVersions } from '../catalogue/compareVersions.ts';
import type { DataRace } from '../results/dataRace.ts';
import { UNKNOWN_FRAME } from '../tsan/raceKey.ts';
import type { KnownRace } from './knownRace.ts';

const inRange = (v: string, r: KnownRace['versions']) =>
  compareVersions(v, r.min) >= 0 && (r.below === undefined || compareVersions(v, r.below) < 0);

const fits = (pattern: string, fn: string): boolean => pattern === '*' || pattern === fn;

/**
 * The known race a data race is, on an interpreter of `version`, if any (pure). Frames match in either
 * order. When TSAN could not restore one of the two stacks ('?'), the restored frame decides alone, and
 * only if exactly one known race of the version names it (list_get_item_ref, the reader of every known
 * list race, identifies none; reverse_slice identifies one).
 */
export const matchKnownRace = (known: readonly KnownRace[], version: string, race: Pick<DataRace, 'kind' | 'accesses'>):
  KnownRace | undefined => {
  if (race.kind !== 'data race' || race.accesses.length !== 2) return undefined;
  const [a, b] = race.accesses.map((x) => x.blamed);
  const here = known.filter((k) => inRange(version, k.versions));
  if ((a === UNKNOWN_FRAME) !== (b === UNKNOWN_FRAME)) {
    const restored = a === UNKNOWN_FRAME ? b : a;
    const named = here.filter((k) => k.frames.includes(restored));
    return named.length === 1 ? named[0] : undefined;
  }
  return here.find((k) => (fits(k.frames[0], a) && fits(k.frames[1], b)) || (fits(k.frames[0], b) && fits(k.frames[1], a)));
};
