import type { ContainerState } from '../catalogue/operation.ts';
import { MAX_SEARCH_NODES } from './maxSearchNodes.ts';
import { exploreNodes } from './exploreNodes.ts';
import type { Plan } from './plan.ts';
import type { Reach } from './reachesOutcome.ts';

/**
 * Whether some interleaving of the plan's steps ends in a state that `holds` (pure), over the split search
 * space's final points. What the predicate looks for must stay once it holds (a mark the models set and never
 * clear), so that checking the final states is enough. 'unknown' when the search would pass `maxNodes`.
 */
export const reachesState = (plan: Plan, holds: (state: ContainerState) => boolean, maxNodes = MAX_SEARCH_NODES): Reach =>
  exploreNodes(plan, (node, space) => space.finished(node) && holds(node.state), undefined, maxNodes);
