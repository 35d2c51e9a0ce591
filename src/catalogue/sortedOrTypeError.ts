import type { PyValue } from './pyValue.ts';
import { exc, pyCompare } from './pyValue.ts';

/** What orders with what in Python: ints with ints, strs with strs, tuples with tuples; the rest not. */
const orderKind = (x: PyValue): string =>
  (typeof x === 'number' || typeof x === 'string' ? typeof x : Array.isArray(x) ? 'tuple' : 'unordered');

/** Two tuples order when their first differing items do (the generators' tuples are ('t', i)). */
const tuplesOrder = (a: readonly PyValue[], b: readonly PyValue[]): boolean => {
  const i = a.findIndex((x, j) => j >= b.length || pyCompare(x, b[j]) !== 0);
  if (i < 0 || i >= b.length) return true;
  const [x, y] = [a[i], b[i]];
  if (orderKind(x) !== orderKind(y) || orderKind(x) === 'unordered') return false;
  return orderKind(x) !== 'tuple' || tuplesOrder(x as readonly PyValue[], y as readonly PyValue[]);
};

/**
 * sorted(x) of the elements the models hold, as list.sort does it (Objects/listobject.c list_sort_impl,
 * safe_object_compare -> PyObject_RichCompare): fewer than two elements are never compared; otherwise ints
 * sort among themselves, strs among themselves, tuples item by item; a mix of kinds (int < str) or
 * elements without an order (the prelude's _K and _Y define no __lt__) raise TypeError.
 */
export const sortedOrTypeError = (xs: readonly PyValue[]): PyValue => {
  if (xs.length < 2) return [...xs];
  const kinds = new Set(xs.map(orderKind));
  const [kind] = kinds;
  const comparable = kinds.size === 1 && kind !== 'unordered'
    && (kind !== 'tuple' || xs.every((a) => xs.every((b) => tuplesOrder(a as readonly PyValue[], b as readonly PyValue[]))));
  return comparable ? [...xs].sort(pyCompare) : exc('TypeError');
};
