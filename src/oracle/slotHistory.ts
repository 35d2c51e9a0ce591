import type { ContainerState, ContainerType, ListState } from '../catalogue/operation.ts';
import type { PyValue } from '../catalogue/pyValue.ts';
import { isInFlight, isSlot } from '../catalogue/pyValue.ts';
import { MAX_SEARCH_NODES } from './expectations.ts';
import type { Plan } from './plan.ts';
import { exploreNodes } from './exploreNodes.ts';

/** The list in a state of a list scenario (a shared list iterator's state is [items, position]). */
const listIn = (container: ContainerType, state: ContainerState): ListState | undefined =>
  container === 'list' ? (state as ListState) : container === 'list+iter' ? ((state as unknown as [ListState])[0]) : undefined;

/** The items a slot of the model holds: an item, or both items of a slot being stored into; no placeholder. */
const itemsAt = (x: PyValue): readonly PyValue[] =>
  (isInFlight(x) ? x.f.filter((y) => !isSlot(y)) : isSlot(x) ? [] : [x]);

/**
 * For each index of a list scenario's list, every item some interleaving of the plan's steps has there at some
 * point (each intermediate state included), in order of first sight; pure. What a slot beyond the size can
 * still point at is one of these at its index: a pointer is left in a slot only by the list having held it at
 * that index (list_pop_impl and list_ass_slice leave the vacated slots as they were; list_resize copies the
 * old slots to the same indexes). `undefined` when the search would pass `maxNodes`; [] for other containers.
 */
export const slotHistory = (plan: Plan, maxNodes = MAX_SEARCH_NODES): readonly (readonly PyValue[])[] | undefined => {
  if (listIn(plan.container, plan.initial) === undefined) return [];
  const slots: PyValue[][] = [];
  const seenItems = new Set<string>();
  const walked = exploreNodes(plan, (node) => {
    listIn(plan.container, node.state)!.forEach((x, j) => {
      for (const item of itemsAt(x)) {
        const id = `${j} ${JSON.stringify(item)}`;
        if (seenItems.has(id)) continue;
        seenItems.add(id);
        (slots[j] ??= []).push(item);
      }
    });
    return false;
  }, undefined, maxNodes);
  return walked === 'unknown' ? undefined : Array.from({ length: slots.length }, (_, j) => slots[j] ?? []);
};
