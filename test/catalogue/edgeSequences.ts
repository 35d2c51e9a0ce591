import type { ContainerType } from '../../src/catalogue/operation.ts';
import type { PyValue } from '../../src/catalogue/pyValue.ts';
import type { Scenario } from '../../src/scenario/scenario.ts';
import type { SerialSequence } from './serialSequence.ts';

const seq = (container: ContainerType, initial: unknown, ...calls: [string, ...PyValue[]][]): SerialSequence =>
  ({ container, initial: initial as Scenario['initial'], calls: calls.map(([op, ...args]) => ({ op, args })) });

/**
 * Corners that random sequences reach only now and then, run in CPython on every test run: a list
 * iterator exhausted for good, one left past the end of a shrunk list, one that meets an insertion
 * before its position; dict and set iterators exhausted for good, told of a size change for good, meeting
 * a same-size change of their keys, a reversed one over a dict cleared and refilled under it (gh-154709's
 * corner, inside the smallest table); pairs whose objects share keys and elements.
 */
export const edgeSequences: readonly SerialSequence[] = [
  seq('list+iter', [], ['list+iter.next'], ['list+iter:c.append', 1], ['list+iter.next']),
  seq('list+iter', [5, 6], ['list+iter.next'], ['list+iter:c.pop'], ['list+iter.next'], ['list+iter:c.append', 7],
    ['list+iter.next']),
  seq('list+iter', [5, 6, 7], ['list+iter.next'], ['list+iter.next'], ['list+iter:c.clear'],
    ['list+iter:c.append', 1], ['list+iter:c.append', 2], ['list+iter:c.append', 3], ['list+iter.next'],
    ['list+iter.next']),
  seq('list+iter', [5, 6], ['list+iter.next'], ['list+iter:c.insert', 0, 4], ['list+iter.next'],
    ['list+iter:c.remove', 4], ['list+iter:c.setitem', 1, 0], ['list+iter.next'], ['list+iter.next']),
  seq('dict+iter', [[[1, 0], [2, 0]], 'items', [-1]], ['dict+iter.next'], ['dict+iter:c.setitem', 1, 5],
    ['dict+iter.next'], ['dict+iter.next'], ['dict+iter:c.setitem', 3, 0], ['dict+iter.next']),
  seq('dict+iter', [[[1, 0]], 'keys', []], ['dict+iter:c.setitem', 2, 0], ['dict+iter.next'], ['dict+iter:c.delitem', 2],
    ['dict+iter.next']),
  seq('dict+iter', [[['a', 0], ['b', 1]], 'values', ['~0', '~1']], ['dict+iter.next'], ['dict+iter:c.delitem', 'b'],
    ['dict+iter:c.setitem', 'c', 2], ['dict+iter.next'], ['dict+iter.next']),
  seq('dict+reviter', [[[1, 0], [2, 0]], 'reversed', [-1]], ['dict+reviter.next'], ['dict+reviter.next'],
    ['dict+reviter.next'], ['dict+reviter:c.setitem', 3, 0], ['dict+reviter.next']),
  seq('dict+reviter', [[['a', 0], ['b', 0]], 'reversed', ['~0', '~1']], ['dict+reviter:c.clear'],
    ['dict+reviter:c.setitem', 'a', 1], ['dict+reviter:c.setitem', 'b', 2], ['dict+reviter.next'], ['dict+reviter.next']),
  seq('set+iter', [3, 1, 2], ['set+iter.next'], ['set+iter.next'], ['set+iter.next'], ['set+iter.next'],
    ['set+iter:c.add', 0], ['set+iter.next']),
  seq('set+iter', ['a', 'b'], ['set+iter.next'], ['set+iter:c.discard', 'a'], ['set+iter:c.add', 'c'], ['set+iter.next'],
    ['set+iter.next'], ['set+iter:c.add', 'd'], ['set+iter.next']),
  seq('frozenset+iter', ['a', 'b', 'c'], ['frozenset+iter.next'], ['frozenset+iter.next'], ['frozenset+iter.next'],
    ['frozenset+iter.next']),
  seq('dict+dict', [[[1, 1], [2, 2]], [[2, 0], [3, 3]]], ['dict+dict:o.setitem', 1, 1], ['dict+dict.eq'],
    ['dict+dict.update'], ['dict+dict:o.clear'], ['dict+dict.ior'], ['dict+dict:c.get', 3]),
  seq('list+list', [[1], [2, 3]], ['list+list.iadd'], ['list+list:o.insert', -9, 0], ['list+list.setslice'],
    ['list+list:o.pop'], ['list+list:c.len']),
  seq('set+set', [['a', 'b'], ['b', 'c']], ['set+set.and'], ['set+set.issubset'], ['set+set.ixor'], ['set+set:o.pop'],
    ['set+set.eq'], ['set+set.isub']),
];
