import type { Plan } from './plan.ts';
import { enumerateOutcomes } from './enumerateOutcomes.ts';
import { serialOutcomes } from './serialOutcomes.ts';

/** [thread, op] */
export type Position = readonly [number, number];

/** Everything the grader needs to know about a scenario, computed once from the models. */
export interface Expectations {
  readonly plan: Plan;
  /** Reachable when every operation takes effect at one point. */
  readonly atomic: ReadonlySet<string>;
  /** Reachable when operations run as CPython's steps, every result exact. */
  readonly split: ReadonlySet<string>;
  /** Positions of the reads checked against their windows (see WindowCheck), in thread order. */
  readonly windows: readonly Position[];
  /**
   * Reachable outcomes where some windowed read saw its container change: keyed by the outcome with the
   * windowed results masked, for each way to reach it what every windowed read may return.
   */
  readonly windowed: ReadonlyMap<string, readonly (readonly WindowEntry[])[]>;
  /** Reachable by running whole threads one after another. */
  readonly serial: ReadonlySet<string>;
}

export const MASK = '*';

/** The outcome with the results at `positions` replaced by MASK (never the final state). */
export const maskPositions = (outcome: readonly unknown[], positions: readonly Position[]): string =>
  JSON.stringify(outcome.map((r, t) => (t < outcome.length - 1
    ? (r as unknown[]).map((x, i) => (positions.some(([wt, wi]) => wt === t && wi === i) ? MASK : x)) : r)));

const windowPositions = (plan: Plan): Position[] =>
  plan.threads.flatMap((ops, t) => ops.flatMap((p, i): Position[] => (p.op.window ? [[t, i]] : [])));

/** A windowed read's entry in a way of reaching an outcome: its exact result, or the states its window saw. */
export type WindowEntry = { readonly exact: unknown } | { readonly states: readonly string[] };

const isWindow = (r: unknown): r is { w: string[] } =>
  typeof r === 'object' && r !== null && !Array.isArray(r) && 'w' in r;

export const expectationsOf = (plan: Plan): Expectations => {
  const atomic = enumerateOutcomes(plan, 'atomic');
  const split = enumerateOutcomes(plan, 'split');
  const windows = windowPositions(plan);
  const exact = new Set<string>();
  const windowed = new Map<string, (readonly WindowEntry[])[]>();
  for (const o of split.outcomes) {
    const parsed = JSON.parse(o) as unknown[][];
    const entries = windows.map(([t, i]): WindowEntry => {
      const r = parsed[t][i];
      return isWindow(r) ? { states: r.w } : { exact: r };
    });
    if (entries.every((w) => 'exact' in w)) exact.add(o);
    else {
      const key = maskPositions(parsed, windows);
      windowed.set(key, [...(windowed.get(key) ?? []), entries]);
    }
  }
  return { plan, atomic: atomic.outcomes, split: exact, windows, windowed, serial: serialOutcomes(plan) };
};
