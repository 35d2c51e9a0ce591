import { describe, expect, it } from 'vitest';
import { operation } from '../../src/catalogue/catalogue.ts';
import type { ContainerState } from '../../src/catalogue/operation.ts';
import type { PyValue } from '../../src/catalogue/pyValue.ts';
import { exc } from '../../src/catalogue/pyValue.ts';
import { applyOp } from '../../src/oracle/applyOp.ts';
import { expectationsOf } from '../../src/oracle/expectations.ts';
import { planOf } from '../../src/oracle/plan.ts';
import { call, outcome, scenarioOf } from '../oracle/scenarioOf.ts';

/** The one result of a serial call. */
const one = (id: string, state: unknown, ...args: PyValue[]): PyValue => {
  const outs = applyOp(operation(id), state as ContainerState, args);
  expect(outs).toHaveLength(1);
  return outs[0].result ?? null;
};

describe('list readers, serially', () => {
  it('slices clamp like CPython and copy in order; [::-1] reverses', () => {
    expect(one('list.getslice', [1, 2, 3], -2, 9)).toEqual([2, 3]);
    expect(one('list.getslice', [1, 2, 3], 2, 1)).toEqual([]);
    expect(one('list.reversed-slice', [1, 2, 3])).toEqual([3, 2, 1]);
  });

  it('repr, comparisons, reversed, list/tuple/sorted copies', () => {
    expect(one('list.repr', [])).toBe('[]');
    expect(one('list.repr', [1, 2])).toBe('[1, 2]');
    expect(one('list.eq', [1, 2], [1, 2])).toBe(true);
    expect(one('list.lt', [1, 2], [1, 3])).toBe(true);
    expect(one('list.lt', [1, 2], [1, 2])).toBe(false);
    expect(one('list.lt', [1], [1, 0])).toBe(true);
    expect(one('list.reversed', [1, 2, 3])).toEqual([3, 2, 1]);
    expect(one('list.sorted', [3, 1, 2])).toEqual([1, 2, 3]);
  });

  it('unpacking needs exactly as many items as names (count + 1)', () => {
    expect(one('list.unpack', [5, 6], 1)).toEqual([5, 6]);
    expect(one('list.unpack', [5], 1)).toEqual(exc('ValueError'));
    expect(one('list.unpack', [5, 6, 7], 1)).toEqual(exc('ValueError'));
    expect(one('list.unpack', [5], 0)).toEqual([5]);
  });

  it('dict.fromkeys(lst) keeps the first occurrence of each item', () => {
    expect(one('list.dict-fromkeys', [2, 1, 2])).toEqual({ d: [[2, null], [1, null]] });
  });
});

describe('dict and set readers, serially', () => {
  it('dict repr and views keep insertion order; view set operations make sets', () => {
    expect(one('dict.repr', [[1, 2], ['a', 0]])).toBe("{1: 2, 'a': 0}");
    expect(one('dict.reversed', [[1, 0], [2, 0]])).toEqual([2, 1]);
    expect(one('dict.values-list', [[1, 5], [2, 6]])).toEqual([5, 6]);
    expect(one('dict.keys-and', [[1, 0], [2, 0]], [2, 3, 2])).toEqual({ s: [2] });
    expect(one('dict.keys-xor', [[1, 0], [2, 0]], [2, 3, 3])).toEqual({ s: [1, 3] });
    expect(one('dict.items-contains', [[1, 5]], 1, 5)).toBe(true);
    expect(one('dict.items-contains', [[1, 5]], 1, 6)).toBe(false);
    expect(one('dict.eq', [[1, 5], [2, 6]], { d: [[2, 6], [1, 5]] })).toBe(true);
  });

  it('sorted raises TypeError on keys that do not compare', () => {
    expect(one('dict.sorted', [['b', 0], ['a', 0]])).toEqual(['a', 'b']);
    expect(one('set.sorted', [1, 'a'])).toEqual(exc('TypeError'));
  });

  it('set readers with a tuple argument', () => {
    expect(one('set.union', [1, 2], [3, 1])).toEqual({ s: [1, 2, 3] });
    expect(one('set.intersection', [1, 2], [2, 3])).toEqual({ s: [2] });
    expect(one('set.difference', [1, 2], [2, 3])).toEqual({ s: [1] });
    expect(one('set.isdisjoint', [1, 2], [3])).toBe(true);
    expect(one('set.list', [1, 2])).toEqual([2, { s: [1, 2] }]);
  });
});

describe('readers under concurrency', () => {
  const reaches = (s: ReturnType<typeof scenarioOf>, o: string) => expectationsOf(planOf(s)).reaches(o, 'split');

  it('repr(lst) during a sort returns "[]" at once and the thread goes on while the sort holds the lock', () => {
    // list_repr checks the size without the lock: the reader's next operation still sees the sort running.
    const s = scenarioOf('list', [[call('list.sort')], [call('list.repr'), call('list.len')]], { initial: [2, 1] });
    expect(reaches(s, outcome([[null], ['[]', 0]], [1, 2]))).toBe('yes');
    // A non-empty repr is taken under the lock: never the list half sorted.
    expect(reaches(s, outcome([[null], ['[2, 1]', 2]], [1, 2]))).toBe('yes');
    expect(reaches(s, outcome([[null], ['[1, 1]', 2]], [1, 2]))).toBe('no');
  });

  it('unpacking reads slot by slot: it can mix two states (not atomic), a slice cannot', () => {
    const mixed = (reader: string) => scenarioOf('list', [[call('list.setslice', 0, 2, [3, 4])], [call(reader, 1)]],
      { initial: [1, 2] });
    expect(reaches(mixed('list.unpack'), outcome([[null], [[1, 4]]], [3, 4]))).toBe('yes');
    const slice = scenarioOf('list', [[call('list.setslice', 0, 2, [3, 4])], [call('list.getslice', 0, 2)]], { initial: [1, 2] });
    expect(reaches(slice, outcome([[null], [[1, 4]]], [3, 4]))).toBe('no');
  });

  it('unpacking raises ValueError when the size changes under it, never on a list that keeps its size', () => {
    const s = scenarioOf('list', [[call('list.append', 3)], [call('list.unpack', 1)]], { initial: [1, 2] });
    expect(reaches(s, outcome([[null], [exc('ValueError')]], [1, 2, 3]))).toBe('yes');
    const same = scenarioOf('list', [[call('list.setitem', 0, 3)], [call('list.unpack', 1)]], { initial: [1, 2] });
    expect(reaches(same, outcome([[null], [exc('ValueError')]], [3, 2]))).toBe('no');
  });

  it('d.keys() & keys looks each key up at its own time: a result the dict never held at once', () => {
    // The dict goes {1} -> {} -> {2}; the reader looks 1 up first, then 2.
    const s = scenarioOf('dict', [[call('dict.delitem', 1), call('dict.setitem', 2, 0)], [call('dict.keys-and', [1, 2])]],
      { initial: [[1, 0]] });
    const both = outcome([[null, null], [{ s: [1, 2] }]], { d: [[2, 0]] });
    expect(reaches(s, both)).toBe('yes');
    expect(expectationsOf(planOf(s)).reaches(both, 'atomic')).toBe('no');
    // And neither: 1 looked up after the delete, 2 before the insert.
    expect(reaches(s, outcome([[null, null], [{ s: [] }]], { d: [[2, 0]] }))).toBe('yes');
  });
});
