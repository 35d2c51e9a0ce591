import { describe, expect, it } from 'vitest';
import type { PyValue } from '../../src/catalogue/pyValue.ts';
import { exc } from '../../src/catalogue/pyValue.ts';
import { expectationsOf } from '../../src/oracle/expectations.ts';
import { planOf } from '../../src/oracle/plan.ts';
import type { Scenario } from '../../src/scenario/scenario.ts';
import { call, outcome, scenarioOf } from '../oracle/scenarioOf.ts';

// `final` as the program encodes it ({d: pairs}, {s: members}).
const reaches = (s: Scenario, threads: PyValue[][], final: unknown) =>
  expectationsOf(planOf(s)).reaches(outcome(threads, final as PyValue), 'split');
const serially = (s: Scenario, threads: PyValue[][], final: unknown) =>
  expectationsOf(planOf(s)).reaches(outcome(threads, final as PyValue), 'atomic');
const dictIter = (items: [PyValue, PyValue][], how = 'keys') => [items, how, []] as unknown as Scenario['initial'];

describe('a shared dict iterator', () => {
  const d12 = { d: [[1, 0], [2, 0]] };

  it('two threads can both get the same key (they load the same position), never a key the dict never had', () => {
    const s = scenarioOf('dict+iter', [[call('dict+iter.next')], [call('dict+iter.next')]], { initial: dictIter([[1, 0], [2, 0]]) });
    expect(reaches(s, [[1], [1]], d12)).toBe('yes');
    expect(serially(s, [[1], [1]], d12)).toBe('no');
    expect(reaches(s, [[1], [2]], d12)).toBe('yes');
    expect(reaches(s, [[1], [3]], d12)).toBe('no');
  });

  it('a thread that loaded the position before another yielded that entry and changed its value gets the new value', () => {
    // dictiter_iternext_threadsafe loads di_pos, then ma_keys and the entry's me_value: another thread can run a
    // whole next() and a d[k] = v in between (3.13.5t, seed 20261207: a false FORBIDDEN before the load was split).
    const s = scenarioOf('dict+iter', [[call('dict+iter.next'), call('dict+iter:c.setitem', 2, 1)], [call('dict+iter.next')]],
      { initial: dictIter([[2, 0], [3, 3], [0, 0]], 'items') });
    const final = { d: [[2, 1], [3, 3], [0, 0]] };
    expect(reaches(s, [[[2, 0], null], [[2, 1]]], final)).toBe('yes');
    expect(serially(s, [[[2, 0], null], [[2, 1]]], final)).toBe('no');
    // Never a value the entry did not hold.
    expect(reaches(s, [[[2, 0], null], [[2, 7]]], final)).toBe('no');
  });

  it('a thread that loaded the position before another stored it may find di->len already 0: "keys changed"', () => {
    const s = scenarioOf('dict+iter', [[call('dict+iter.next')], [call('dict+iter.next')]], { initial: dictIter([[0, 2]], 'values') });
    expect(reaches(s, [[2], [exc('RuntimeError')]], { d: [[0, 2]] })).toBe('yes');
    // Alone, an iterator over an unchanged dict never sees di->len run out before the entries.
    const alone = scenarioOf('dict+iter', [[call('dict+iter.next'), call('dict+iter.next')], []], { initial: dictIter([[0, 2]], 'values') });
    expect(reaches(alone, [[2, exc('RuntimeError')], []], { d: [[0, 2]] })).toBe('no');
  });

  it('is exact while the keys are unchanged: items in insertion order, values as they are now', () => {
    const s = scenarioOf('dict+iter', [[call('dict+iter.next'), call('dict+iter:c.setitem', 2, 7), call('dict+iter.next'),
      call('dict+iter.next')]], { initial: dictIter([[1, 0], [2, 0]], 'items') });
    expect(reaches(s, [[[1, 0], null, [2, 7], null]], { d: [[1, 0], [2, 7]] })).toBe('yes');
    expect(reaches(s, [[[1, 0], null, [2, 0], null]], { d: [[1, 0], [2, 7]] })).toBe('no');
  });

  it('a size change is a RuntimeError for good; exhaustion is for good', () => {
    const grown = scenarioOf('dict+iter', [[call('dict+iter:c.setitem', 3, 0), call('dict+iter.next'),
      call('dict+iter:c.delitem', 3), call('dict+iter.next')]], { initial: dictIter([[1, 0]]) });
    expect(reaches(grown, [[null, exc('RuntimeError'), null, exc('RuntimeError')]], { d: [[1, 0]] })).toBe('yes');
    expect(reaches(grown, [[null, exc('RuntimeError'), null, 1]], { d: [[1, 0]] })).toBe('no');
    const done = scenarioOf('dict+iter', [[call('dict+iter.next'), call('dict+iter:c.setitem', 3, 0), call('dict+iter.next')]],
      { initial: dictIter([]) });
    expect(reaches(done, [[null, null, null]], { d: [[3, 0]] })).toBe('yes');
    expect(reaches(done, [[null, null, exc('RuntimeError')]], { d: [[3, 0]] })).toBe('no');
  });

  it('after the keys changed it may skip or repeat, never return a key the dict no longer has', () => {
    // Same size after delete + insert: no RuntimeError; 2 may be skipped; 1 is gone for good.
    const s = scenarioOf('dict+iter', [[call('dict+iter.next'), call('dict+iter:c.delitem', 1), call('dict+iter:c.setitem', 3, 0),
      call('dict+iter.next')]], { initial: dictIter([[1, 0], [2, 0]]) });
    const final = { d: [[2, 0], [3, 0]] };
    for (const r of [2, 3, null]) expect(reaches(s, [[1, null, null, r]], final)).toBe('yes');
    expect(reaches(s, [[1, null, null, 1]], final)).toBe('no');
  });
});

