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
 *
 * gh-154756's model only (list.sort's bug model): 'sorting' while list_sort_impl has the list empty (size 0,
 * ob_item NULL) and rewrites the item array in place; `v` (there and on a 'gone' slot) is the item that
 * array holds at the slot, which a reader that loaded ob_item before the sort reads (see readSlotLate).
 */
export interface PySlot { readonly slot: 'hole' | 'gone' | 'sorting'; readonly v?: PyValue }
/**
 * A list slot a writer holding the lock is storing into, in an order the C code does not fix: a lock-free
 * reader sees the old value or the new one; once one has seen the new one, everyone does.
 */
export interface PyInFlight { readonly f: readonly [PyValue, PyValue] }
/**
 * Keys that are instances of the program's colliding key classes (every instance hashes alike; __eq__ in
 * Python compares the field): {k} of _K, {y} of _Y, whose __eq__ also sleeps(0) and so can lose the lock.
 */
export interface PyKeyObject { readonly k?: number; readonly y?: number }
export type PyValue = PyScalar | readonly PyValue[] | PyDict | PySet | PyExc | PySlot | PyInFlight | PyKeyObject;

export const HOLE: PySlot = { slot: 'hole' };
export const GONE: PySlot = { slot: 'gone' };

export const exc = (name: string): PyExc => ({ e: name });

export const isExc = (v: PyValue | undefined): v is PyExc =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && 'e' in v;

export const isSlot = (v: PyValue | undefined): v is PySlot =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && 'slot' in v;

export const isInFlight = (v: PyValue | undefined): v is PyInFlight =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && 'f' in v;

/**
 * The order the program sorts set members in (ENC in templates/_prelude.py.ejs): by kind (numbers, strings,
 * tuples, _K, _Y instances), then by value. Python cannot compare an int with a str: the kind comes first.
 */
const rank = (v: PyValue): number => {
  if (typeof v === 'number' || typeof v === 'boolean') return 0;
  if (typeof v === 'string') return 1;
  if (Array.isArray(v)) return 2;
  if (typeof v === 'object' && v !== null && 'k' in v) return 3;
  if (typeof v === 'object' && v !== null && 'y' in v) return 4;
  return 5;
};

export const pyCompare = (a: PyValue, b: PyValue): number => {
  const ra = rank(a), rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const c = pyCompare(a[i], b[i]);
      if (c !== 0) return c;
    }
    return a.length - b.length;
  }
  const field = (v: PyValue) => (v as PyKeyObject).k ?? (v as PyKeyObject).y ?? 0;
  return field(a) - field(b);
};

export const pyEquals = (a: PyValue, b: PyValue): boolean => JSON.stringify(a) === JSON.stringify(b);
