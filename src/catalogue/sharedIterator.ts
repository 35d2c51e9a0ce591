import type { DocRef, IterState, Operation } from './operation.ts';
import { operation as base } from './baseCatalogue.ts';
import { lift } from './lift.ts';

// One iterator object shared by several threads, over a list others may modify. State: [items, position];
// position -1 once exhausted (a list iterator never restarts).
const SHARED_ITERATOR: DocRef = {
  sentence: 'Sharing the same iterator object between multiple threads is generally not safe and threads may see '
    + 'duplicate or missing elements when iterating. (CPython\'s own tests still require that a shared iterator '
    + 'never produces an element that was not in the source; a crash is a bug.)',
  source: 'Doc/howto/free-threading-python.rst#iterators; Lib/test/test_free_threading/test_iteration.py',
  since: '3.13',
};

export const iterNext: Operation = {
  id: 'list+iter.next', container: 'list+iter', label: 'next(it, None)', args: [],
  python: () => ['r = next(o, None)'],
  guarantee: 'never-atomic', doc: SHARED_ITERATOR, exceptions: [],
  // It advances the shared iterator: to the other threads calling next() it is a writer.
  writes: true,
  weakWhen: 'anyWrite',
  // Duplicates and omissions are documented; an element that never was in the list is not.
  plausible: (r, u) => r === null || u.elements.has(JSON.stringify(r)),
  steps: [(state) => {
    const [items, pos] = state as unknown as IterState;
    if (pos >= 0 && pos < items.length) return [{ state: [items, pos + 1] as unknown as IterState[0], result: items[pos] }];
    return [{ state: [items, -1] as unknown as IterState[0], result: null }];
  }],
};

export const sharedIteratorOps: readonly Operation[] = [
  iterNext,
  ...['list.append', 'list.pop', 'list.insert', 'list.clear', 'list.setitem', 'list.remove'].map((id) => lift(base(id), 'list+iter', 'c')),
];
