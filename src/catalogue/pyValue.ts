// Python values as the oracle sees them. The encoding is shared with the generated programs:
// a Python tuple or list becomes an array, a dict {"d": [[k, v], ...]} in insertion order,
// a set {"s": [...]} sorted, a raised exception {"e": "KeyError"}.
export type PyScalar = number | string | boolean | null;
export interface PyExc { readonly e: string }
export interface PyDict { readonly d: readonly (readonly [PyValue, PyValue])[] }
export interface PySet { readonly s: readonly PyValue[] }
/**
 * A list slot inside the list's size that a lock-free reader cannot read as an element (only ever in a
 * writer's intermediate states): 'hole' a NULL slot of a just grown list (list_get_item_ref falls back to
 * the locked list_item_impl, so the reader waits for the writer); 'gone' while ob_item is NULL but the
 * size is already restored (the end of list_sort_impl: the reader gets out-of-bounds).
 */
export interface PySlot { readonly slot: 'hole' | 'gone' }
export type PyValue = PyScalar | readonly PyValue[] | PyDict | PySet | PyExc | PySlot;

export const HOLE: PySlot = { slot: 'hole' };
export const GONE: PySlot = { slot: 'gone' };

export const exc = (name: string): PyExc => ({ e: name });

export const isExc = (v: PyValue | undefined): v is PyExc =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && 'e' in v;

export const isSlot = (v: PyValue | undefined): v is PySlot =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && 'slot' in v;

/** Python's ordering for the scalar domains we generate (ints, ASCII strings). */
export const pyCompare = (a: PyValue, b: PyValue): number => {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  const ta = typeof a, tb = typeof b;
  return ta < tb ? -1 : ta > tb ? 1 : 0;
};

export const pyEquals = (a: PyValue, b: PyValue): boolean => JSON.stringify(a) === JSON.stringify(b);
