import type { ListState, StepOut } from './operation.ts';
import type { PyValue } from './pyValue.ts';
import { isInFlight, isSlot, pyEquals } from './pyValue.ts';

// Pure helpers for the list model, following CPython's index rules (Objects/listobject.c).

/** lst[i], lst[i] = x, lst.pop(i): a negative index counts from the end; undefined when out of range. */
export const listIndex = (l: ListState, i: number): number | undefined => {
  const j = i < 0 ? i + l.length : i;
  return j >= 0 && j < l.length ? j : undefined;
};

/** lst.insert(i, x) clamps the index instead of raising. */
export const insertIndex = (l: ListState, i: number): number =>
  i < 0 ? Math.max(0, i + l.length) : Math.min(i, l.length);

/** lst[i:j] with step 1: both ends clamped to the list, an empty slice when j < i. */
export const sliceBounds = (l: ListState, i: number, j: number): readonly [number, number] => {
  const lo = insertIndex(l, i);
  return [lo, Math.max(lo, insertIndex(l, j))];
};

export const listFind = (l: ListState, x: PyValue): number => l.findIndex((y) => pyEquals(y, x));

export const listSplice = (l: ListState, lo: number, hi: number, items: readonly PyValue[]): ListState =>
  [...l.slice(0, lo), ...items, ...l.slice(hi)];

export const listSet = (l: ListState, j: number, x: PyValue): ListState => l.map((y, k) => (k === j ? x : y));

/** One way a lock-free read of a slot can go: the element, and the list afterwards (a slot being stored
 * into is settled to its new value once a reader has seen that). */
export interface Seen { readonly item: PyValue; readonly state: ListState }

/**
 * What a lock-free read of slot `j` gets (list_get_item_ref): the element (two ways for a slot being
 * stored into: old or new), 'wait' (a NULL slot: it falls back to the locked read, which waits for the
 * writer), or 'oob' (out of bounds, or ob_item not there).
 */
export const readSlot = (l: ListState, j: number): readonly Seen[] | 'wait' | 'oob' => {
  if (j < 0 || j >= l.length) return 'oob';
  const x = l[j];
  if (isSlot(x)) return x.slot === 'hole' ? 'wait' : 'oob';
  if (!isInFlight(x)) return [{ item: x, state: l }];
  const [old, now] = x.f;
  if (isSlot(old)) return 'wait';
  return [{ item: old, state: l }, { item: now, state: l.map((y, k) => (k === j ? now : y)) }];
};

/** The size a lock-free load reads (len, a truth test): 0 while gh-154756's model of list.sort() keeps the
 * items of the emptied list in 'sorting' slots; the number of slots otherwise. */
export const listSize = (l: ListState): number => {
  const x = l[0];
  return isSlot(x) && x.slot === 'sorting' ? 0 : l.length;
};

/**
 * gh-154756: list_get_item_ref loads the size and ob_item, then the slot. A read whose first loads found
 * slot `j` in bounds (readSlot gave an item or a wait) may load the slot later, from that array: by then
 * list.sort() may have emptied the list and be rewriting the array in place, and the read gets the item
 * the array holds there (a 'sorting' or 'gone' slot's `v`); otherwise what a read of slot j gets then.
 * (If a writer reallocated the array in between, the real read would get the old array's item: a value
 * the slot held at the first loads, which the read now, offered beside this one, covers.)
 */
export const readSlotLate = (l: ListState, j: number): readonly Seen[] | 'wait' | 'oob' => {
  const x = l[j];
  return isSlot(x) && x.v !== undefined ? [{ item: x.v, state: l }] : readSlot(l, j);
};

/**
 * How the model's lock-free list reads go: as documented; as gh-154756 makes them ('late': the slot load
 * may come after the size and ob_item loads, see readSlotLate); or as the stale-slot issue makes them
 * ({ stale }: a slot a growing writer has not stored yet holds the pointer left there before; the state keeps
 * no array beyond the size, so `stale(j, l)` says which pointers the array of a list in state `l` may hold at j).
 */
export type ReadMode = 'documented' | 'late' | { readonly stale: (slot: number, list: ListState) => readonly PyValue[] };

/**
 * One lock-free slot read as a step sees it: what the read gets now (readSlot; readSlotLate when it was left
 * pending; in { stale } mode a slot not stored yet gives a stale item instead of waiting), and, in 'late'
 * mode, the outcome that leaves the slot load for later instead (`again` with `tmpLater`), offered only when
 * the first loads find the slot in bounds and not already pending.
 */
export const readSlotAs = (l: ListState, j: number, mode: ReadMode, pending: boolean, tmpLater: PyValue):
  { readonly r: readonly Seen[] | 'wait' | 'oob'; readonly later: readonly StepOut<ListState>[] } => {
  const r = pending ? readSlotLate(l, j) : readSlot(l, j);
  if (r === 'wait' && typeof mode === 'object') return { r: mode.stale(j, l).map((item) => ({ item, state: l })), later: [] };
  return { r, later: mode === 'late' && !pending && r !== 'oob' ? [{ state: l, tmp: tmpLater, again: true }] : [] };
};
