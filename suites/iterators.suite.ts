import type { Property } from '../src/engine/property.ts';

// Iterating a shared iterable while other threads mutate it: never atomic, but never an element that was
// not there (lists), and for dicts and sets only the documented RuntimeError. A crash is always a finding.
const writers = {
  list: ['list.append', 'list.pop', 'list.insert', 'list.remove', 'list.clear', 'list.extend', 'list.sort', 'list.reverse', 'list.setitem'],
  dict: ['dict.setitem', 'dict.delitem', 'dict.pop-default', 'dict.popitem', 'dict.setdefault', 'dict.clear', 'dict.update'],
  set: ['set.add', 'set.discard', 'set.pop', 'set.clear', 'set.update', 'set.isub'],
} as const;

const shared: Property = {
  suite: 'iterators', kind: 'conformance',
  name: 'one iterator shared by several threads never invents an element (duplicates and omissions allowed)',
  shape: { containers: ['list+iter'], threads: { min: 2, max: 3 }, opsPerThread: { min: 1, max: 4 }, lockModes: ['none'] },
};

export const iteratorsSuite: readonly Property[] = [...(['list', 'dict', 'set'] as const).map((c): Property => ({
  suite: 'iterators', kind: 'conformance' as const,
  name: `iterating a shared ${c} while others mutate it never yields an element that was not there`,
  shape: { containers: [c], ops: [`${c}.iterate`, ...writers[c]], threads: { min: 2, max: 3 }, opsPerThread: { min: 1, max: 3 }, lockModes: ['none'] },
})), shared];
