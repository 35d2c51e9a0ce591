import { encodeState } from '../catalogue/encodeState.ts';
import type { Plan } from './plan.ts';
import type { Granularity, Node } from './searchSpace.ts';
import { nodeKey, searchSpace } from './searchSpace.ts';

export type { Granularity } from './searchSpace.ts';

export interface Reachable {
  /**
   * Canonical JSON of [[t0 results], ..., final state] for every reachable outcome. In 'split', the result
   * of a windowed read whose window saw more than one state is {"w": [JSON of each state, sorted]}.
   */
  readonly outcomes: ReadonlySet<string>;
  /** Search nodes explored after memoisation (a measure of work). */
  readonly nodes: number;
  /** Points where every unfinished thread waited for another: a model bug when not 0. */
  readonly deadlocks: number;
  /** The enumeration stopped at `maxNodes`: `outcomes` is incomplete. */
  readonly truncated: boolean;
}

/** What happens from a point on: each thread's remaining results (as JSON) and the final state. */
interface Suffix {
  readonly keys: readonly string[];
  readonly finalKey: string;
}

class Truncated extends Error {}

/**
 * Every outcome any interleaving of the threads' steps can produce, by depth-first search with
 * memoisation on the whole search node: interleavings that reach the same point share the work below it.
 * The full set can be large; grading checks single outcomes with reachesOutcome instead, and callers
 * that want the set (reproducers, tests) bound the work with `maxNodes`.
 */
export const enumerateOutcomes = (plan: Plan, granularity: Granularity, maxNodes = Infinity): Reachable => {
  const space = searchSpace(plan, granularity);
  const memo = new Map<string, readonly Suffix[]>();
  let nodes = 0, deadlocks = 0;

  const visit = (node: Node): readonly Suffix[] => {
    const key = nodeKey(node);
    const hit = memo.get(key);
    if (hit) return hit;
    if (++nodes > maxNodes) throw new Truncated();
    let result: readonly Suffix[];
    if (space.finished(node)) {
      result = [{ keys: plan.threads.map(() => ''), finalKey: JSON.stringify(encodeState(plan.container, node.state)) }];
    } else {
      const moves = space.moves(node);
      if (moves.length === 0) deadlocks++;
      const out = new Map<string, Suffix>();
      for (const m of moves) {
        const head = m.done ? `${JSON.stringify(m.window ? { w: m.window } : m.result ?? null)},` : '';
        for (const suffix of visit(m.next)) {
          const keys = m.done ? suffix.keys.map((k, u) => (u === m.t ? head + k : k)) : suffix.keys;
          const k = `${keys.join('|')}#${suffix.finalKey}`;
          if (!out.has(k)) out.set(k, { keys, finalKey: suffix.finalKey });
        }
      }
      result = [...out.values()];
    }
    memo.set(key, result);
    return result;
  };

  try {
    const suffixes = visit(space.initial);
    const outcomes = new Set(suffixes.map((s) => `[${s.keys.map((k) => `[${k.replace(/,$/, '')}]`).join(',')},${s.finalKey}]`));
    return { outcomes, nodes, deadlocks, truncated: false };
  } catch (e) {
    if (e instanceof Truncated) return { outcomes: new Set(), nodes, deadlocks, truncated: true };
    throw e;
  }
};
