import type { SetState } from './operation.ts';
import type { PySet, PyValue } from './pyValue.ts';
import { pyCompare, pyEquals } from './pyValue.ts';

// Pure helpers for the set model: an array of distinct members, kept sorted (pyCompare) so that equal sets
// are equal arrays (the enumerator memoises on them); the order means nothing to Python.

export const setHas = (s: SetState, x: PyValue): boolean => s.some((y) => pyEquals(y, x));

export const setAdd = (s: SetState, x: PyValue): SetState => (setHas(s, x) ? s : [...s, x].sort(pyCompare));

export const setDel = (s: SetState, x: PyValue): SetState => s.filter((y) => !pyEquals(y, x));

/** Distinct members of an iterable, as set(iterable) keeps them. */
export const setOf = (xs: readonly PyValue[]): SetState => xs.reduce<SetState>(setAdd, []);

/** The encoding FS(s) gets in the generated program: members sorted. */
export const setFrozen = (s: SetState): PySet => ({ s: [...s].sort(pyCompare) });

/** Members sorted, as `tuple(sorted(s, key=_ORD))` gives them. */
export const setSorted = (s: SetState): readonly PyValue[] => [...s].sort(pyCompare);
