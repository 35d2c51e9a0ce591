import type { DictState } from './operation.ts';
import type { PyValue } from './pyValue.ts';
import { pyEquals } from './pyValue.ts';

// Pure helpers for the dict model: an insertion-ordered list of pairs, as CPython keeps it.

export const dictIndex = (d: DictState, k: PyValue): number => d.findIndex(([key]) => pyEquals(key, k));

export const dictHas = (d: DictState, k: PyValue): boolean => dictIndex(d, k) >= 0;

export const dictGet = (d: DictState, k: PyValue): PyValue | undefined => {
  const i = dictIndex(d, k);
  return i < 0 ? undefined : d[i][1];
};

/** d[k] = v: an existing key keeps its position, a new key goes last. */
export const dictSet = (d: DictState, k: PyValue, v: PyValue): DictState => {
  const i = dictIndex(d, k);
  return i < 0 ? [...d, [k, v]] : d.map((p, j) => (j === i ? [k, v] as const : p));
};

export const dictDel = (d: DictState, k: PyValue): DictState => d.filter(([key]) => !pyEquals(key, k));
