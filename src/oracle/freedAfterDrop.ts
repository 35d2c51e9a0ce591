import type { PyValue } from '../catalogue/pyValue.ts';
import { MAX_SEARCH_NODES } from './maxSearchNodes.ts';
import type { Plan } from './plan.ts';
import type { Reach } from './reachesOutcome.ts';
import { droppedTwice } from './dropsIteratorTwice.ts';
import { exploreNodes } from './exploreNodes.ts';
import type { Node, Transition } from './searchSpace.ts';


/**
 * Whether an outcome (canonical JSON) whose final state is the harness's report of a container dropped twice
 * is what a shared dict or set iterator's double DECREF gives (gh-154130, gh-144356), pure: some interleaving of
 * the models reaches the second drop of the container's reference (`droppedTwice`) with every result as the
 * outcome has it. The harness holds a reference of its own, so the container stays alive and every operation
 * keeps its documented result; only the final state is the harness's report instead of the contents. Without
 * the drop, nothing is excused. 'unknown' when the search would pass `maxNodes`.
 */
export const freedAfterDrop = (plan: Plan, outcomeJson: string, maxNodes = MAX_SEARCH_NODES): Reach => {
  const outcome = JSON.parse(outcomeJson) as PyValue[][];
  // Only the moves whose finished operation's result is the outcome's.
  const agrees = (node: Node, m: Transition) => !m.done
    || JSON.stringify(m.window ? { w: m.window } : m.result ?? null) === JSON.stringify(outcome[m.t]?.[node.op[m.t]] ?? null);
  return exploreNodes(plan, (node, space) => space.finished(node) && droppedTwice(node.state), agrees, maxNodes);
};
