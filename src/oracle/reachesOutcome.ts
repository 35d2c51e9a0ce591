import type { PyValue } from '../catalogue/pyValue.ts';
import type { ContainerState } from '../catalogue/operation.ts';
import { encodeState } from '../catalogue/encodeState.ts';
import type { Plan } from './plan.ts';
import type { Node, SearchSpace, Transition } from './searchSpace.ts';
import { nodeKey } from './searchSpace.ts';

/** [thread, op] */
export type Position = readonly [number, number];

/** Reached, shown unreachable, or undecided within the work bound. */
export type Reach = 'yes' | 'no' | 'unknown';

class OutOfBudget extends Error {}

/** A wildcard as a list of positions (one position, several, or none). */
export const wildPositions = (wildcard?: Position | readonly Position[]): readonly Position[] =>
  (wildcard === undefined ? [] : Array.isArray(wildcard[0]) ? wildcard as readonly Position[] : [wildcard as Position]);

/** The positions of the plan's windowed reads (checked against the states their window saw), in thread order. */
export const windowedPositions = (plan: Plan): Position[] =>
  plan.threads.flatMap((ops, t) => ops.flatMap((p, i): Position[] => (p.op.window ? [[t, i]] : [])));

/**
 * Whether some execution produces exactly this outcome ([[t0 results], ..., final state]): a depth-first
 * search that follows only the moves whose results agree with the outcome (a windowed read's with its
 * window check), memoising the points it has shown cannot reach it, with few thread switches first. `wildcard` accepts any result at
 * that position (to find which operation to blame). Past `maxNodes` points it answers 'unknown' rather
 * than run on (the linearizability checkers' way out).
 */
export const reachesOutcome = (plan: Plan, space: SearchSpace, outcome: readonly PyValue[][],
  { wildcard, maxNodes = Infinity }: { wildcard?: Position | readonly Position[]; maxNodes?: number } = {}): Reach => {
  const wild = wildPositions(wildcard);
  const n = plan.threads.length;
  const expected = outcome.slice(0, n).map((rs) => rs.map((r) => JSON.stringify(r)));
  const finalKey = JSON.stringify(outcome[n]);
  // Per point, the largest preemption bound under which it has been shown not to reach the outcome.
  const deadUnder = new Map<string, number>();
  let visited = 0;

  const finalHere = (node: Node) => JSON.stringify(encodeState(plan.container, node.state)) === finalKey;
  const agrees = (node: Node, m: Transition): boolean => {
    if (!m.done) return true;
    const i = node.op[m.t];
    if (wild.some((w) => w[0] === m.t && w[1] === i)) return true;
    const p = plan.threads[m.t][i];
    return m.window ? p.op.window!(outcome[m.t][i], m.window.map((s) => JSON.parse(s) as ContainerState), p.args)
      : JSON.stringify(m.result ?? null) === expected[m.t][i];
  };

  // `preemptions`: how many more times the search may switch away from a thread that could go on (context
  // bounding, as CHESS does): most outcomes need few, so bounds 0, 1, 2 are tried before the full search.
  const visit = (node: Node, last: number, preemptions: number): boolean => {
    if (space.finished(node)) return finalHere(node);
    // Nobody writes any more: the state now is the final one, or this path cannot give the outcome.
    if (space.settled(node) && !finalHere(node)) return false;
    const key = nodeKey(node);
    if ((deadUnder.get(key) ?? -1) >= preemptions) return false;
    if (++visited > maxNodes) throw new OutOfBudget();
    const moves = space.moves(node);
    const lastCanGoOn = moves.some((m) => m.t === last);
    for (const m of lastCanGoOn ? [...moves.filter((x) => x.t === last), ...moves.filter((x) => x.t !== last)] : moves) {
      const cost = lastCanGoOn && m.t !== last ? 1 : 0;
      if (cost > preemptions || !agrees(node, m)) continue;
      if (visit(m.next, m.t, preemptions - cost)) return true;
    }
    deadUnder.set(key, preemptions);
    return false;
  };

  try {
    for (const bound of [0, 1, 2]) if (visit(space.initial, -1, bound)) return 'yes';
    return visit(space.initial, -1, Infinity) ? 'yes' : 'no';
  } catch (e) {
    if (e instanceof OutOfBudget) return 'unknown';
    throw e;
  }
};
