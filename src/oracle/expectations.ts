import type { PyValue } from '../catalogue/pyValue.ts';
import type { Plan } from './plan.ts';
import type { Position, Reach } from './reachesOutcome.ts';
import { reachesOutcome } from './reachesOutcome.ts';
import type { Granularity, SearchSpace } from './searchSpace.ts';
import { searchSpace } from './searchSpace.ts';
import { serialOutcomes } from './serialOutcomes.ts';

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

/**
 * Work bound of one reachability question, in search points: far above what the suites' scenarios need
 * (bench: the heaviest drawn ones take a few thousand), low enough that a pathological one ends in seconds.
 */
export const MAX_SEARCH_NODES = 400_000;

export const expectationsOf = (plan: Plan): Expectations => {
  const spaces = new Map<Granularity, SearchSpace>();
  const memo = new Map<string, Reach>();
  const budgets = new Map<string, number>();
  return {
    plan,
    serial: serialOutcomes(plan),
    windows: plan.threads.flatMap((ops, t) => ops.flatMap((p, i): Position[] => (p.op.window ? [[t, i]] : []))),
    reaches: (outcomeJson, granularity, wildcard, maxNodes = MAX_SEARCH_NODES) => {
      const key = `${granularity}${wildcard ? `@${JSON.stringify(wildcard)}` : ''} ${outcomeJson}`;
      const known = memo.get(key);
      // 'unknown' holds only for the bound it was reached with: a larger bound asks again.
      if (known !== undefined && (known !== 'unknown' || (budgets.get(key) ?? 0) >= maxNodes)) return known;
      let space = spaces.get(granularity);
      if (!space) spaces.set(granularity, (space = searchSpace(plan, granularity)));
      const r = reachesOutcome(plan, space, JSON.parse(outcomeJson) as PyValue[][], { wildcard, maxNodes });
      memo.set(key, r);
      budgets.set(key, maxNodes);
      return r;
    },
  };
};
