import type { PyValue } from './pyValue.ts';
import { isExc, pyCompare, pyEquals } from './pyValue.ts';

export interface IterationRules {
  /** The result lists members in iteration order (dicts); else sorted, as the program sorts them (sets). */
  readonly ordered: boolean;
  /** The iterator counts down what it has left: never more members than the largest state held. */
  readonly bounded: boolean;
  /** RuntimeError only when the size changed (sets); else on any change (dicts also raise "keys changed"). */
  readonly sizeChangeOnly: boolean;
}

/**
 * Whether an iteration's result fits the states its window saw (each state given as its members in
 * iteration order): with one state, exactly that state's members; with several, RuntimeError (the
 * container changed under the iterator), or members that were each in some state of the window.
 */
export const iterationSeen = (r: PyValue, window: readonly (readonly PyValue[])[], rules: IterationRules): boolean => {
  if (isExc(r)) {
    return r.e === 'RuntimeError' && (rules.sizeChangeOnly ? new Set(window.map((s) => s.length)).size > 1 : window.length > 1);
  }
  if (!Array.isArray(r)) return false;
  if (window.length === 1) {
    const expected = rules.ordered ? window[0] : [...window[0]].sort(pyCompare);
    return r.length === expected.length && r.every((x, i) => pyEquals(x, expected[i]));
  }
  return (!rules.bounded || r.length <= Math.max(...window.map((s) => s.length)))
    && r.every((x) => window.some((s) => s.some((y) => pyEquals(x, y))));
};

/**
 * A dict iteration's window in which every state has the same keys in the same order (other threads changed
 * only values): the iterator walks the same entries whatever it interleaves with, so it raises nothing
 * (dictiter_iternext_threadsafe raises RuntimeError only when ma_used differs from di_used, or when an entry
 * turns up after di->len counted down to 0; dictreviter_iter_lock_held only on the size), and its i-th member
 * is the i-th entry's as some state of the window had it. Otherwise the window's general rules apply.
 */
export const dictIterationSeen = <S>(r: PyValue, window: readonly S[], keys: (state: S) => readonly PyValue[],
  members: (state: S) => readonly PyValue[], rules: IterationRules): boolean => {
  const first = JSON.stringify(keys(window[0]));
  if (window.length > 1 && window.every((s) => JSON.stringify(keys(s)) === first)) {
    const seen = window.map(members);
    return Array.isArray(r) && r.length === seen[0].length && r.every((x, i) => seen.some((m) => pyEquals(m[i], x)));
  }
  return iterationSeen(r, window.map(members), rules);
};
