import type { PyValue } from './pyValue.ts';
import { isExc, pyCompare, pyEquals } from './pyValue.ts';

export interface IterationRules {
  /** The result lists members in iteration order (dicts); else sorted, as the program sorts them (sets). */
  readonly ordered: boolean;
  /** The iterator counts down what it has left: never more members than the largest state held. */
  readonly bounded: boolean;
  /** RuntimeError only when the size changed (sets); else on any change (dicts also raise "keys changed"). */
  readonly sizeChangeOnly: boolean;
  /**
   * A forward walk of a dict's entry array (dictiter_iternext_threadsafe): the key of each member it yields, so
   * that the keys present in every state of the window come out in the dict's order, each at most once (see
   * stableKeysInOrder). Not for reversed(d), whose position walks down while a resize moves entries down too.
   */
  readonly keyOf?: (member: PyValue) => PyValue;
}

/**
 * Whether the keys present in every state of a window appear in the result in the order the states hold them,
 * each at most once. A forward dict iteration reads entry di_pos of the entry array it loads at each next()
 * (dictiter_iternext_threadsafe, 3.13 Objects/dictobject.c): an insert appends an entry, a delete empties one
 * in place, and dictresize copies the live entries down, in order, into a new array. A key present throughout
 * never moves up, and the position only moves up: it is yielded once at most, after every such key before it.
 * Keys deleted or inserted in the window may turn up anywhere the states allow (a re-inserted key twice).
 */
const stableKeysInOrder = (r: readonly PyValue[], keys: readonly (readonly PyValue[])[], keyOf: (member: PyValue) => PyValue): boolean => {
  const rank = new Map(keys[0].map((k, i) => [JSON.stringify(k), i]));
  for (const ks of keys.slice(1)) {
    const here = new Set(ks.map((k) => JSON.stringify(k)));
    for (const k of [...rank.keys()]) if (!here.has(k)) rank.delete(k);
  }
  let last = -1;
  for (const m of r) {
    const i = rank.get(JSON.stringify(keyOf(m)));
    if (i === undefined) continue;
    if (i <= last) return false;
    last = i;
  }
  return true;
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
  const seen = window.map(members);
  return iterationSeen(r, seen, rules)
    && (rules.keyOf === undefined || !Array.isArray(r) || window.length === 1 || stableKeysInOrder(r, window.map(keys), rules.keyOf));
};
