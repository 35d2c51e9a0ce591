import { sumExcused } from '../results/sumExcused.ts';
import type { CaseResult, DrawRecord, GilDifferential } from '../results/caseResult.ts';
import { worstStatus } from '../engine/worstStatus.ts';
import { mergeRaces } from '../tsan/dataRaces.ts';

// summarizeProperty ends every message with the case's counts; a merged case counts all its parts.
const COUNTS = / \(\d+ scenarios, \d+ runs\)$/;

const firstDraw = (c: CaseResult): number => c.draws?.[0]?.draw ?? Infinity;
/** The run index a counterexample was shrunk from: the first number of its replay path. */
const failedDraw = (c: CaseResult): number => (c.path === '' ? Infinity : Number(c.path.split(':')[0]));

const mergeGil = (parts: readonly CaseResult[]): GilDifferential | undefined => {
  const gil = parts.flatMap((p) => (p.gilDifferential ? [p.gilDifferential] : []));
  if (gil.length === 0) return undefined;
  return {
    runsWithGil: gil.reduce((a, g) => a + g.runsWithGil, 0),
    distinct: gil.reduce((a, g) => a + g.distinct, 0),
    // Each part keeps its 10 most frequent; the 10 most frequent of all are among them.
    onlyWithoutGil: gil.flatMap((g) => g.onlyWithoutGil).sort((a, b) => b.count - a.count).slice(0, 10),
  };
};

/**
 * One case from the parts that shards ran of it (each with `draws`), as the unsharded run would have
 * summarised it (see summarizeProperty): the worst status of every draw; the counterexample shrunk
 * from the earliest failing draw, which fast-check would have met first; otherwise the most telling
 * draw as representative. Pure; parts of one case only (same name).
 */
export const mergeCases = (parts: readonly CaseResult[]): CaseResult => {
  if (parts.length === 0) throw new Error('mergeCases: no parts');
  if (parts.length === 1) return parts[0];
  const sorted = [...parts].sort((a, b) => firstDraw(a) - firstDraw(b));
  const draws: DrawRecord[] = sorted.flatMap((p) => p.draws ?? []).sort((a, b) => a.draw - b.draw);
  const partOf = (d: DrawRecord): CaseResult => sorted.find((p) => p.draws?.includes(d))!;
  const failing = sorted.filter((p) => p.path !== '').sort((a, b) => failedDraw(a) - failedDraw(b))[0];
  const status = worstStatus([...draws.map((d) => d.status), ...(failing ? [failing.status] : [])]);
  const best = [...draws].sort((a, b) => b.interesting - a.interesting || b.outcomes - a.outcomes || a.draw - b.draw)[0];
  const rep = failing ?? (best ? partOf(best) : sorted[0]);
  const firstOfStatus = draws.find((d) => d.status === status) ?? best;
  const message = failing ? failing.message.replace(COUNTS, '') : firstOfStatus?.message ?? rep.message.replace(COUNTS, '');
  const runs = sorted.reduce((a, p) => a + p.runs, 0);
  const interleaved = sorted.reduce((a, p) => a + p.overlap.interleavedShare * p.runs, 0);
  const firstKnown = draws.find((d) => d.status === 'known');
  const known = firstKnown ? partOf(firstKnown) : undefined;
  const gil = mergeGil(sorted);
  const excused = sumExcused(sorted.flatMap((p) => p.excused ?? []));
  // ThreadSanitizer builds: every part's races, deduplicated by their pair of frames, the counterexample's first.
  const races = mergeRaces([...(failing ? [failing] : []), ...sorted.filter((p) => p !== failing)].map((p) => p.races ?? []));
  return {
    ...rep,
    status,
    message: `${message} (${draws.length} scenarios, ${runs} runs)`,
    runs,
    overlap: {
      timed: sorted.reduce((a, p) => a + p.overlap.timed, 0),
      overlapped: sorted.reduce((a, p) => a + p.overlap.overlapped, 0),
      interleavedShare: runs ? interleaved / runs : 0,
    },
    broken: (failing ?? known)?.broken,
    knownIssue: known?.knownIssue,
    ...(excused.length > 0 ? { excused } : { excused: undefined }),
    signal: failing?.signal,
    traceback: failing?.traceback,
    nativeStacks: failing?.nativeStacks,
    stacksNote: failing?.stacksNote,
    reproducer: failing?.reproducer,
    reproduced: failing?.reproduced,
    durationMs: sorted.reduce((a, p) => a + p.durationMs, 0),
    ...(sorted.some((p) => p.oracleMs !== undefined) ? { oracleMs: sorted.reduce((a, p) => a + (p.oracleMs ?? 0), 0) } : {}),
    ...(gil ? { gilDifferential: gil } : { gilDifferential: undefined }),
    ...(races.length > 0 ? { races } : { races: undefined }),
    draws,
  };
};
