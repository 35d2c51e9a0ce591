import type { Property } from '../src/engine/property.ts';

// Negative controls: code the docs call never atomic, run without a lock, must show its race on a
// free-threaded interpreter. If none fires, the run had no real contention and proves nothing.
// Several operations per thread on small key domains, so that the threads almost surely share a key.
export const racesSuite: readonly Property[] = [
  {
    suite: 'races', kind: 'negative-control', name: 'unlocked d[k] = d.get(k, 0) + 1 loses updates',
    shape: { containers: ['dict'], ops: ['dict.rmw-increment'], threads: { min: 2, max: 2 }, opsPerThread: { min: 3, max: 5 }, lockModes: ['none'], keyKinds: ['int'] },
  },
  {
    suite: 'races', kind: 'negative-control', name: 'unlocked lst[i] = lst[i] + 1 loses updates',
    shape: { containers: ['list'], ops: ['list.rmw-increment'], threads: { min: 2, max: 2 }, opsPerThread: { min: 3, max: 5 }, lockModes: ['none'] },
  },
  {
    suite: 'races', kind: 'negative-control', name: 'unlocked "if x not in s: s.add(x)" lets two threads both add',
    shape: { containers: ['set'], ops: ['set.check-then-add'], threads: { min: 2, max: 2 }, opsPerThread: { min: 3, max: 5 }, lockModes: ['none'], keyKinds: ['int'], initial: 'empty' },
  },
];
