import type { DocRef, IterState, ListState, Operation, Step, StepOut } from './operation.ts';
import type { PyValue } from './pyValue.ts';
import { operation as base } from './baseCatalogue.ts';
import { lift } from './lift.ts';
import { STALE_SLOT_BUG, staleItems } from './list.ts';
import { readSlotAs, type ReadMode } from './listModel.ts';

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

/** listiter_next's three steps; `mode`: how a known bug makes its slot read go (readSlotAs). */
const nextSteps = (mode: ReadMode): Step[] => [
  (state) => [{ state, tmp: (state as unknown as IterState)[1] }],
  (state, _args, tmp): StepOut[] => {
    const [items, pos] = state as unknown as IterState;
    const index = tmp as number;
    if (index < 0) return [{ state, result: null, finish: true }];
    const { r } = readSlotAs(items, index, mode, false, null);
    if (r === 'wait') return [];
    return r === 'oob' ? [{ state, tmp: [null, -1] }]
      : r.map((seen) => ({ state: iter(seen.state, pos), tmp: [seen.item, index + 1] }));
  },
  (state, _args, tmp): StepOut[] => {
    const [items] = state as unknown as IterState;
    const [item, next] = tmp as readonly [PyValue, number];
    return [{ state: iter(items, next), result: item }];
  },
];

export const iterNext: Operation = {
  id: 'list+iter.next', container: 'list+iter', label: 'next(it, None)', args: [],
  python: () => ['r = next(o, None)'],
  guarantee: 'never-atomic', doc: SHARED_ITERATOR, exceptions: [],
  // It advances the shared iterator: to the other threads calling next() it is a writer.
  writes: true,
  access: 'lock-free',
  // Duplicates and omissions come from three separate steps: two threads can load the same index, and a
  // late store can move the index back. The store is a plain relaxed store, not a compare-and-swap: a next()
  // that loaded the index before another thread found the end stores index + 1 over that thread's -1, so an
  // exhausted iterator yields again (seen on 16 cores: one next() returned None, then both threads got an
  // item inserted meanwhile). The slot is read at (2), the index stored at (3).
  model: 'Objects/listobject.c listiter_next: (1) a relaxed load of it_index; (2) list_get_item_ref of that '
    + 'slot; (3) a relaxed store of index + 1, or of -1 past the end (FT_ATOMIC_STORE_SSIZE_RELAXED, no CAS)',
  steps: nextSteps('documented'),
  // The stale-slot issue: the slot read at (2) may be one a growing writer has not stored yet.
  bugs: [{ ...STALE_SLOT_BUG, op: (scenario) => ({ steps: nextSteps({ stale: staleItems(scenario) }) }) }],
};

export const sharedIteratorOps: readonly Operation[] = [
  iterNext,
  ...['list.append', 'list.pop', 'list.insert', 'list.clear', 'list.setitem', 'list.remove'].map((id) => lift(base(id), 'list+iter', 'c')),
];
