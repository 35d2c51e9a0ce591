import type { Property } from '../src/engine/property.ts';

// Positive controls: the same never-atomic patterns as the races suite, under threading.Lock, must be exact.
export const lockedSuite: readonly Property[] = [
  {
    suite: 'locked', kind: 'conformance', name: 'd[k] = d.get(k, 0) + 1 under threading.Lock never loses an update',
    shape: { containers: ['dict'], ops: ['dict.rmw-increment', 'dict.check-then-delete'], threads: { min: 2, max: 2 }, opsPerThread: { min: 2, max: 4 }, lockModes: ['all'], keyKinds: ['int'] },
  },
  {
    suite: 'locked', kind: 'conformance', name: 'lst[i] = lst[i] + 1 and check-then-pop under threading.Lock are exact',
    shape: { containers: ['list'], ops: ['list.rmw-increment', 'list.check-then-pop'], threads: { min: 2, max: 2 }, opsPerThread: { min: 2, max: 4 }, lockModes: ['all'] },
  },
  {
    suite: 'locked', kind: 'conformance', name: 'check-then-act on a set under threading.Lock is exact',
    shape: { containers: ['set'], ops: ['set.check-then-add', 'set.check-then-remove', 'set.len-then-pop'], threads: { min: 2, max: 2 }, opsPerThread: { min: 2, max: 4 }, lockModes: ['all'], keyKinds: ['int'] },
  },
];
