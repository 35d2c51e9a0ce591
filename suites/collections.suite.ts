import type { Property } from '../src/engine/property.ts';

// dict's C subclasses of collections (src/catalogue/collections.ts): defaultdict(list), OrderedDict, Counter.
export const collectionsSuite: readonly Property[] = [
  {
    suite: 'collections', kind: 'conformance',
    name: 'defaultdict(list): d[k].append(x) from several threads never loses an append',
    shape: { containers: ['defaultdict'], threads: { min: 2, max: 3 }, opsPerThread: { min: 1, max: 3 }, lockModes: ['none'] },
  },
  {
    suite: 'collections', kind: 'conformance',
    name: 'OrderedDict operations keep the order and take effect at one point',
    shape: { containers: ['odict'], threads: { min: 2, max: 3 }, opsPerThread: { min: 1, max: 3 }, lockModes: ['none'] },
  },
  {
    suite: 'collections', kind: 'conformance',
    name: 'Counter.update and += under threading.Lock count exactly',
    shape: { containers: ['counter'], threads: { min: 2, max: 3 }, opsPerThread: { min: 1, max: 3 }, lockModes: ['all'] },
  },
  {
    suite: 'collections', kind: 'negative-control',
    name: 'unlocked Counter.update loses increments',
    shape: { containers: ['counter'], ops: ['counter.update'], threads: { min: 2, max: 2 }, opsPerThread: { min: 3, max: 5 },
      lockModes: ['none'], keyKinds: ['int'], initial: 'empty' },
  },
];
