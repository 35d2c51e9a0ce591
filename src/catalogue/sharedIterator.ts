import type { DocRef, IterState, ListState, Operation, StepOut } from './operation.ts';
import { operation as base } from './baseCatalogue.ts';
import { lift } from './lift.ts';
import { readSlot } from './listModel.ts';

// One iterator object shared by several threads, over a list others may modify. State: [items, position];
// position -1 once exhausted (a list iterator never restarts).
export const SHARED_ITERATOR: DocRef = {
  sentence: 'Sharing the same iterator object between multiple threads is generally not safe and threads may see '
    + 'duplicate or missing elements when iterating. (CPython\'s own tests still require that a shared iterator '
    + 'never produces an element that was not in the source; a crash is a bug.)',
  source: 'Doc/howto/free-threading-python.rst#iterators; Lib/test/test_free_threading/test_iteration.py',
  since: '3.13',
};

const iter = (items: ListState, pos: number) => [items, pos] as unknown as IterState[0];

export const iterNext: Operation = {
  id: 'list+iter.next', container: 'list+iter', label: 'next(it, None)', args: [],
  python: () => ['r = next(o, None)'],
  guarantee: 'never-atomic', doc: SHARED_ITERATOR, exceptions: [],
  // It advances the shared iterator: to the other threads calling next() it is a writer.
  writes: true,
  access: 'lock-free',
  // Duplicates and omissions come from the two separate steps: two threads can load the same index, and
  // a late store can move the index back.
  model: 'Objects/listobject.c listiter_next: a relaxed load of it_index, then list_get_item_ref of that slot '
    + 'and a relaxed store of index + 1 (or -1 past the end)',
  steps: [
    (state) => [{ state, tmp: (state as unknown as IterState)[1] }],
    (state, _args, tmp): StepOut[] => {
      const [items] = state as unknown as IterState;
      const index = tmp as number;
      if (index < 0) return [{ state, result: null }];
      const r = readSlot(items, index);
      if (r === 'wait') return [];
      return r === 'oob' ? [{ state: iter(items, -1), result: null }]
        : r.map((seen) => ({ state: iter(seen.state, index + 1), result: seen.item }));
    },
  ],
};

export const sharedIteratorOps: readonly Operation[] = [
  iterNext,
  ...['list.append', 'list.pop', 'list.insert', 'list.clear', 'list.setitem', 'list.remove'].map((id) => lift(base(id), 'list+iter', 'c')),
];
