import type { PyValue } from './pyValue.ts';
import { pyCompare } from './pyValue.ts';

/** list_sort_impl sorts a list shorter than this as one run: count_run, then binarysort (merge_compute_minrun). */
export const MAX_MINRUN = 64;

/**
 * The item array after each pointer store list.sort() makes in place, in order (pure): the stores of
 * Objects/listobject.c (3.13.15; the same functions in 3.14) for a list of fewer than MAX_MINRUN items —
 * count_run, which reverses a descending run (and each run of equal items inside it, REVERSE_LAST_NEQ) with
 * reverse_slice (two stores per swap), then binarysort, which slides a[L:ok] right one store at a time
 * and stores the pivot at L. Only `__lt__` decides, as in the C code (ISLT). A longer list merges runs,
 * which this does not follow: its trace is the sorted list alone. The last array is the sorted list.
 */
export const sortTrace = (items: readonly PyValue[]): readonly (readonly PyValue[])[] => {
  const a = [...items];
  const n = a.length;
  const sorted = [...items].sort(pyCompare);
  if (n >= MAX_MINRUN) return [sorted];
  const trace: PyValue[][] = [];
  const store = (k: number, v: PyValue) => { a[k] = v; trace.push([...a]); };
  const lt = (x: PyValue, y: PyValue) => pyCompare(x, y) < 0;
  // reverse_slice(lo, hi): swaps from both ends, `*lo = *hi; *hi = t;`.
  const reverse = (lo: number, hi: number) => {
    for (let i = lo, j = hi - 1; i < j; i++, j--) {
      const t = a[i];
      store(i, a[j]);
      store(j, t);
    }
  };
  // count_run (3.13): the run at the start, made ascending in place.
  let run = 1;
  while (run < n && !lt(a[run], a[run - 1])) run++;
  if (run < n && !(run > 1 && lt(a[0], a[run - 1]))) {
    if (run > 1) reverse(0, run);
    run++;
    let neq = 0;
    const reverseLastNeq = () => { if (neq) { neq++; reverse(run - neq, run); neq = 0; } };
    for (; run < n; run++) {
      if (lt(a[run], a[run - 1])) reverseLastNeq();
      else if (lt(a[run - 1], a[run])) break;
      else neq++;
    }
    reverseLastNeq();
    reverse(0, run);
    while (run < n && !lt(a[run], a[run - 1])) run++;
  }
  // binarysort(a, n, ok = run): insert a[ok] at L found by binary search, sliding a[L:ok] right.
  for (let ok = Math.max(run, 1); ok < n; ok++) {
    const pivot = a[ok];
    let lo = 0, hi = ok;
    while (lo < hi) {
      const m = (lo + hi) >> 1;
      if (lt(pivot, a[m])) hi = m; else lo = m + 1;
    }
    for (let m = ok; m > lo; m--) store(m, a[m - 1]);
    store(lo, pivot);
  }
  // A store of the value a slot already holds changes nothing a reader can see.
  const seen = trace.filter((t, i) => i === 0 ? t.some((v, k) => v !== items[k]) : t.some((v, k) => v !== trace[i - 1][k]));
  return seen.length > 0 ? seen : [sorted];
};
