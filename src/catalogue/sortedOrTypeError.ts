import type { PyValue } from './pyValue.ts';
import { exc, pyCompare } from './pyValue.ts';

/**
 * sorted(x) of the elements the models hold: ints sort among themselves and strs among themselves;
 * anything else, or a mix (int < str), raises TypeError as list.sort does (Objects/listobject.c,
 * safe_object_compare -> PyObject_RichCompare).
 */
export const sortedOrTypeError = (xs: readonly PyValue[]): PyValue => {
  const kinds = new Set(xs.map((x) => typeof x));
  const comparable = kinds.size <= 1 && [...kinds].every((k) => k === 'number' || k === 'string');
  return comparable ? [...xs].sort(pyCompare) : exc('TypeError');
};
