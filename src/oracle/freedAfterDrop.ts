import type { ContainerState } from '../catalogue/operation.ts';
import type { PyValue } from '../catalogue/pyValue.ts';
import { MAX_SEARCH_NODES } from './expectations.ts';
import type { Plan } from './plan.ts';
import type { Reach } from './reachesOutcome.ts';
import { nodeKey, searchSpace, type Node } from './searchSpace.ts';

/** Whether the shared iterator's container reference was dropped twice (the models' `droppedTwice`). */
const dropped = (state: ContainerState): boolean =>
  Array.isArray(state) && typeof state[1] === 'object' && state[1] !== null && 'droppedTwice' in state[1];

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
  const space = searchSpace(plan, 'split');
  const seen = new Set<string>();
  const stack: Node[] = [space.initial];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const key = nodeKey(node);
    if (seen.has(key)) continue;
    if (seen.size >= maxNodes) return 'unknown';
    seen.add(key);
    if (space.finished(node)) {
      if (dropped(node.state)) return 'yes';
      continue;
    }
    for (const m of space.moves(node)) {
      if (m.done) {
        const i = node.op[m.t];
        const got = JSON.stringify(m.window ? { w: m.window } : m.result ?? null);
        if (got !== JSON.stringify(outcome[m.t]?.[i] ?? null)) continue;
      }
      stack.push(m.next);
    }
  }
  return 'no';
};
