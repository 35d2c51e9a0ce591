import type { ContainerState, ContainerType, ListState } from '../catalogue/operation.ts';
import type { PyValue } from '../catalogue/pyValue.ts';
import { isInFlight, isSlot } from '../catalogue/pyValue.ts';
import { MAX_SEARCH_NODES } from './maxSearchNodes.ts';
import type { Plan } from './plan.ts';
import { exploreNodes } from './exploreNodes.ts';

/** The list in a state of a list scenario (a shared list iterator's state is [items, position]). */
const listIn = (container: ContainerType, state: ContainerState): ListState | undefined =>
  container === 'list' ? (state as ListState) : container === 'list+iter' ? ((state as unknown as [ListState])[0]) : undefined;

/** The items a slot of the model holds: an item, or both items of a slot being stored into; no placeholder. */
const itemsAt = (x: PyValue): readonly PyValue[] =>
  (isInFlight(x) ? x.f.filter((y) => !isSlot(y)) : isSlot(x) ? [] : [x]);

/**
 * Whether index j of the list is a slot the model keeps no item for, whose pointer is whatever the array held
 * there before: beyond the size, a grown slot not stored yet (a hole), or one being stored into over a hole.
 */
const isGhost = (l: ListState, j: number): boolean => {
  if (j >= l.length) return true;
  const x = l[j];
  return isSlot(x) || (isInFlight(x) && isSlot(x.f[0]));
};

/** What a list's array may still hold at its ghost slots (see isGhost), by index: pointers as canonical JSON. */
type Ghosts = Map<number, Map<string, PyValue>>;

/**
 * The stale pointers a list's array may hold where the model keeps no item (see STALE_SLOT_BUG), as a function
 * of the list's state and the index; pure. Each slot keeps the last pointer stored in it: a move of the plan
 * that leaves index j a ghost carries over what j held before the move (its item, or its own stale pointers),
 * and a slot that holds an item now holds nothing else. list_pop_impl and list_ass_slice leave vacated slots as
 * they were; list_resize copies the old array's slots to the same indexes and zeroes those beyond; list_clear
 * (clear(), and every write that leaves the list empty: a last pop or remove, an empty slice assignment,
 * `lst *= 0`; not list.sort, which empties the list for a while and puts its array back) frees the array, so
 * a list emptied that way keeps none. A state reached several ways keeps the union
 * (the model's states do not record the way). `undefined` when the search would pass `maxNodes`; for other
 * containers, a function that gives none.
 */
export const slotHistory = (plan: Plan, maxNodes = MAX_SEARCH_NODES):
  ((list: ListState, slot: number) => readonly PyValue[]) | undefined => {
  const initial = listIn(plan.container, plan.initial);
  if (initial === undefined) return () => [];
  // The list states the plan reaches and the moves between them (a move that leaves the list as it was adds nothing).
  const lists = new Map<string, ListState>();
  // Per move: the list state it goes to, and whether that move frees the array (it empties the list through
  // list_clear: every write but list.sort, see Operation.keepsArrayWhenEmpty).
  const edges = new Map<string, Map<string, boolean>>();
  const keyOf = (l: ListState) => JSON.stringify(l);
  const walked = exploreNodes(plan, (node) => {
    const l = listIn(plan.container, node.state)!;
    lists.set(keyOf(l), l);
    return false;
  }, (node, move) => {
    const from = keyOf(listIn(plan.container, node.state)!);
    const next = listIn(plan.container, move.next.state)!;
    const to = keyOf(next);
    if (from === to) return true;
    const frees = next.length === 0 && plan.threads[move.t][node.op[move.t]]?.op.keepsArrayWhenEmpty !== true;
    const out = edges.get(from) ?? edges.set(from, new Map()).get(from)!;
    out.set(to, (out.get(to) ?? true) && frees);
    return true;
  }, maxNodes);
  if (walked === 'unknown') return undefined;
  // The pointers each state's ghost slots may hold, propagated along the moves until nothing grows.
  const ghosts = new Map<string, Ghosts>();
  const work = [keyOf(initial)];
  while (work.length > 0) {
    const from = work.pop()!;
    const l = lists.get(from)!;
    const g = ghosts.get(from);
    for (const [to, frees] of edges.get(from) ?? []) {
      if (frees) {
        // A freed array keeps nothing, but the moves after it still carry what its new array holds.
        if (!ghosts.has(to)) { ghosts.set(to, new Map()); work.push(to); }
        continue;
      }
      const next = lists.get(to)!;
      const held = ghosts.get(to) ?? new Map() as Ghosts;
      let grew = !ghosts.has(to);
      const width = Math.max(l.length, g ? Math.max(-1, ...g.keys()) + 1 : 0);
      for (let j = 0; j < width; j++) {
        if (!isGhost(next, j)) continue;
        const was = isGhost(l, j) ? [...(g?.get(j)?.values() ?? [])] : itemsAt(l[j]);
        for (const item of was) {
          const at = held.get(j) ?? held.set(j, new Map()).get(j)!;
          const k = JSON.stringify(item);
          if (!at.has(k)) { at.set(k, item); grew = true; }
        }
      }
      ghosts.set(to, held);
      if (grew) work.push(to);
    }
  }
  return (list, slot) => [...(ghosts.get(keyOf(list))?.get(slot)?.values() ?? [])];
};
