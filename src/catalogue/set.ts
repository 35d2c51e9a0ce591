import type { DocRef, Operation, SetState, StepOut } from './operation.ts';
import type { PyValue } from './pyValue.ts';
import { exc } from './pyValue.ts';
import { setAdd, setDel, setFrozen, setHas, setOf, setSorted } from './setModel.ts';
import { stagedWrite, wholeWrite, type Stage } from './stagedWrite.ts';
import { iterationSeen } from './iterationSeen.ts';

// Doc/library/threadsafety.rst, "Thread safety for set objects" (the section came after the list and
// dict ones); the 3.13 howto says built-in types use internal locks "in ways that behave similarly to the GIL".
const SRC = 'Doc/library/threadsafety.rst#thread-safety-set';

const doc = (sentence: string, since: string, source = SRC): DocRef => ({ sentence, source, since });

const LEN = doc('The len() function is lock-free and atomic.', '3.13');
const CONTAINS = doc('The following read operation is lock-free. It does not block concurrent modifications '
  + 'and may observe intermediate states from operations that hold the per-object lock: elem in s.', '3.14');
// Classed atomic: one element, the lock held throughout, and for int and str no lock release in __eq__.
const SINGLE = doc('Adding or removing a single element is safe to call from multiple threads and will not '
  + 'corrupt the set: s.add(elem), s.remove(elem), s.discard(elem), s.pop(). [...] For built-in types like '
  + 'str, int, and float, __eq__() does not release the underlying lock during comparisons.', '3.13');
const COPY = doc('The copy() method returns a new object and holds the per-object lock for the duration so '
  + 'that it is always atomic.', '3.13');
const CLEAR = doc('The clear() method holds the lock for its duration. Other threads cannot observe elements '
  + 'being removed.', '3.13');
export const OPERATORS = doc('The following operations only accept set or frozenset as operands and always lock both '
  + 'objects: s |= other, s &= other, s -= other, s ^= other.', '3.14');
export const UPDATE = doc('set.update() and set.union() lock both objects only when the other operand is a set, '
  + 'frozenset, or dict.', '3.14');
const DIFF_INTER = doc('set.difference_update() and set.intersection_update() try to lock all objects '
  + 'one-by-one.', '3.14');
const SYMDIFF = doc('set.symmetric_difference_update() only locks the arguments if it is of type set, '
  + 'frozenset, or dict.', '3.14');
export const SET_NEVER_ATOMIC = doc('Operations that involve multiple accesses, as well as iteration, are never '
  + 'atomic: if elem in s: s.remove(elem) (check-then-act), for elem in s (iteration while another thread '
  + 'modifies s).', '3.13');

const none = (state: SetState): StepOut<SetState>[] => [{ state, result: null }];
const keys = (v: PyValue) => v as readonly PyValue[];

// Objects/setobject.c, 3.13: every writer runs in the set's critical section; len(s) is one lock-free load
// of `used`; `x in s` runs in the critical section in 3.13 (set___contains__, _PySet_Contains) and is
// documented lock-free later, so only len(s) and iteration see a bulk writer half done on 3.13.

export const setAddOp: Operation<SetState> = {
  id: 'set.add', container: 'set', label: 's.add(x)', args: ['key'],
  python: ([x]) => [`r = c.add(${x})`],
  guarantee: 'atomic', doc: SINGLE, exceptions: [], writes: true, access: 'locked',
  steps: [(s, [x]) => none(setAdd(s, x))],
};

export const setRemove: Operation<SetState> = {
  id: 'set.remove', container: 'set', label: 's.remove(x)', args: ['key'],
  python: ([x]) => [`r = c.remove(${x})`],
  guarantee: 'atomic', doc: SINGLE, exceptions: ['KeyError'], writes: true, access: 'locked',
  steps: [(s, [x]) => (setHas(s, x) ? none(setDel(s, x)) : [{ state: s, result: exc('KeyError') }])],
};

export const setDiscard: Operation<SetState> = {
  id: 'set.discard', container: 'set', label: 's.discard(x)', args: ['key'],
  python: ([x]) => [`r = c.discard(${x})`],
  guarantee: 'atomic', doc: SINGLE, exceptions: [], writes: true, access: 'locked',
  steps: [(s, [x]) => none(setDel(s, x))],
};

export const setPop: Operation<SetState> = {
  id: 'set.pop', container: 'set', label: 's.pop()', args: [],
  python: () => ['r = c.pop()'],
  guarantee: 'atomic', doc: SINGLE, exceptions: ['KeyError'], writes: true, access: 'locked',
  // "remove and return an arbitrary element": CPython does not say which, so any member may go.
  steps: [(s) => (s.length === 0 ? [{ state: s, result: exc('KeyError') }]
    : s.map((x) => ({ state: setDel(s, x), result: x })))],
};

