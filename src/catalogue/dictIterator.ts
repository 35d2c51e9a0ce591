import type { DictIterInfo, DictIterState, DictState, Operation, StepOut } from './operation.ts';
import type { PyValue } from './pyValue.ts';
import { exc } from './pyValue.ts';
import { operation as base } from './baseCatalogue.ts';
import { liftTracked } from './lift.ts';
import { loadIterated } from './loadIterated.ts';
import { SHARED_ITERATOR } from './sharedIterator.ts';

// One dict iterator shared by several threads — iter(d), iter(d.values()) or iter(d.items()) ('dict+iter'),
// or reversed(d) ('dict+reviter': it takes the dict's lock, the others never do) — made before the threads
// start, while other threads clear, refill, grow or shrink the dict. State: [items, DictIterInfo]. Duplicates and omissions are documented (SHARED_ITERATOR); an element the dict
// never held, a crash or a hang is a finding.

type Out = StepOut<DictState>;
const at = (state: DictState, it: DictIterInfo): DictState => [state, it] as unknown as DictState;
const parts = (state: DictState) => state as unknown as DictIterState;

/** What next() returns for an entry: the key, the value or the (key, value) pair. */
const itemOf = (how: DictIterInfo['how'], [k, v]: readonly [PyValue, PyValue]): PyValue =>
  (how === 'values' ? v : how === 'items' ? [k, v] : k);

/**
 * The iterator exhausted for good (the `fail:` label: di_dict = NULL; Py_DECREF(d)), returning `result`. A
 * thread that gets here after another one did had passed the di_dict check before it: the second DECREF.
 */
const exhausted = (state: DictState, result: PyValue): Out => {
  const [d, it] = parts(state);
  return { state: at(d, { ...it, done: true, ...(it.done ? { droppedTwice: true } : {}) }), result, finish: true };
};

/**
 * The entries a scan from the iterator's position can find, as [position after it, entry]; `undefined`
 * for "no more entries". While exact, the one entry at its position (or none past the end); once the
 * keys changed, the model does not know the table: any entry of the dict, or none.
 */
const found = (d: DictState, it: DictIterInfo, step: 1 | -1): readonly ([number, readonly [PyValue, PyValue]] | undefined)[] => {
  if (!it.exact) return [undefined, ...d.map((e) => [it.pos, e] as [number, readonly [PyValue, PyValue]])];
  const i = it.pos;
  return i >= 0 && i < d.length ? [[i + step, d[i]]] : [undefined];
};

/**
 * (1b) of a forward next(), after (1) loadIterated: the loads of di_used and ma_used in
 * dictiter_iternext_threadsafe, a later instant than (1): between the two another thread can exhaust the
 * iterator and a writer restore the size, and this thread then runs the exhaustion path a second time (3.13.5t, seed 20261207: t0's next() found a key it did not
 * expect, raised and dropped the dict; t2, which had loaded di_dict before, passed the size check after t0's
 * `del d['a']` and dropped it again).
 */
const checkForward = (state: DictState): Out[] => {
  const [d, it] = parts(state);
  return [it.used !== d.length ? { state, tmp: 'raise' } : { state }];
};

/**
 * (2) of a forward next(): after a size mismatch, the store di_used = -1 (a separate store: until it lands
 * other threads still pass the check); else the relaxed load of di_pos.
 */
const loadForward = (state: DictState, _args: readonly PyValue[], tmp: PyValue | undefined): Out[] => {
  const [d, it] = parts(state);
  if (tmp === 'raise') return [{ state: at(d, { ...it, used: -1 }), result: exc('RuntimeError'), finish: true }];
  return [{ state, tmp: [it.pos] as unknown as PyValue }];
};

/**
 * (3) of a forward next(): the load of ma_keys and the scan from the position loaded in (2) for a live entry,
 * its value loaded there (none: exhausted). Other threads run between the two: another next() can yield the
 * same entry and a d[k] = v change its value first (3.13.5t, seed 20261207: one thread got (2, 0), then set
 * d[2] = 1, and the other, which had loaded di_pos before, got (2, 1)).
 */
