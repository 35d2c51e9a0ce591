import type { PyValue } from '../catalogue/pyValue.ts';

/** Ints from here on are built at run time (`_M`): mortal objects, beyond CPython's small-int cache. */
export const MORTAL_FROM = 1000;

/**
 * The one way JS values reach Python source. EJS `<%=` HTML-escapes (' becomes &#39;), so templates
 * print values only through this function with `<%-`. Keys and values of the run-time kinds (see
 * generators/argument.ts) become calls of the prelude's constructors, so that each evaluation makes a new
 * object: `_M(1000)` an int, `_S("~k0")` a str that is not interned, `_T("t", 0)` a tuple, `_K(0)` / `_Y(0)`
 * the colliding key classes.
 */
export const pyLiteral = (v: PyValue): string => {
  if (v === null) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'number') {
    if (!Number.isSafeInteger(v)) throw new Error(`pyLiteral: only integers are supported, got ${v}`);
    return Math.abs(v) >= MORTAL_FROM ? `_M(${v})` : String(v);
  }
  // JSON string escapes (\" \\ \n \uXXXX) are valid Python string escapes.
  if (typeof v === 'string') return v.startsWith('~') ? `_S(${JSON.stringify(v)})` : JSON.stringify(v);
  if (Array.isArray(v)) {
    if (v[0] === 't' && v.length > 1) return `_T(${v.map(pyLiteral).join(', ')})`;
    return v.length === 1 ? `(${pyLiteral(v[0])},)` : `(${v.map(pyLiteral).join(', ')})`;
  }
  if ('k' in v && typeof v.k === 'number') return `_K(${v.k})`;
  if ('y' in v && typeof v.y === 'number') return `_Y(${v.y})`;
  if ('d' in v) return `{${v.d.map(([k, x]) => `${pyLiteral(k)}: ${pyLiteral(x)}`).join(', ')}}`;
  if ('s' in v) return v.s.length === 0 ? 'set()' : `{${v.s.map(pyLiteral).join(', ')}}`;
  throw new Error(`pyLiteral: an exception marker is not a Python literal: ${JSON.stringify(v)}`);
};

/** A Python list literal (pyLiteral turns arrays into tuples). */
export const pyList = (items: readonly PyValue[]): string => `[${items.map(pyLiteral).join(', ')}]`;
