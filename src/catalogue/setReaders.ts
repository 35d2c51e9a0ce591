import type { DocRef, Operation, SetState } from './operation.ts';
import type { PyValue } from './pyValue.ts';
import { SET_NEVER_ATOMIC } from './set.ts';
import { iterationSeen } from './iterationSeen.ts';
import { setFrozen, setHas, setOf, setSorted } from './setModel.ts';
import { sortedOrTypeError } from './sortedOrTypeError.ts';

// Readers of a set that make a new object (union, intersection, difference with a tuple, frozenset, list,
// tuple, sorted, dict.fromkeys) or answer a question about it (isdisjoint), while other threads mutate it.
// Doc/library/threadsafety.rst, "Thread safety for set objects": after len and `in`, "All other operations
// from here on hold the per-object lock"; the 3.13 C code takes it for each of these, as cited.
const SRC = 'Doc/library/threadsafety.rst#thread-safety-set';
const doc = (sentence: string): DocRef => ({ sentence, source: SRC, since: '3.14' });

const LOCKED = doc('All other operations from here on hold the per-object lock. [...] The copy() method returns a '
  + 'new object and holds the per-object lock for the duration so that it is always atomic.');
const UNION = doc('set.update(), set.union(), set.intersection() and set.difference() can take multiple iterables '
  + 'as arguments. [...] set.update() and set.union() lock both objects only when the other operand is a set, '
  + 'frozenset, or dict. set.intersection() and set.difference() always try to lock all objects.');
const DISJOINT = doc('The following methods always try to lock both objects: s.isdisjoint(other), '
  + 's.issubset(other), s.issuperset(other).');
const FROMKEYS: DocRef = {
  sentence: 'dict.fromkeys() locks both the new dictionary and the iterable when the iterable is exactly a dict, '
    + 'set, or frozenset (not subclasses): dict.fromkeys(a_set) # locks both.',
  source: 'Doc/library/threadsafety.rst#thread-safety-dict', since: '3.14',
};

const keys = (v: PyValue) => v as readonly PyValue[];

/** One locked step that reads the whole set (in its critical section: never a writer's intermediate state). */
const snapshot = (id: string, label: string, args: Operation['args'], python: Operation['python'], docRef: DocRef,
  model: string, read: (s: SetState, args: readonly PyValue[]) => PyValue, exceptions: string[] = []): Operation<SetState> => ({
  id, container: 'set', label, args, python, guarantee: 'atomic', doc: docRef, exceptions, writes: false,
  access: 'locked', model, steps: [(s, a) => [{ state: s, result: read(s, a) }]],
});

const SETOBJ = 'Objects/setobject.c';

export const setReaderOps: readonly Operation<SetState>[] = [
  snapshot('set.union', 's.union(values)', ['keys'], ([ks]) => [`r = FS(c.union(${ks}))`], UNION,
    `${SETOBJ} set_union_impl (3.13): make_new_set_basetype copies the set in its critical section `
    + '(set_update_local), then adds the tuple to the private copy',
    (s, [ks]) => setFrozen(setOf([...s, ...keys(ks)]))),
  { ...snapshot('set.intersection', 's.intersection(values)', ['keys'], ([ks]) => [`r = FS(c.intersection(${ks}))`], UNION,
    `${SETOBJ} set_intersection_multi_impl: one argument, set_intersection in the critical sections of the set `
    + 'and the tuple', (s, [ks]) => setFrozen(s.filter((x) => setHas(keys(ks), x)))), comparesUnderLock: true },
  { ...snapshot('set.difference', 's.difference(values)', ['keys'], ([ks]) => [`r = FS(c.difference(${ks}))`], UNION,
    `${SETOBJ} set_difference_multi_impl: the first argument in the critical sections of the set and the tuple `
    + '(set_difference_untracked)', (s, [ks]) => setFrozen(s.filter((x) => !setHas(keys(ks), x)))), comparesUnderLock: true },
  { ...snapshot('set.isdisjoint', 's.isdisjoint(values)', ['keys'], ([ks]) => [`r = c.isdisjoint(${ks})`], DISJOINT,
    `${SETOBJ} set_isdisjoint_impl in the critical sections of both objects (Argument Clinic @critical_section)`,
    (s, [ks]) => !keys(ks).some((x) => setHas(s, x))), comparesUnderLock: true },
  snapshot('set.frozenset', 'frozenset(s)', [], () => ['r = frozenset(c)'], LOCKED,
    `${SETOBJ} make_new_frozenset -> make_new_set -> set_update_local: a set source is copied in its critical section`,
    (s) => setFrozen(s)),
  // The list is in table order, which CPython does not specify: its length and members are what is checked
  // (a member listed twice shows as a length above the number of members).
  snapshot('set.list', 'list(s)', [], () => ['_l = list(c)', 'r = (len(_l), frozenset(_l))'], LOCKED,
    'Objects/listobject.c _list_extend: an exact set is copied (list_extend_set) in both critical sections',
    (s) => [s.length, setFrozen(s)]),
  snapshot('set.sorted', 'sorted(s)', [], () => ['r = tuple(sorted(c))'], LOCKED,
    'Python/bltinmodule.c builtin_sorted -> PySequence_List (_list_extend, list_extend_set: both critical '
    + 'sections), then a sort of the private copy', (s) => sortedOrTypeError(s), ['TypeError']),
  { ...snapshot('set.dict-fromkeys', 'dict.fromkeys(s)', [], () => ['r = frozenset(dict.fromkeys(c))'], FROMKEYS,
    'Objects/dictobject.c _PyDict_FromKeys: an exact set is read in both critical sections (dict_set_fromkeys); '
    + 'the keys are compared as a set (their order is the set\'s table order)', (s) => setFrozen(s)), comparesUnderLock: true },
  {
    id: 'set.tuple', container: 'set', label: 'tuple(s)', args: [],
    // As set.iterate: the members are sorted after the call (by the prelude's _ORD), keeping duplicates.
    python: () => ['r = tuple(sorted(tuple(c), key=_ORD))'],
    guarantee: 'never-atomic', doc: SET_NEVER_ATOMIC, exceptions: ['RuntimeError'], writes: false, access: 'lock-free',
    steps: [(s) => [{ state: s, result: setSorted(s) }]],
    model: 'Objects/abstract.c PySequence_Tuple: a set is neither a list nor a tuple, so it is iterated '
      + '(setiter_iternext: lock-free size check, then one table entry per next() in the set\'s critical section)',
    window: (r, w) => iterationSeen(r, w, { ordered: false, bounded: false, sizeChangeOnly: true }),
  },
];
