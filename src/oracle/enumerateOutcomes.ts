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

/**
 * What happens from a point on: each thread's remaining results and the final state, as interned ids (a node's
 * suffixes are built from its successors' by prepending one result: ids keep that from copying strings).
 */
interface Suffix {
  readonly lists: readonly number[];
  readonly final: number;
}

class Truncated extends Error {}

/** Strings by id, each once. */
const interner = () => {
  const ids = new Map<string, number>();
  const texts: string[] = [];
  return {
    id: (text: string): number => {
      let id = ids.get(text);
      if (id === undefined) ids.set(text, (id = texts.push(text) - 1));
      return id;
    },
    text: (id: number): string => texts[id],
  };
};

/**
 * Every outcome any interleaving of the threads' steps can produce, by depth-first search with
 * memoisation on the whole search node: interleavings that reach the same point share the work below it.
 * The full set can be large; grading checks single outcomes with reachesOutcome (or, once one needed the
 * whole space, with an outcomeTable built from this), and callers bound the work with `maxNodes`.
 */
export const enumerateOutcomes = (plan: Plan, granularity: Granularity, maxNodes = Infinity,
  maxSuffixes = Infinity): Reachable => {
  const space = searchSpace(plan, granularity);
  const memo = new Map<string, readonly Suffix[]>();
  // A thread's results from a point on: "r1,r2," as an id; 0 is none. Final states by id.
  const lists = interner();
  const empty = lists.id('');
  const cons = new Map<string, number>();
  const prepend = (head: string, rest: number): number => {
    const key = `${head}\u0000${rest}`;
    let id = cons.get(key);
    if (id === undefined) cons.set(key, (id = lists.id(`${head},${lists.text(rest)}`)));
    return id;
  };
  const finals = interner();
  let nodes = 0, deadlocks = 0, suffixes = 0;

  const visit = (node: Node): readonly Suffix[] => {
    const key = nodeKey(node);
    const hit = memo.get(key);
    if (hit) return hit;
    if (++nodes > maxNodes) throw new Truncated();
    let result: readonly Suffix[];
    if (space.finished(node)) {
      result = [{ lists: plan.threads.map(() => empty), final: finals.id(JSON.stringify(encodeState(plan.container, node.state))) }];
    } else {
      const moves = space.moves(node);
      if (moves.length === 0) deadlocks++;
      const out = new Map<string, Suffix>();
      for (const m of moves) {
        const head = m.done ? JSON.stringify(m.window ? { w: m.window } : m.result ?? null) : undefined;
        for (const suffix of visit(m.next)) {
          const ids = head === undefined ? suffix.lists : suffix.lists.map((l, u) => (u === m.t ? prepend(head, l) : l));
          const k = `${ids.join(',')}#${suffix.final}`;
          if (!out.has(k)) out.set(k, { lists: ids, final: suffix.final });
        }
      }
      result = [...out.values()];
      // Each node keeps what can happen from it on: a space of few points can still hold too many outcomes.
      if ((suffixes += result.length) > maxSuffixes) throw new Truncated();
    }
    memo.set(key, result);
    return result;
  };

  try {
    const all = visit(space.initial);
    const outcomes = new Set(all.map((s) =>
      `[${s.lists.map((l) => `[${lists.text(l).replace(/,$/, '')}]`).join(',')},${finals.text(s.final)}]`));
    return { outcomes, nodes, deadlocks, truncated: false };
  } catch (e) {
    if (e instanceof Truncated) return { outcomes: new Set(), nodes, deadlocks, truncated: true };
    throw e;
  }
};
