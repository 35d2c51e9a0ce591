import { describe, expect, it } from 'vitest';
import { operation } from '../../src/catalogue/catalogue.ts';
import type { ContainerState, Operation, StepOut } from '../../src/catalogue/operation.ts';
import type { PyValue } from '../../src/catalogue/pyValue.ts';
import { exc } from '../../src/catalogue/pyValue.ts';
import { applyOp } from '../../src/oracle/applyOp.ts';

/** Serial run of calls; each must have exactly one outcome. */
const run = (state: ContainerState, ...calls: [string, ...PyValue[]][]) => {
  const results: PyValue[] = [];
  for (const [id, ...args] of calls) {
    const outs = applyOp(operation(id), state, args);
    expect(outs).toHaveLength(1);
    state = outs[0].state;
    results.push(outs[0].result ?? null);
  }
  return { state, results };
};

/** One step of a split operation, the only way it can go. */
const step = (op: Operation, i: number, state: ContainerState, args: PyValue[], tmp?: PyValue): StepOut => {
  const outs = op.steps[i](state, args, tmp);
  expect(outs).toHaveLength(1);
  return outs[0];
};

describe('dict model', () => {
  it('a key deleted and set again moves to the end of the insertion order', () => {
    const { state } = run([[1, 10], [2, 20], [3, 30]], ['dict.delitem', 1], ['dict.setitem', 1, 11]);
    expect(state).toEqual([[2, 20], [3, 30], [1, 11]]);
  });

  it('overwriting an existing key keeps its position', () => {
    expect(run([[1, 10], [2, 20]], ['dict.setitem', 1, 0]).state).toEqual([[1, 0], [2, 20]]);
  });

  it('popitem is LIFO, then KeyError when empty', () => {
    const { state, results } = run([[1, 10], [2, 20]], ['dict.pop', 1], ['dict.setitem', 1, 5],
      ['dict.popitem'], ['dict.popitem'], ['dict.popitem']);
    expect(results).toEqual([10, null, [1, 5], [2, 20], exc('KeyError')]);
    expect(state).toEqual([]);
  });

  it('update and |= keep existing keys in place and append new ones in order', () => {
    const items = { d: [[3, 3], [1, 9], [0, 0]] as [PyValue, PyValue][] };
    expect(run([[1, 1], [2, 2]], ['dict.update', items]).state).toEqual([[1, 9], [2, 2], [3, 3], [0, 0]]);
    expect(run([[1, 1], [2, 2]], ['dict.ior', items]).state).toEqual([[1, 9], [2, 2], [3, 3], [0, 0]]);
  });

  it('pop with a default leaves a missing key missing', () => {
    expect(run([[1, 1]], ['dict.pop-default', 2, 7])).toEqual({ state: [[1, 1]], results: [7] });
  });

  it('check-then-delete raises KeyError when another thread deletes in between', () => {
    const op = operation('dict.check-then-delete');
    const checked = step(op, 0, [[1, 1]], [1]);
    expect(checked.tmp).toBe(true);
    expect(step(op, 1, [], [1], checked.tmp)).toEqual({ state: [], result: exc('KeyError') });
  });

  it('the increment loses an update when split by another increment', () => {
    const op = operation('dict.rmw-increment');
    const a = step(op, 0, [], ['k']);
    const b = step(op, 0, [], ['k']);
    const afterA = step(op, 1, [], ['k'], a.tmp);
    expect(step(op, 1, afterA.state, ['k'], b.tmp)).toEqual({ state: [['k', 1]], result: 1 });
  });
});

