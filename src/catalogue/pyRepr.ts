import type { PyValue } from './pyValue.ts';

// Python's repr() of the values the models hold, for the readers that return a repr (repr(lst),
// repr(d)): Objects/longobject.c long_to_decimal_string, Objects/unicodeobject.c unicode_repr,
// Objects/listobject.c list_repr_impl, Objects/dictobject.c dict_repr_lock_held.

/** unicode_repr: single quotes unless the text has ' and no ", backslash escapes for the rest. */
export const strRepr = (s: string): string => {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += `\\${ch}`;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    // Only ASCII is generated; a non-printable ASCII character is escaped as \xNN.
    else if (c < 0x20 || c === 0x7f) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return out + quote;
};

/** repr(x) of a scalar the models hold; a kind it does not know is a catalogue bug, not a guess. */
export const pyRepr = (v: PyValue): string => {
  if (v === null) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'number' && Number.isSafeInteger(v)) return String(v);
  if (typeof v === 'string') return strRepr(v);
  if (Array.isArray(v)) return v.length === 1 ? `(${pyRepr(v[0])},)` : `(${v.map(pyRepr).join(', ')})`;
  // The prelude's colliding key classes print as their constructor calls (their __repr__).
  if (typeof v === 'object' && typeof (v as { k?: unknown }).k === 'number') return `_K(${(v as { k: number }).k})`;
  if (typeof v === 'object' && typeof (v as { y?: unknown }).y === 'number') return `_Y(${(v as { y: number }).y})`;
  throw new Error(`pyRepr: no repr for ${JSON.stringify(v)}`);
};

/** list_repr_impl: "[" items joined by ", " "]". */
export const listRepr = (items: readonly PyValue[]): string => `[${items.map(pyRepr).join(', ')}]`;

/** dict_repr_lock_held: "{" key ": " value pairs joined by ", " "}", in insertion order. */
export const dictRepr = (pairs: readonly (readonly [PyValue, PyValue])[]): string =>
  `{${pairs.map(([k, v]) => `${pyRepr(k)}: ${pyRepr(v)}`).join(', ')}}`;
