import { compareVersions } from '../interp/compareVersions.ts';
import type { DataRace } from '../results/dataRace.ts';
import type { KnownRace } from './knownRace.ts';

const inRange = (v: string, r: KnownRace['versions']) =>
  compareVersions(v, r.min) >= 0 && (r.below === undefined || compareVersions(v, r.below) < 0);

const fits = (pattern: string, fn: string): boolean => pattern === '*' || pattern === fn;

/** The known race a data race is, on an interpreter of `version`, if any (pure). Frames match in either order. */
export const matchKnownRace = (known: readonly KnownRace[], version: string, race: Pick<DataRace, 'kind' | 'accesses'>):
  KnownRace | undefined => {
  if (race.kind !== 'data race' || race.accesses.length !== 2) return undefined;
  const [a, b] = race.accesses.map((x) => x.blamed);
  return known.find((k) => inRange(version, k.versions)
    && ((fits(k.frames[0], a) && fits(k.frames[1], b)) || (fits(k.frames[0], b) && fits(k.frames[1], a))));
};
