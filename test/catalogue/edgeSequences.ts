import type { ContainerType } from '../../src/catalogue/operation.ts';
import type { PyValue } from '../../src/catalogue/pyValue.ts';
import type { Scenario } from '../../src/scenario/scenario.ts';
import type { SerialSequence } from './serialSequence.ts';

const seq = (container: ContainerType, initial: unknown, ...calls: [string, ...PyValue[]][]): SerialSequence =>
  ({ container, initial: initial as Scenario['initial'], calls: calls.map(([op, ...args]) => ({ op, args })) });

/**
 * Corners that random sequences reach only now and then, run in CPython on every test run: a list
 * iterator exhausted for good, one left past the end of a shrunk list, one that meets an insertion
 * before its position; pairs whose objects share keys and elements.
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
  seq('dict+dict', [[[1, 1], [2, 2]], [[2, 0], [3, 3]]], ['dict+dict:o.setitem', 1, 1], ['dict+dict.eq'],
    ['dict+dict.update'], ['dict+dict:o.clear'], ['dict+dict.ior'], ['dict+dict:c.get', 3]),
  seq('list+list', [[1], [2, 3]], ['list+list.iadd'], ['list+list:o.insert', -9, 0], ['list+list.setslice'],
    ['list+list:o.pop'], ['list+list:c.len']),
  seq('set+set', [['a', 'b'], ['b', 'c']], ['set+set.and'], ['set+set.issubset'], ['set+set.ixor'], ['set+set:o.pop'],
    ['set+set.eq'], ['set+set.isub']),
];