export const setContains: Operation<SetState> = {
  id: 'set.contains', container: 'set', label: 'x in s', args: ['key'],
  python: ([x]) => [`r = ${x} in c`],
  guarantee: 'lock-free-read', doc: CONTAINS, exceptions: [], writes: false, access: 'lock-free',
  steps: [(s, [x]) => [{ state: s, result: setHas(s, x) }]],
  variants: [{ below: '3.14.0', model: 'Objects/setobject.c 3.13: set___contains__ (@critical_section) and '
    + '_PySet_Contains look the key up in the set\'s critical section', op: { access: 'locked' } }],
};

export const setLen: Operation<SetState> = {
  id: 'set.len', container: 'set', label: 'len(s)', args: [],
  python: () => ['r = len(c)'],
  // set_len: one lock-free load of `used`.
  guarantee: 'atomic', doc: LEN, exceptions: [], writes: false, access: 'lock-free',
  steps: [(s) => [{ state: s, result: s.length }]],
};

export const setCopy: Operation<SetState> = {
  id: 'set.copy', container: 'set', label: 's.copy()', args: [],
  python: () => ['r = FS(c.copy())'],
  guarantee: 'atomic', doc: COPY, exceptions: [], writes: false, access: 'locked',
  steps: [(s) => [{ state: s, result: setFrozen(s) }]],
};

export const setClear: Operation<SetState> = {
  id: 'set.clear', container: 'set', label: 's.clear()', args: [],
  python: () => ['r = c.clear()'],
  guarantee: 'atomic', doc: CLEAR, exceptions: [], writes: true, access: 'locked',
  steps: [() => none([])],
};

const inter = (s: SetState, xs: readonly PyValue[]): SetState => s.filter((x) => setHas(xs, x));

const adds = (xs: readonly PyValue[]): Stage[] => [{ m: xs.map((x) => [x, true] as const) }];
const discards = (xs: readonly PyValue[]): Stage[] => [{ m: xs.map((x) => [x, false] as const) }];
/** Symmetric difference with the distinct members of `xs` (the iterable becomes a set first). */
const toggles = (s: SetState, xs: readonly PyValue[]): Stage[] => [{ m: setOf(xs).map((x) => [x, !setHas(s, x)] as const) }];

/**
 * 3.13 has no lock-free reader of a set's table (`x in s` is locked), and `len(s)` seeing a bulk operation
 * half done is an open upstream bug (gh-129519): there a bulk writer is one change.
 */
export const SET_BULK_313 = 'Objects/setobject.c 3.13: every reader but len takes the set\'s critical section, and '
  + 'len(s) seeing a bulk operation half done is the open bug gh-129519: the operation is one change';

/**
 * gh-129519 as 3.13 runs it: set_len loads so->used without the lock (FT_ATOMIC_LOAD_SSIZE_RELAXED), and
 * set_add_entry / set_discard_entry store it once per member while the bulk operation holds the lock: the
 * operation's 3.14 steps, one member at a time.
 */
const lenSeesBulk = (plan: Parameters<typeof stagedWrite<SetState>>[0]) => [{ issue: 'gh-129519',
  model: 'Objects/setobject.c 3.13: set_len loads so->used lock-free; the bulk operation stores it once per member',
  op: { steps: [stagedWrite<SetState>(plan)] } }];

/** A bulk writer holding the set's lock while it adds or discards members one at a time. */
const bulk = (id: string, label: string, python: (ks: string) => readonly string[], doc: DocRef, model: string,
  stages: (s: SetState, xs: readonly PyValue[]) => Stage[]): Operation<SetState> => {
  const plan = (s: SetState, [ks]: readonly PyValue[]) => ({ stages: stages(s, keys(ks)), result: null });
  return {
    id, container: 'set', label, args: ['keys'],
    python: ([ks]) => python(ks),
    guarantee: 'safe', doc, exceptions: [], writes: true, access: 'locked', holdsLock: true, model, comparesUnderLock: true,
    steps: [stagedWrite<SetState>(plan)],
    variants: [{ below: '3.14.0', model: SET_BULK_313, op: { steps: [wholeWrite<SetState>(plan) as never] } }],
    bugs: lenSeesBulk(plan),
  };
};

const ADDS = 'one set_add_key / set_add_entry per member, in table order';
export const setUpdate = bulk('set.update', 's.update(values)', (ks) => [`r = c.update(${ks})`], UPDATE,
  `Objects/setobject.c set_update_internal (a tuple): ${ADDS}`, (_s, xs) => adds(xs));
