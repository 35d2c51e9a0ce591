import type { DataRace, RaceAccess } from '../results/dataRace.ts';
import type { Scenario } from '../scenario/scenario.ts';
import { blameFrame } from './blameFrame.ts';
import type { PlacedReport } from './placeReports.ts';
import { raceKey } from './raceKey.ts';
import type { TsanFrame } from './tsanReport.ts';

/** Frames shown per access: enough to see the CPython functions above the blamed one. */
const TOP_FRAMES = 6;

const frameText = (f: TsanFrame): string =>
  `${f.fn}${f.file ? ` ${f.file}${f.line !== undefined ? `:${f.line}` : ''}` : ''}`;

const access = (p: PlacedReport, i: number): RaceAccess => {
  const a = p.report.accesses[i];
  const worker = p.workers[i];
  return {
    what: `${a.previous ? 'Previous ' : ''}${a.previous ? a.kind.toLowerCase() : a.kind} of size ${a.size}`,
    thread: a.thread,
    ...(worker !== undefined ? { worker } : {}),
    ...(a.mutexes ? { mutexes: a.mutexes } : {}),
    blamed: blameFrame(a.frames)?.fn ?? '?',
    frames: a.frames.slice(0, TOP_FRAMES).map(frameText),
  };
};

/**
 * The distinct races among one scenario's reports (pure): one DataRace per key (the pair of blamed
 * frames), from its first report, counting how many reports had that key.
 */
export const dataRaces = (scenario: Scenario, placed: readonly PlacedReport[]): DataRace[] => {
  const byKey = new Map<string, { race: DataRace; reports: number }>();
  for (const p of placed) {
    const key = raceKey(p.report);
    const seen = byKey.get(key);
    if (seen) { seen.reports++; continue; }
    byKey.set(key, {
      reports: 1,
      race: {
        key, kind: p.report.kind, accesses: p.report.accesses.map((_, i) => access(p, i)),
        ...(p.report.location !== undefined ? { location: p.report.location } : {}),
        scenario, reports: 1, report: p.report.text,
      },
    });
  }
  return [...byKey.values()].map(({ race, reports }) => ({ ...race, reports }));
};

/** Races of several scenarios (or cases) merged by key, first seen first, report counts summed (pure). */
export const mergeRaces = (lists: readonly (readonly DataRace[])[]): DataRace[] => {
  const byKey = new Map<string, DataRace>();
  for (const r of lists.flat()) {
    const seen = byKey.get(r.key);
    byKey.set(r.key, seen ? { ...seen, reports: seen.reports + r.reports, known: seen.known ?? r.known } : r);
  }
  return [...byKey.values()];
};
