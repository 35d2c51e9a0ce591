import { describe, expect, it } from 'vitest';
import { MAX_MINRUN, sortTrace } from '../../src/catalogue/sortTrace.ts';

// The item array as 3.13.15t's list.sort() had it at each comparison (a Python __lt__ reading the saved
// ob_item through ctypes; consecutive repeats dropped): each must show up, in order, in the model's trace.
const SEEN_BY_CPYTHON: readonly [number[], number[][]][] = [
  [[2, 0, 1], [[2, 0, 1], [0, 2, 1]]],
  [[3, 2, 1, 0], [[3, 2, 1, 0]]],
  [[1, 1, 0, 0], [[1, 1, 0, 0]]],
  [[2, 2, 1, 3, 0], [[2, 2, 1, 3, 0], [1, 2, 2, 3, 0]]],
  [[0, 3, 1, 3, 2, 0], [[0, 3, 1, 3, 2, 0], [0, 1, 3, 3, 2, 0], [0, 1, 2, 3, 3, 0]]],
  [[3, 1, 2, 0, 1, 2, 3], [[3, 1, 2, 0, 1, 2, 3], [1, 3, 2, 0, 1, 2, 3], [1, 2, 3, 0, 1, 2, 3], [0, 1, 2, 3, 1, 2, 3],
    [0, 1, 1, 2, 3, 2, 3], [0, 1, 1, 2, 2, 3, 3]]],
];

const inOrder = (snapshots: number[][], trace: readonly (readonly unknown[])[]): boolean => {
  let at = 0;
  for (const s of snapshots) {
    const j = trace.findIndex((t, k) => k >= at && JSON.stringify(t) === JSON.stringify(s));
    if (j < 0) return false;
    at = j;
  }
  return true;
};

describe('sortTrace: the arrays list.sort() stores in place (count_run, binarysort)', () => {
  it('store by store, as the C code does', () => {
    // count_run: [2, 0] descends, reverse_slice swaps it (two stores); binarysort inserts 1 at index 1.
    expect(sortTrace([2, 0, 1])).toEqual([[0, 0, 1], [0, 2, 1], [0, 2, 2], [0, 1, 2]]);
    // One descending run: reverse_slice only, two stores per swap from both ends.
    expect(sortTrace([3, 2, 1, 0])).toEqual([[0, 2, 1, 0], [0, 2, 1, 3], [0, 1, 1, 3], [0, 1, 2, 3]]);
    // Already sorted: no store, the trace is the list itself.
    expect(sortTrace([0, 1, 1])).toEqual([[0, 1, 1]]);
  });

  it('passes through every array 3.13.15t had at its comparisons', () => {
    for (const [l, seen] of SEEN_BY_CPYTHON) expect(inOrder(seen, [l, ...sortTrace(l)]), JSON.stringify(l)).toBe(true);
    // Not a trivial check: the original and the sorted list alone miss the intermediate arrays.
    expect(SEEN_BY_CPYTHON.filter(([l, seen]) => !inOrder(seen, [l, [...l].sort()]))).toHaveLength(4);
  });

  it('ends with the sorted list, for any short list of ints', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 5;
    for (let i = 0; i < 500; i++) {
      const l = Array.from({ length: 1 + (i % 9) }, rnd);
      const t = sortTrace(l);
      expect(t[t.length - 1]).toEqual([...l].sort((a, b) => a - b));
      // Each array differs from the one before it in at most one slot (one pointer store).
      [l, ...t].slice(1).forEach((a, k) => expect(a.filter((v, j) => v !== [l, ...t][k][j]).length).toBeLessThanOrEqual(1));
    }
  });

  it('a list of MAX_MINRUN or more merges runs, which it does not follow: the sorted list alone', () => {
    const long = Array.from({ length: MAX_MINRUN }, (_, i) => (i * 7) % 5);
    expect(sortTrace(long)).toEqual([[...long].sort((a, b) => a - b)]);
  });
});
