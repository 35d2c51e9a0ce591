import type { PyValue } from '../catalogue/pyValue.ts';

/**
 * The one way JS values reach Python source. EJS `<%=` HTML-escapes (' becomes &#39;), so templates
 * print values only through this function with `<%-`.
 */
export const pyLiteral = (v: PyValue): string => {
  if (v === null) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'number') {
    if (!Number.isSafeInteger(v)) throw new Error(`pyLiteral: only integers are supported, got ${v}`);
    return String(v);
  }
  // JSON string escapes (\" \\ \n \uXXXX) are valid Python string escapes.
  if (typeof v === 'string') return JSON.stringify(v);
  if (Array.isArray(v)) return v.length === 1 ? `(${pyLiteral(v[0])},)` : `(${v.map(pyLiteral).join(', ')})`;
  if ('d' in v) return `{${v.d.map(([k, x]) => `${pyLiteral(k)}: ${pyLiteral(x)}`).join(', ')}}`;
  if ('s' in v) return v.s.length === 0 ? 'set()' : `{${v.s.map(pyLiteral).join(', ')}}`;
  throw new Error(`pyLiteral: an exception marker is not a Python literal: ${JSON.stringify(v)}`);
};

/** A Python list literal (pyLiteral turns arrays into tuples). */
export const pyList = (items: readonly PyValue[]): string => `[${items.map(pyLiteral).join(', ')}]`;