const scanForward = (state: DictState, _args: readonly PyValue[], tmp: PyValue | undefined): Out[] => {
  const [d, it] = parts(state);
  const [pos] = tmp as unknown as [number];
  return found(d, { ...it, pos }, 1).map((f) => (f === undefined ? exhausted(state, null)
    : { state, tmp: [f[0], itemOf(it.how, f[1])] as unknown as PyValue }));
};

/**
 * (4) of a forward next(): the load of di->len (0: "dictionary keys changed during iteration", exhausted),
 * then the stores of di_pos and di->len. The model does not keep di->len, only a bound (see yields): it
 * takes the load here, as late as it can be, where the bound allows the most.
 */
const storeForward = (state: DictState, _args: readonly PyValue[], tmp: PyValue | undefined): Out[] => {
  const [d, it] = parts(state);
  const [pos, item] = tmp as unknown as [number, PyValue];
  const stored: Out = { state: at(d, { ...it, pos, yields: it.yields + 1 }), result: item };
  return it.yields >= it.n ? [stored, exhausted(state, exc('RuntimeError'))] : [stored];
};

export const dictIterNext: Operation<DictState> = {
  id: 'dict+iter.next', container: 'dict+iter', label: 'next(it, None)', args: [],
  python: () => ['r = next(o, None)'],
  guarantee: 'never-atomic', doc: SHARED_ITERATOR, exceptions: ['RuntimeError'],
  // It advances the shared iterator: to the other threads calling next() it is a writer.
  writes: true, access: 'lock-free',
  model: 'Objects/dictobject.c dictiter_iternextkey/value/item -> dictiter_iternext_threadsafe, lock-free: '
    + '(1) di_dict NULL -> StopIteration; (1b) di_used != ma_used -> RuntimeError and (2) di_used = -1 (sticky); (2) relaxed '
    + 'load of di_pos; (3) load of ma_keys, scan of the entry table for a live entry, its me_value loaded there (none: '
    + 'di_dict = NULL, StopIteration); (4) relaxed load of di->len (0: "keys changed" RuntimeError, di_dict = NULL), '
    + 'relaxed stores di_pos = i + 1, len - 1. Two threads can load the same di_pos (duplicates), a late store moves '
    + 'it back, a decrement can be lost',
  steps: [loadIterated, checkForward, loadForward, scanForward, storeForward],
};

export const dictRevIterNext: Operation<DictState> = {
  id: 'dict+reviter.next', container: 'dict+reviter', label: 'next(it, None)', args: [],
  python: () => ['r = next(o, None)'],
  guarantee: 'never-atomic', doc: SHARED_ITERATOR, exceptions: ['RuntimeError'], writes: true,
  access: ['lock-free', 'locked'],
  model: 'Objects/dictobject.c dictreviter_iternext: di_dict NULL -> StopIteration (lock-free), then '
    + 'dictreviter_iter_lock_held in the dict\'s critical section: di_used != ma_used -> RuntimeError (sticky); '
    + 'walk down from di_pos to a live entry (none, or di_pos past the table: di_dict = NULL, StopIteration), '
    + 'di_pos = i - 1, len - 1',
  steps: [
    loadIterated,
    (state): Out[] => {
      const [d, it] = parts(state);
      if (it.used !== d.length) return [{ state: at(d, { ...it, used: -1 }), result: exc('RuntimeError') }];
      return found(d, it, -1).map((f) => (f === undefined ? { ...exhausted(state, null), finish: undefined }
        : { state: at(d, { ...it, pos: f[0], yields: it.yields + 1 }), result: itemOf(it.how, f[1]) }));
    },
  ],
};

const WRITERS = ['dict.setitem', 'dict.delitem', 'dict.pop-default', 'dict.popitem', 'dict.setdefault', 'dict.clear',
  'dict.update'];

export const dictIteratorOps: readonly Operation[] = [
  dictIterNext as unknown as Operation,
  dictRevIterNext as unknown as Operation,
  ...WRITERS.map((id) => liftTracked(base(id), 'dict+iter')),
  ...WRITERS.map((id) => liftTracked(base(id), 'dict+reviter')),
];
