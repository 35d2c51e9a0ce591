import { MAX_SEARCH_NODES } from './maxSearchNodes.ts';
import type { Plan } from './plan.ts';
import type { Reach } from './reachesOutcome.ts';
import { nodeKey, searchSpace, type Node, type SearchSpace, type Transition } from './searchSpace.ts';

/**
 * A depth-first walk over the plan's split search space, each node once (pure): `visit` sees every node reached
 * and returns true to stop there; `follow` picks the moves to go on with (default all). 'yes' when a visit
 * stopped the walk, 'no' when every node reachable was seen, 'unknown' when it would pass `maxNodes`.
 */
export const exploreNodes = (plan: Plan, visit: (node: Node, space: SearchSpace) => boolean,
  follow: (node: Node, move: Transition) => boolean = () => true, maxNodes = MAX_SEARCH_NODES): Reach => {
  const space = searchSpace(plan, 'split');
  const seen = new Set<string>();
  const stack: Node[] = [space.initial];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const key = nodeKey(node);
    if (seen.has(key)) continue;
    if (seen.size >= maxNodes) return 'unknown';
    seen.add(key);
    if (visit(node, space)) return 'yes';
    for (const m of space.moves(node)) if (follow(node, m)) stack.push(m.next);
  }
  return 'no';
};