describe('set model', () => {
  it('pop branches on every member: CPython does not say which goes', () => {
    const outs = applyOp(operation('set.pop'), [1, 2, 3], []);
    expect(outs.map((o) => o.result)).toEqual([1, 2, 3]);
    for (const o of outs) expect(o.state).not.toContain(o.result);
    expect(outs.map((o) => o.state.length)).toEqual([2, 2, 2]);
  });

  it('pop on an empty set raises KeyError', () => {
    expect(applyOp(operation('set.pop'), [], [])).toEqual([{ state: [], result: exc('KeyError') }]);
  });

  it('symmetric_difference_update toggles a repeated element once', () => {
    expect(run([1, 2], ['set.symmetric_difference_update', [2, 2, 3]]).state).toEqual([1, 3]);
    expect(run([1, 2], ['set.ixor', [2, 2, 3]]).state).toEqual([1, 3]);
  });

  it('check-then-add answers True in two threads that both checked first', () => {
    const op = operation('set.check-then-add');
    const a = step(op, 0, [], [1]);
    const b = step(op, 0, [], [1]);
    const afterA = step(op, 1, [], [1], a.tmp);
    expect(afterA).toEqual({ state: [1], result: true });
    expect(step(op, 1, afterA.state, [1], b.tmp)).toEqual({ state: [1], result: true });
  });

  it('iteration yields the members sorted (the program sorts what it collected)', () => {
    expect(run(['c', 'a', 'b'], ['set.iterate']).results).toEqual([['a', 'b', 'c']]);
  });
});

describe('list model', () => {
  it('insert clamps its index; pop(i) and lst[i] count negative indexes from the end', () => {
    expect(run([1, 2], ['list.insert', 9, 0], ['list.insert', -9, 3]).state).toEqual([3, 1, 2, 0]);
    expect(run([1, 2, 3], ['list.pop-index', -1], ['list.getitem', -2]).results).toEqual([3, 1]);
    expect(run([1], ['list.pop-index', 1], ['list.getitem', -2]).results)
      .toEqual([exc('IndexError'), exc('IndexError')]);
  });

  it('slice assignment clamps both ends and inserts when the slice is empty', () => {
    expect(run([1, 2, 3], ['list.setslice', -2, 9, [0]]).state).toEqual([1, 0]);
    expect(run([1, 2, 3], ['list.setslice', 2, 1, [7, 7]]).state).toEqual([1, 2, 7, 7, 3]);
  });

  it('*= 0 empties the list', () => {
    expect(run([1, 2], ['list.imul', 0]).state).toEqual([]);
    expect(run([1, 2], ['list.imul', 2]).state).toEqual([1, 2, 1, 2]);
  });

  it('the increment raises IndexError at the write when the list shrank in between', () => {
    const op = operation('list.rmw-increment');
    const read = step(op, 0, [5, 6], [1]);
    expect(read.tmp).toBe(7);
    expect(step(op, 1, [5], [1], read.tmp)).toEqual({ state: [5], result: exc('IndexError') });
  });

  it('check-then-pop raises IndexError when another thread emptied the list in between', () => {
    const op = operation('list.check-then-pop');
    const checked = step(op, 0, [1], []);
    expect(step(op, 1, [], [], checked.tmp)).toEqual({ state: [], result: exc('IndexError') });
  });
});

describe('two-object models', () => {
  it('cross operations read o into c and leave o alone', () => {
    expect(run([[[1, 1], [2, 2]], [[3, 3], [1, 9]]] as unknown as ContainerState, ['dict+dict.update']).state)
      .toEqual([[[1, 9], [2, 2], [3, 3]], [[3, 3], [1, 9]]]);
    expect(run([[1], [2, 3]] as unknown as ContainerState, ['list+list.setslice'], ['list+list:o.append', 4]).state)
      .toEqual([[2, 3], [2, 3, 4]]);
    expect(run([[1, 2], [2, 3]] as unknown as ContainerState, ['set+set.xor'], ['set+set.isub']).results)
      .toEqual([{ s: [1, 3] }, null]);
  });

  it('a shared list iterator reads index position while it is in range, then is exhausted for good', () => {
    const { state, results } = run([[5, 6], 0] as unknown as ContainerState, ['list+iter.next'], ['list+iter:c.pop'],
      ['list+iter.next'], ['list+iter:c.append', 7], ['list+iter:c.append', 8], ['list+iter.next']);
    // After 6 is popped the iterator (at 1) is past the end: exhausted, and 7 and 8 come too late.
    expect(results).toEqual([5, 6, null, null, null, null]);
    expect(state).toEqual([[5, 7, 8], -1]);
  });

  it('a shared list iterator sees what was inserted before its position as a repeat', () => {
    const { results } = run([[5, 6], 0] as unknown as ContainerState, ['list+iter.next'],
      ['list+iter:c.insert', 0, 4], ['list+iter.next']);
    expect(results).toEqual([5, null, 5]);
  });
});
