import type { DataRace } from '../../results/dataRace.ts';
import { formatCount } from './formatCount.ts';
import { formatInitial } from './formatInitial.ts';
import { formatLock } from './formatLock.ts';
import { raceThreadOps } from './raceThreadOps.ts';

/** One race: its key and status, then each access (what, which thread doing which operations, top frames). */
export const formatRace = (r: DataRace, indent = '  '): string[] => {
  const I = indent;
  const head = r.known ? `KNOWN ${r.known.id} (${r.known.url})` : 'NEW';
  const s = r.scenario;
  return [
    `${I}${head}  ${r.kind}: ${r.key}  (${formatCount(r.reports)} report${r.reports === 1 ? '' : 's'})`,
    ...r.accesses.flatMap((a) => [
      `${I}  ${a.what} by ${raceThreadOps(a, s)}${a.mutexes ? ` [mutexes: ${a.mutexes}]` : ''}`,
      ...(a.frames.length > 0 ? a.frames.map((f) => `${I}      ${f}`) : [`${I}      (stack not restored by TSAN)`]),
    ]),
    ...(r.location ? [`${I}  location: ${r.location}`] : []),
    `${I}  scenario: ${s.container}, initial ${formatInitial(s.container, s.initial)}, lock: ${formatLock(s.lock)}`,
  ];
};

/** The console block for a case's data races (empty when it has none). */
export const formatRaces = (races: readonly DataRace[] | undefined, indent = '  '): string[] =>
  !races || races.length === 0 ? [] : [
    `data races (ThreadSanitizer), ${races.length} distinct:`,
    ...races.flatMap((r) => formatRace(r, indent)),
  ];