export const setIor = { ...bulk('set.ior', 's |= other', (ks) => [`c |= set(${ks})`, 'r = None'], OPERATORS,
  `Objects/setobject.c set_ior -> set_merge_lock_held: ${ADDS}`, (_s, xs) => adds(xs)), rebuildsTable: true };
// set_iand computes the intersection, then set_swap_bodies swaps it in: one change.
export const setIand = { ...bulk('set.iand', 's &= other', (ks) => [`c &= set(${ks})`, 'r = None'], OPERATORS,
  'Objects/setobject.c set_iand -> set_intersection_update: set_swap_bodies swaps the result in at once',
  (s, xs) => [{ s: inter(s, xs) }]), rebuildsTable: true, bugs: undefined };
export const setIsub = { ...bulk('set.isub', 's -= other', (ks) => [`c -= set(${ks})`, 'r = None'], OPERATORS,
  'Objects/setobject.c set_isub -> set_difference_update_internal: one set_discard_entry per member',
  (_s, xs) => discards(xs)), rebuildsTable: true };
export const setIxor = bulk('set.ixor', 's ^= other', (ks) => [`c ^= set(${ks})`, 'r = None'], OPERATORS,
  'Objects/setobject.c set_ixor -> set_symmetric_difference_update: one discard or insert per member', toggles);
// CPython computes the intersection (a copy of the set, in the critical sections of the copy and the
// tuple) and then swaps it in under a second, separate critical section of the set
// (set_intersection_update_multi_impl, 3.13): a write by another thread in between is lost.
export const setIntersectionUpdate: Operation<SetState> = {
  ...bulk('set.intersection_update', 's.intersection_update(values)',
    (ks) => [`r = c.intersection_update(${ks})`], DIFF_INTER,
    'Objects/setobject.c set_intersection_update_multi_impl: set_intersection_multi_impl computes the result, '
    + 'then set_swap_bodies in a second critical section', () => []),
  holdsLock: false, variants: undefined, bugs: undefined, rebuildsTable: true,
  steps: [
    (s, [ks]) => [{ state: s, tmp: { s: inter(s, keys(ks)) } }],
    (s, _args, tmp) => none((tmp as { s: SetState }).s),
  ],
};
export const setDifferenceUpdate = { ...bulk('set.difference_update', 's.difference_update(values)',
  (ks) => [`r = c.difference_update(${ks})`], DIFF_INTER,
  'Objects/setobject.c set_difference_update_internal: one set_discard_key per member', (_s, xs) => discards(xs)),
  rebuildsTable: true };
export const setSymmetricDifferenceUpdate = bulk('set.symmetric_difference_update',
  's.symmetric_difference_update(values)', (ks) => [`r = c.symmetric_difference_update(${ks})`], SYMDIFF,
  'Objects/setobject.c set_symmetric_difference_update: the tuple becomes a set, then one discard or insert per member',
  toggles);

export const setIterate: Operation<SetState> = {
  id: 'set.iterate', container: 'set', label: 'for x in s', args: [],
  // Iteration order is the hash table's, which CPython does not specify: the members are sorted after
  // the loop, keeping duplicates, so that a repeated element still shows.
  python: () => ['_acc = []', 'for _x in c:', '    _acc.append(_x)', 'r = tuple(sorted(_acc, key=_ORD))'],
  guarantee: 'never-atomic', doc: SET_NEVER_ATOMIC, exceptions: ['RuntimeError'], writes: false, access: 'lock-free',
  steps: [(s) => [{ state: s, result: setSorted(s) }]],
  // setiter_iternext checks the size without the lock (RuntimeError on a change), then reads the next
  // table entry in the set's critical section: the table is not in the model, so the members are
  // checked against the states its window saw. No order, and no bound on how many: setiter_iternext never
  // checks si->len (only __length_hint__ reads it), and a resize rehashes the members into other slots, so one
  // the loop already passed can come again.
  model: 'Objects/setobject.c setiter_iternext: lock-free size check, then one table entry per next() under the lock',
  window: (r, w) => iterationSeen(r, w, { ordered: false, bounded: false, sizeChangeOnly: true }),
};

export const setOps: readonly Operation<SetState>[] = [
  setAddOp, setRemove, setDiscard, setPop, setContains, setLen, setCopy, setClear, setUpdate, setIor,
  setIand, setIsub, setIxor, setIntersectionUpdate, setDifferenceUpdate, setSymmetricDifferenceUpdate,
  setIterate,
];
