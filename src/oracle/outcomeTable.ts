import type { ContainerState } from '../catalogue/operation.ts';
import type { PyValue } from '../catalogue/pyValue.ts';
import { enumerateOutcomes } from './enumerateOutcomes.ts';
import type { Plan } from './plan.ts';
import { windowedPositions } from './reachesOutcome.ts';
import type { Granularity } from './searchSpace.ts';

/**
 * What the enumeration may hold, summed over its points (each keeps the outcomes that can follow it). The
 * heaviest planted bug's scenario (3 threads, list writers made of staged slot stores) held 2.4 million in 288,324
 * points, in about 600 MB for the whole case.
 */
const TABLE_SUFFIXES = 4_000_000;

/** Every outcome of a plan, enumerated once, asked outcome by outcome. */
export interface OutcomeTable {
  /**
   * Whether some interleaving gives this outcome ([[t0 results], ..., final state], parsed), with any result
   * at the `wild` positions ([thread, op]: how blame finds the culprit).
   */
  readonly has: (outcome: readonly PyValue[][], wild?: readonly (readonly [number, number])[]) => boolean;
  /** Search nodes the enumeration explored. */
  readonly nodes: number;
}

/** A result as enumerated: its JSON, or (a windowed read that saw several states) the states' JSON. */
type Result = string | { readonly w: readonly string[] };

interface Entry {
  /** Per windowed position (in thread order): the result there. */
  readonly windows: readonly Result[];
  /** Every result, per thread (for a wildcard question, which scans them all). */
  readonly results: readonly (readonly Result[])[];
  readonly final: string;
}

const isWindow = (v: unknown): v is { w: string[] } =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Array.isArray((v as { w?: unknown }).w);

/**
 * All of a plan's outcomes in one enumeration (enumerateOutcomes), for a scenario whose programs show many
 * distinct outcomes: each is then a lookup instead of a search of its own (a planted bug's scenario gave
 * hundreds, each one a full search to show it FORBIDDEN). A windowed read's result is checked as
 * reachesOutcome checks it: exactly when its window saw one state, else by its operation's window check
 * against the states seen. undefined when the enumeration would pass `maxNodes` points or TABLE_SUFFIXES
 * (the caller then asks outcome by outcome).
 */
export const outcomeTable = (plan: Plan, granularity: Granularity, maxNodes: number): OutcomeTable | undefined => {
  const all = enumerateOutcomes(plan, granularity, maxNodes, TABLE_SUFFIXES);
  if (all.truncated) return undefined;
  const n = plan.threads.length;
  const windowed = windowedPositions(plan);
  const isWindowed = (t: number, i: number) => windowed.some(([u, j]) => u === t && j === i);
  // Keyed by everything but the windowed positions' results; those are checked per entry.
  const keyOf = (results: readonly (readonly unknown[])[], final: string): string =>
    `${results.map((rs, t) => rs.map((r, i) => (isWindowed(t, i) ? '_' : JSON.stringify(r))).join(',')).join('|')}#${final}`;
  const table = new Map<string, Entry[]>();
  const entries: Entry[] = [];
  for (const json of all.outcomes) {
    const parsed = JSON.parse(json) as unknown[][];
    const final = JSON.stringify(parsed[n]);
    const results = parsed.slice(0, n).map((rs) => rs.map((r): Result => (isWindow(r) ? { w: r.w } : JSON.stringify(r))));
    const entry: Entry = { windows: windowed.map(([t, i]) => results[t][i]), results, final };
    entries.push(entry);
    const key = keyOf(parsed.slice(0, n), final);
    const list = table.get(key);
    if (list) list.push(entry); else table.set(key, [entry]);
  }
  const agrees = (outcome: readonly PyValue[][], t: number, i: number, x: Result): boolean => {
    if (typeof x === 'string') return x === JSON.stringify(outcome[t][i]);
    const p = plan.threads[t][i];
    return p.op.window!(outcome[t][i], x.w.map((s) => JSON.parse(s) as ContainerState), p.args);
  };
  return {
    nodes: all.nodes,
    has: (outcome, wild = []) => {
      if (wild.length === 0) {
        return (table.get(keyOf(outcome.slice(0, n), JSON.stringify(outcome[n]))) ?? [])
          .some((e) => e.windows.every((x, k) => agrees(outcome, windowed[k][0], windowed[k][1], x)));
      }
      const final = JSON.stringify(outcome[n]);
      const isWild = (t: number, i: number) => wild.some(([u, j]) => u === t && j === i);
      return entries.some((e) => e.final === final
        && e.results.every((rs, t) => rs.every((x, i) => isWild(t, i) || agrees(outcome, t, i, x))));
    },
  };
};
