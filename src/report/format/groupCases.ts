import type { CaseResult, Overlap, RunSummary } from '../../results/caseResult.ts';
import type { InterpInfo } from '../../results/interpInfo.ts';
import { countStatuses, type StatusCounts } from './countStatuses.ts';
import { interpName } from './interpName.ts';
import { mergeOverlap } from './mergeOverlap.ts';

/** The cases of one suite on one interpreter, with their totals. */
export interface CaseGroup {
  readonly suite: string;
  readonly interp: InterpInfo;
  /** interpName(interp): unique per interpreter and settings. */
  readonly interpName: string;
  readonly cases: readonly CaseResult[];
  readonly counts: StatusCounts;
  readonly runs: number;
  readonly overlap: Overlap;
  readonly durationMs: number;
}

/**
 * Groups a run's cases by (interpreter × suite): interpreters in the order of summary.interps,
 * suites in the order they first appear; cases keep their order.
 */
export const groupCases = (summary: RunSummary): readonly CaseGroup[] => {
  const order = new Map<string, number>();
  summary.interps.forEach((i) => order.has(interpName(i)) || order.set(interpName(i), order.size));
  const suites = new Map<string, number>();
  const groups = new Map<string, { suite: string; interp: InterpInfo; cases: CaseResult[] }>();
  for (const c of summary.cases) {
    const name = interpName(c.interp);
    if (!order.has(name)) order.set(name, order.size);
    if (!suites.has(c.suite)) suites.set(c.suite, suites.size);
    const key = JSON.stringify([name, c.suite]);
    const g = groups.get(key) ?? { suite: c.suite, interp: c.interp, cases: [] };
    g.cases.push(c);
    groups.set(key, g);
  }
  return [...groups.values()]
    .map((g) => ({
      ...g,
      interpName: interpName(g.interp),
      counts: countStatuses(g.cases),
      runs: g.cases.reduce((n, c) => n + c.runs, 0),
      overlap: mergeOverlap(g.cases),
      durationMs: g.cases.reduce((n, c) => n + c.durationMs, 0),
    }))
    .sort(
      (a, b) =>
        order.get(a.interpName)! - order.get(b.interpName)! || suites.get(a.suite)! - suites.get(b.suite)!,
    );
};
