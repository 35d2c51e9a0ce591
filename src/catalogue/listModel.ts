import type { ListState } from './operation.ts';
import type { PyValue } from './pyValue.ts';
import { isSlot, pyEquals } from './pyValue.ts';

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

/** What a lock-free read of slot `j` gets (list_get_item_ref): an element, 'wait' (a NULL slot: it falls
 * back to the locked read, which waits for the writer), or 'oob' (out of bounds, or ob_item not there). */
export const readSlot = (l: ListState, j: number): { readonly item: PyValue } | 'wait' | 'oob' => {
  if (j < 0 || j >= l.length) return 'oob';
  const x = l[j];
  if (isSlot(x)) return x.slot === 'hole' ? 'wait' : 'oob';
  return { item: x };
};
