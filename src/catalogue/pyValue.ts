// Python values as the oracle sees them. The encoding is shared with the generated programs:
// a Python tuple or list becomes an array, a dict {"d": [[k, v], ...]} in insertion order,
// a set {"s": [...]} sorted, a raised exception {"e": "KeyError"}.
export type PyScalar = number | string | boolean | null;
export interface PyExc { readonly e: string }
export interface PyDict { readonly d: readonly (readonly [PyValue, PyValue])[] }
export interface PySet { readonly s: readonly PyValue[] }
export type PyValue = PyScalar | readonly PyValue[] | PyDict | PySet | PyExc;

export const exc = (name: string): PyExc => ({ e: name });

export const isExc = (v: PyValue | undefined): v is PyExc =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && 'e' in v;

/** Python's ordering for the scalar domains we generate (ints, ASCII strings). */
export const pyCompare = (a: PyValue, b: PyValue): number => {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  const ta = typeof a, tb = typeof b;
  return ta < tb ? -1 : ta > tb ? 1 : 0;
};

export const pyEquals = (a: PyValue, b: PyValue): boolean => JSON.stringify(a) === JSON.stringify(b);
