import type { PyValue } from '../catalogue/pyValue.ts';
import type { Plan } from './plan.ts';
import type { Position, Reach } from './reachesOutcome.ts';
import { reachesOutcome, wildPositions, windowedPositions } from './reachesOutcome.ts';
import type { Granularity, SearchSpace } from './searchSpace.ts';
import { searchSpace } from './searchSpace.ts';
import { outcomeTable, type OutcomeTable } from './outcomeTable.ts';
import { serialOutcomes } from './serialOutcomes.ts';
import { MAX_SEARCH_NODES } from './maxSearchNodes.ts';

export type { Position } from './reachesOutcome.ts';

/** Everything the grader needs to know about a scenario, from the models; reachability is memoised. */
export interface Expectations {
  readonly plan: Plan;
  /** Reachable by running whole threads one after another. */
  readonly serial: ReadonlySet<string>;
  /** Positions of the reads checked against their windows (see WindowCheck), in thread order. */
  readonly windows: readonly Position[];
  /**
   * Whether some execution gives this outcome (canonical JSON): 'atomic' with every operation at one
   * point (a serial order), 'split' as CPython's steps interleave; `wildcard` accepts any result there.
   */
  readonly reaches: (outcomeJson: string, granularity: Granularity, wildcard?: Position | readonly Position[], maxNodes?: number) => Reach;
}

export const expectationsOf = (plan: Plan): Expectations => {
  const spaces = new Map<Granularity, SearchSpace>();
  const memo = new Map<string, Reach>();
  const budgets = new Map<string, number>();
  // Once a search of a granularity has not found its outcome (it walked the whole space, or gave up), the next
  // question enumerates every outcome at once (outcomeTable), as costly as that one search was: most scenarios
  // show a handful of outcomes, each found in a few steps, but a broken interpreter shows hundreds, each one a
  // full search to prove FORBIDDEN (a planted bug's case took 360 s on a busy machine, nearly all of it here).
  // null: the enumeration would pass the oracle's bound, and each outcome is searched on its own.
  const walked = new Set<Granularity>();
  const tables = new Map<Granularity, OutcomeTable | null>();
  const tableOf = (granularity: Granularity): OutcomeTable | undefined => {
    if (!walked.has(granularity)) return undefined;
    if (!tables.has(granularity)) tables.set(granularity, outcomeTable(plan, granularity, MAX_SEARCH_NODES) ?? null);
    return tables.get(granularity) ?? undefined;
  };
  return {
    plan,
    serial: serialOutcomes(plan),
    windows: windowedPositions(plan),
    reaches: (outcomeJson, granularity, wildcard, maxNodes = MAX_SEARCH_NODES) => {
      const key = `${granularity}${wildcard ? `@${JSON.stringify(wildcard)}` : ''} ${outcomeJson}`;
      const known = memo.get(key);
      // 'unknown' holds only for the bound it was reached with: a larger bound asks again.
      if (known !== undefined && (known !== 'unknown' || (budgets.get(key) ?? 0) >= maxNodes)) return known;
      // A complete enumeration answers any outcome exactly, whatever bound the caller asked for.
      const table = tableOf(granularity);
      if (table) {
        const r: Reach = table.has(JSON.parse(outcomeJson) as PyValue[][], wildPositions(wildcard)) ? 'yes' : 'no';
        memo.set(key, r);
        budgets.set(key, Infinity);
        return r;
      }
      let space = spaces.get(granularity);
      if (!space) spaces.set(granularity, (space = searchSpace(plan, granularity)));
      const r = reachesOutcome(plan, space, JSON.parse(outcomeJson) as PyValue[][], { wildcard, maxNodes });
      // An outcome not found in a space past the oracle's bound: enumerating all of it would pass the bound too.
      if (r === 'no' || (r === 'unknown' && maxNodes < MAX_SEARCH_NODES)) walked.add(granularity);
      memo.set(key, r);
      budgets.set(key, maxNodes);
      return r;
    },
  };
};
