import type { ContainerState } from '../catalogue/operation.ts';
import { MAX_SEARCH_NODES } from './expectations.ts';
import type { Plan } from './plan.ts';
import type { Reach } from './reachesOutcome.ts';
import { nodeKey, searchSpace, type Node } from './searchSpace.ts';

/**
 * Whether some interleaving of the plan's steps ends in a state that `holds` (pure): a depth-first search over
 * the split search space's final points, memoised on the node. What the predicate looks for must stay once it
 * holds (a mark the models set and never clear), so that checking the final states is enough. 'unknown' when
 * the search would pass `maxNodes`.
 */
export const reachesState = (plan: Plan, holds: (state: ContainerState) => boolean, maxNodes = MAX_SEARCH_NODES): Reach => {
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
      if (holds(node.state)) return 'yes';
      continue;
    }
    for (const m of space.moves(node)) stack.push(m.next);
  }
  return 'no';
};
