import type { Operation, SetIterInfo, SetIterState, SetState, StepOut } from './operation.ts';
import type { PyValue } from './pyValue.ts';
import { exc, pyEquals } from './pyValue.ts';
import { operation as base } from './baseCatalogue.ts';
import { liftTracked } from './lift.ts';
import { loadIterated } from './loadIterated.ts';
import { SHARED_ITERATOR } from './sharedIterator.ts';

// One set iterator shared by several threads, made before they start: over a set other threads clear,
// refill, grow or shrink ('set+iter'), or over a frozenset ('frozenset+iter': only next() runs).
// State: [members, SetIterInfo]. Duplicates and omissions are documented (SHARED_ITERATOR); an element the
// set never held, a crash or a hang is a finding.

type Out = StepOut<SetState>;
const at = (s: SetState, it: SetIterInfo): SetState => [s, it] as unknown as SetState;
const parts = (state: SetState) => state as unknown as SetIterState;

/**
 * (1b) After (1) loadIterated (so = si_set), the lock-free loads of the two sizes, a later instant than (1): between the two another thread can exhaust
 * the iterator and a writer restore the size, and this thread then runs the exhaustion path a second time.
 */
const check = (state: SetState): Out[] => {
  const [s, it] = parts(state);
  return [it.used !== s.length ? { state, tmp: 'raise' } : { state }];
};

/** (2) After a size mismatch, the store si_used = -1 (sticky), separate from the loads: until it lands
 * other threads still pass the check. Otherwise nothing. */
const raise = (state: SetState, _args: readonly PyValue[], tmp: PyValue | undefined): Out[] => {
  const [s, it] = parts(state);
  return [tmp === 'raise' ? { state: at(s, { ...it, used: -1 }), result: exc('RuntimeError'), finish: true } : { state }];
};

/**
 * (3) In the set's critical section: from si_pos, the first live slot of the table. While the members are
 * unchanged the table is too: the order seen so far, extended by any member not yet in it (the model
 * does not know the hash order, so it takes every one); once they changed, any member, or none.
 */
const scan = (state: SetState): Out[] => {
  const [s, it] = parts(state);
  const none: Out = { state, tmp: [it.pos, false, null] as unknown as PyValue };
  const take = (next: SetState, x: PyValue): Out => ({ state: next, tmp: [it.pos + 1, true, x] as unknown as PyValue });
  if (!it.exact) return [none, ...s.map((x) => take(state, x))];
  if (it.pos < it.order.length) return [take(state, it.order[it.pos])];
  const unseen = s.filter((x) => !it.order.some((y) => pyEquals(x, y)));
  return unseen.length === 0 ? [none] : unseen.map((x) => take(at(s, { ...it, order: [...it.order, x] }), x));
};

/** (4) Outside the lock: si_pos = i + 1; no key: si_set = NULL (exhausted for good), StopIteration. */
const store = (state: SetState, _args: readonly PyValue[], tmp: PyValue | undefined): Out[] => {
  const [s, it] = parts(state);
  const [pos, got, x] = tmp as unknown as [number, boolean, PyValue];
  // A thread that stores si_set = NULL after another one did passed the si_set check before it: it drops
  // the set's reference a second time (gh-144356).
  return [got ? { state: at(s, { ...it, pos }), result: x }
    : { state: at(s, { ...it, pos, done: true, ...(it.done ? { droppedTwice: true as const } : {}) }), result: null }];
};

const MODEL = 'Objects/setobject.c setiter_iternext: (1) si_set NULL -> StopIteration; (1b) lock-free loads, si_used != used -> '
  + 'RuntimeError and (2) the store si_used = -1 (sticky); (3) in the set\'s critical section, the first live slot '
  + 'from si_pos; (4) outside it, a plain store si_pos = i + 1, and with no key si_set = NULL (StopIteration). Two '
  + 'threads can read the same si_pos (duplicates) and a late store moves it back';

const next = (container: 'set+iter' | 'frozenset+iter'): Operation<SetState> => ({
  id: `${container}.next`, container, label: 'next(it, None)', args: [],
  python: () => ['r = next(o, None)'],
  guarantee: 'never-atomic', doc: SHARED_ITERATOR, exceptions: ['RuntimeError'],
  // It advances the shared iterator: to the other threads calling next() it is a writer.
  writes: true,
  // The frozenset's lock is taken only by (3) of other next() calls, each one step: it adds no wait.
  access: container === 'set+iter' ? ['lock-free', 'lock-free', 'lock-free', 'locked', 'lock-free'] : 'lock-free',
  model: container === 'set+iter' ? MODEL : `${MODEL}; the frozenset's critical section is taken only by (3) of other next() calls`,
  steps: [loadIterated, check, raise, scan, store],
});

export const setIteratorOps: readonly Operation[] = [
  next('set+iter') as unknown as Operation,
  next('frozenset+iter') as unknown as Operation,
  ...['set.add', 'set.discard', 'set.pop', 'set.clear', 'set.update', 'set.isub'].map((id) => liftTracked(base(id), 'set+iter')),
];
