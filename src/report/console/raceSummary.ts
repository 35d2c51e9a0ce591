import type { RunSummary } from '../../results/caseResult.ts';
import type { DataRace } from '../../results/dataRace.ts';

/** One distinct race of a whole run: merged over the cases that reported it. */
export interface RunRace {
  readonly race: DataRace;
  /** Names of the cases that reported it, in run order. */
  readonly cases: readonly string[];
  /** Reports with this key, over every case. */
  readonly reports: number;
}

/** Every distinct race of a run (deduplicated by the pair of blamed frames), new ones first (pure). */
export const raceSummary = (summary: Pick<RunSummary, 'cases'>): RunRace[] => {
  const byKey = new Map<string, { race: DataRace; cases: string[]; reports: number }>();
  for (const c of summary.cases) {
    for (const r of c.races ?? []) {
      const seen = byKey.get(r.key) ?? { race: r, cases: [], reports: 0 };
      seen.cases.push(c.name);
      seen.reports += r.reports;
      byKey.set(r.key, seen);
    }
  }
  return [...byKey.values()].sort((a, b) => Number(!!a.race.known) - Number(!!b.race.known));
};
