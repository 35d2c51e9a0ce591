import type { PyValue } from '../catalogue/pyValue.ts';
import type { ContainerState } from '../catalogue/operation.ts';
import { encodeState } from '../catalogue/encodeState.ts';
import type { Plan } from './plan.ts';
import type { Node, SearchSpace } from './searchSpace.ts';
import { nodeKey } from './searchSpace.ts';

/** [thread, op] */
export type Position = readonly [number, number];

/** Reached, shown unreachable, or undecided within the work bound. */
export type Reach = 'yes' | 'no' | 'unknown';

class OutOfBudget extends Error {}

/**
 * Whether some execution produces exactly this outcome ([[t0 results], ..., final state]): a depth-first
 * search that follows only the moves whose results agree with the outcome (a windowed read's with its
 * window check), memoising the points it has shown cannot reach it. `wildcard` accepts any result at
 * that position (to find which operation to blame). Past `maxNodes` points it answers 'unknown' rather
 * than run on (the linearizability checkers' way out).
 */
export const reachesOutcome = (plan: Plan, space: SearchSpace, outcome: readonly PyValue[][],
  { wildcard, maxNodes = Infinity }: { wildcard?: Position; maxNodes?: number } = {}): Reach => {
  const n = plan.threads.length;
  const expected = outcome.slice(0, n).map((rs) => rs.map((r) => JSON.stringify(r)));
  const finalKey = JSON.stringify(outcome[n]);
  const dead = new Set<string>();

  const visit = (node: Node): boolean => {
    if (space.finished(node)) return JSON.stringify(encodeState(plan.container, node.state)) === finalKey;
    const key = nodeKey(node);
    if (dead.has(key)) return false;
    if (dead.size >= maxNodes) throw new OutOfBudget();
    for (const m of space.moves(node)) {
      if (m.done) {
        const i = node.op[m.t];
        const free = wildcard !== undefined && wildcard[0] === m.t && wildcard[1] === i;
        if (!free) {
          const p = plan.threads[m.t][i];
          const ok = m.window ? p.op.window!(outcome[m.t][i], m.window.map((s) => JSON.parse(s) as ContainerState), p.args)
            : JSON.stringify(m.result ?? null) === expected[m.t][i];
          if (!ok) continue;
        }
      }
      if (visit(m.next)) return true;
    }
    dead.add(key);
    return false;
  };
  try {
    return visit(space.initial) ? 'yes' : 'no';
  } catch (e) {
    if (e instanceof OutOfBudget) return 'unknown';
    throw e;
  }
};
