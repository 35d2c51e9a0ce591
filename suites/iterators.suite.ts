import type { ContainerType } from '../src/catalogue/operation.ts';
import type { Property } from '../src/engine/property.ts';

// Iterating a shared iterable while other threads mutate it: never atomic, but never an element that was
// not there (lists), and for dicts and sets only the documented RuntimeError. A crash is always a finding.
// Every way of iterating: for loops, reversed(), unpacking, tuple(), views, dict.fromkeys of a list.
const iterations = {
  list: ['list.iterate', 'list.reversed', 'list.unpack', 'list.dict-fromkeys'],
  dict: ['dict.iterate', 'dict.reversed', 'dict.values-iterate', 'dict.items-iterate', 'dict.tuple'],
  set: ['set.iterate', 'set.tuple'],
} as const;
const writers = {
  list: ['list.append', 'list.pop', 'list.insert', 'list.remove', 'list.clear', 'list.extend', 'list.sort', 'list.reverse', 'list.setitem'],
  dict: ['dict.setitem', 'dict.delitem', 'dict.pop-default', 'dict.popitem', 'dict.setdefault', 'dict.clear', 'dict.update'],
  set: ['set.add', 'set.discard', 'set.pop', 'set.clear', 'set.update', 'set.isub'],
} as const;

// One iterator object made before the threads start and shared by them, its container cleared, refilled,
// grown (resized) or shrunk by other threads meanwhile (a frozenset's by nobody): duplicates and
// omissions are documented, an element that was never there, a crash or a hang is a finding.
const shared: readonly (readonly [ContainerType, string])[] = [
  ['list+iter', 'a list'],
  ['dict+iter', 'a dict (over its keys, values or items)'],
  ['dict+reviter', 'a dict made by reversed(d)'],
  ['set+iter', 'a set'],
  ['frozenset+iter', 'a frozenset'],
];

export const iteratorsSuite: readonly Property[] = [
  ...(['list', 'dict', 'set'] as const).map((c): Property => ({
    suite: 'iterators', kind: 'conformance' as const,
    name: `iterating a shared ${c} while others mutate it never yields an element that was not there`,
    shape: { containers: [c], ops: [...iterations[c], ...writers[c]], threads: { min: 2, max: 3 }, opsPerThread: { min: 1, max: 3 }, lockModes: ['none'] },
  })),
  ...shared.map(([container, what]): Property => ({
    suite: 'iterators', kind: 'conformance',
    name: container === 'list+iter'
      ? 'one iterator shared by several threads never invents an element (duplicates and omissions allowed)'
      : `one iterator of ${what} shared by several threads never invents an element (duplicates and omissions allowed)`,
    // Every thread calls next() at least once (the list's property predates this and draws it like the rest).
    shape: { containers: [container], ...(container === 'list+iter' ? {} : { everyThread: `${container}.next` }),
      threads: { min: 2, max: 3 }, opsPerThread: { min: 1, max: 4 }, lockModes: ['none'] },
  })),
];
