import type { ContainerState } from '../catalogue/operation.ts';
import type { PyValue } from '../catalogue/pyValue.ts';
import { MAX_SEARCH_NODES } from './expectations.ts';
import type { Plan } from './plan.ts';
import type { Reach } from './reachesOutcome.ts';
import { nodeKey, searchSpace, type Node } from './searchSpace.ts';

/** Whether the shared iterator's container reference was dropped twice (the models' `droppedTwice`). */
const dropped = (state: ContainerState): boolean =>
  Array.isArray(state) && typeof state[1] === 'object' && state[1] !== null && 'droppedTwice' in state[1];

/** An operation on the container a shared iterator runs over (lifted onto it: 'dict+iter:c.setitem'). */
const onContainer = (id: string): boolean => id.includes(':c.');

/**
 * Whether an outcome (canonical JSON) is what a shared dict or set iterator's double DECREF gives (gh-154130,
 * gh-144356), pure: some interleaving of the models reaches the second drop of the container's reference
 * (`droppedTwice`) with every result before it as the outcome has it; from then on the container is freed
 * memory, so what operations on it return and what the check after the run finds is not modelled, while the
 * iterator, whose di_dict / si_set is NULL by then, still answers None (its results stay checked). Without the
 * drop, nothing is excused. 'unknown' when the search would pass `maxNodes`.
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
    const freed = dropped(node.state);
    if (space.finished(node)) {
      if (freed) return 'yes';
      continue;
    }
    for (const m of space.moves(node)) {
      if (m.done) {
        const i = node.op[m.t];
        const call = plan.threads[m.t][i];
        const got = JSON.stringify(m.window ? { w: m.window } : m.result ?? null);
        const free = dropped(m.next.state) && onContainer(call.op.id);
        if (!free && got !== JSON.stringify(outcome[m.t]?.[i] ?? null)) continue;
      }
      stack.push(m.next);
    }
  }
  return 'no';
};