describe('a shared reversed dict iterator', () => {
  it('takes the dict\'s lock for each step: two threads never get the same key', () => {
    const s = scenarioOf('dict+reviter', [[call('dict+reviter.next')], [call('dict+reviter.next')]],
      { initial: [[[1, 0], [2, 0]], 'reversed', []] as unknown as Scenario['initial'] });
    const final = { d: [[1, 0], [2, 0]] };
    expect(reaches(s, [[2], [1]], final)).toBe('yes');
    expect(reaches(s, [[2], [2]], final)).toBe('no');
  });

  it('over a dict cleared and refilled to its size: a key of the new dict or the end, never a cleared one', () => {
    const s = scenarioOf('dict+reviter', [[call('dict+reviter:c.clear'), call('dict+reviter:c.setitem', 'c', 0),
      call('dict+reviter:c.setitem', 'd', 0), call('dict+reviter.next')]],
    { initial: [[['a', 0], ['b', 0]], 'reversed', ['~0', '~1', '~2', '~3']] as unknown as Scenario['initial'] });
    const final = { d: [['c', 0], ['d', 0]] };
    // 3.13.15 stops (its position is past the new table: gh-154709's fix); older code walked down to 'd'.
    expect(reaches(s, [[null, null, null, null]], final)).toBe('yes');
    expect(reaches(s, [[null, null, null, 'd']], final)).toBe('yes');
    // What 3.13.5 returned reading past the table: keys of the cleared dict.
    expect(reaches(s, [[null, null, null, 'b']], final)).toBe('no');
  });
});

describe('a shared set iterator', () => {
  it('another thread may pass the size check before a RuntimeError makes it stick', () => {
    // setiter_iternext loads both sizes, then stores si_used = -1: t1 can check in between.
    const s = scenarioOf('set+iter', [[call('set+iter:c.add', 'c'), call('set+iter.next')],
      [call('set+iter:c.clear'), call('set+iter:c.discard', 'c'), call('set+iter:c.clear'), call('set+iter.next'),
        call('set+iter.next')]], { initial: [] });
    expect(reaches(s, [[null, exc('RuntimeError')], [null, null, null, null, null]], { s: [] })).toBe('yes');
  });

  it('yields each member once in some order while the set is unchanged; a frozenset\'s iterator only races itself', () => {
    const s = scenarioOf('frozenset+iter', [[call('frozenset+iter.next'), call('frozenset+iter.next'),
      call('frozenset+iter.next')]], { initial: ['a', 'b'] });
    expect(reaches(s, [['b', 'a', null]], { s: ['a', 'b'] })).toBe('yes');
    expect(reaches(s, [['a', 'a', null]], { s: ['a', 'b'] })).toBe('no');
    const two = scenarioOf('frozenset+iter', [[call('frozenset+iter.next')], [call('frozenset+iter.next')]], { initial: ['a', 'b'] });
    expect(reaches(two, [['a'], ['a']], { s: ['a', 'b'] })).toBe('yes');
    expect(reaches(two, [['a'], ['c']], { s: ['a', 'b'] })).toBe('no');
  });
});
