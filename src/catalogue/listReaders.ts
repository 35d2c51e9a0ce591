import type { DocRef, ListState, Operation, Step, StepOut } from './operation.ts';
import type { PyValue } from './pyValue.ts';
import { exc, pyCompare, pyEquals } from './pyValue.ts';
import { listSize, readSlotAs, sliceBounds, type ReadMode } from './listModel.ts';
import { listRepr } from './pyRepr.ts';
import { EXTEND, LIST_NEVER_ATOMIC, readBugs } from './list.ts';
import { sortedOrTypeError } from './sortedOrTypeError.ts';

// Readers of a list that make a new object (slices, repr, comparisons, copies into a list, tuple or
// sorted list), iterate it (reversed, unpacking, dict.fromkeys) or compare it with a value.
// Doc/library/threadsafety.rst, "Thread safety for list objects": after lst[i], `in`, index and count,
// "All other operations from here on block using the per-object lock" — in 3.13's C code too, except
// where a model below says otherwise (each cites the C function).
const SRC = 'Doc/library/threadsafety.rst#thread-safety-list';
const LOCKED: DocRef = {
  sentence: 'All other operations from here on block using the per-object lock. [...] The following operations '
    + 'return new objects and appear atomic to other threads: lst1 + lst2, x * lst, lst.copy().',
  source: SRC, since: '3.14',
};
const FROMKEYS: DocRef = {
  sentence: 'When updating from a non-dict iterable, only the target dictionary is locked. The iterable may be '
    + 'concurrently modified by another thread: dict.fromkeys(iterable) # iterable is not a dict/set/frozenset: '
    + 'only result locked.',
  source: 'Doc/library/threadsafety.rst#thread-safety-dict', since: '3.14',
};

const num = (v: PyValue) => v as number;
const values = (v: PyValue) => v as readonly PyValue[];

/** One locked step that reads the whole list (in its critical section: never a writer's intermediate state). */
const snapshot = (id: string, label: string, args: Operation['args'], python: Operation['python'], doc: DocRef,
  model: string, read: (l: ListState, args: readonly PyValue[]) => PyValue, exceptions: string[] = []): Operation<ListState> => ({
  id, container: 'list', label, args, python, guarantee: 'atomic', doc, exceptions, writes: false, access: 'locked',
  model, steps: [(l, a) => [{ state: l, result: read(l, a) }]],
});

/** list_richcompare (Objects/listobject.c): the first index where the items differ decides, else the lengths. */
const listLess = (a: readonly PyValue[], b: readonly PyValue[]): boolean => {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (!pyEquals(a[i], b[i])) return pyCompare(a[i], b[i]) < 0;
  return a.length < b.length;
};

export const listGetslice = snapshot('list.getslice', 'lst[i:j]', ['index', 'index'],
  ([i, j]) => [`r = tuple(c[${i}:${j}])`], LOCKED,
  'Objects/listobject.c list_subscript -> list_slice_wrap: the slice is copied in the list\'s critical section',
  (l, [i, j]) => {
    const [lo, hi] = sliceBounds(l, num(i), num(j));
    return l.slice(lo, hi);
  });

export const listReversedSlice = snapshot('list.reversed-slice', 'lst[::-1]', [], () => ['r = tuple(c[::-1])'], LOCKED,
  'Objects/listobject.c list_subscript -> list_slice_wrap -> list_slice_step_lock_held in the list\'s critical section',
  (l) => [...l].reverse());

export const listEq = snapshot('list.eq', 'lst == values', ['values'], ([vs]) => [`r = c == list(${vs})`], LOCKED,
  'Objects/listobject.c list_richcompare: both lists in one critical section (Py_BEGIN_CRITICAL_SECTION2)',
  (l, [vs]) => l.length === values(vs).length && l.every((x, i) => pyEquals(x, values(vs)[i])));

export const listLt = snapshot('list.lt', 'lst < values', ['values'], ([vs]) => [`r = c < list(${vs})`], LOCKED,
  'Objects/listobject.c list_richcompare: both lists in one critical section (Py_BEGIN_CRITICAL_SECTION2)',
  (l, [vs]) => listLess(l, values(vs)));

export const listToList = snapshot('list.list', 'list(lst)', [], () => ['r = tuple(list(c))'], EXTEND,
  'Objects/listobject.c list___init___impl -> _list_extend: an exact list is copied in both critical sections',
  (l) => l);

export const listToTuple = snapshot('list.tuple', 'tuple(lst)', [], () => ['r = tuple(c)'], LOCKED,
  'Objects/abstract.c PySequence_Tuple -> Objects/listobject.c PyList_AsTuple in the list\'s critical section',
  (l) => l);

export const listSorted = snapshot('list.sorted', 'sorted(lst)', [], () => ['r = tuple(sorted(c))'], EXTEND,
  'Python/bltinmodule.c builtin_sorted -> PySequence_List (_list_extend: both critical sections), then a sort '
    + 'of the private copy', (l) => sortedOrTypeError(l), ['TypeError']);

export const listRepr_: Operation<ListState> = {
  id: 'list.repr', container: 'list', label: 'repr(lst) / str(lst)', args: [],
  // str(lst) is the same call: list has no tp_str, object_str calls tp_repr.
  python: () => ['r = repr(c)'],
  guarantee: 'atomic', doc: LOCKED, exceptions: [], writes: false, access: ['lock-free', 'locked'],
  model: 'Objects/listobject.c list_repr: a lock-free size check returns "[]" for an empty list (so during '
    + 'a sort) without the lock; otherwise list_repr_impl in the list\'s critical section',
  steps: [
    (l) => [listSize(l) === 0 ? { state: l, result: '[]', finish: true } : { state: l }],
    (l) => [{ state: l, result: listRepr(l) }],
  ],
};

/**
 * A lock-free walk with the list iterator (listiter_next / listreviter_next -> list_get_item_ref): one
 * slot per step from index 0 (or the index a first step left in `tmp`), moving by `dir`; `visit` decides
 * from each item, or from the end of the list (out of bounds: undefined), what happens. `mode`: how a
 * known bug makes the reads go (readSlotAs).
 */
const walk = <A>(dir: 1 | -1, acc0: A,
  visit: (acc: A, k: number, item: PyValue | undefined, args: readonly PyValue[]) => { done: PyValue } | { acc: A }, mode: ReadMode = 'documented') =>
  (l: ListState, args: readonly PyValue[], tmp: PyValue | undefined): StepOut<ListState>[] => {
    const [k, acc, pending] = (tmp as unknown as [number, A, 1?] | undefined) ?? [0, acc0];
    // listreviter_next stops at a negative index without reading.
    const { r, later } = k < 0 ? { r: 'oob' as const, later: [] } : readSlotAs(l, k, mode, pending === 1, [k, acc, 1] as unknown as PyValue);
    if (r === 'wait') return [...later];
    const go = (state: ListState, item: PyValue | undefined): StepOut<ListState> => {
      const v = visit(acc, k, item, args);
      return 'done' in v ? { state, result: v.done } : { state, tmp: [k + dir, v.acc] as unknown as PyValue, again: true };
    };
    return r === 'oob' ? [go(l, undefined)] : [...r.map((seen) => go(seen.state, seen.item)), ...later];
  };

const reversedSteps = (mode: ReadMode): Step<ListState>[] => [
  (l) => [{ state: l, tmp: [listSize(l) - 1, []] as unknown as PyValue }],
  walk<readonly PyValue[]>(-1, [], (acc, _k, item) => (item === undefined ? { done: acc } : { acc: [...acc, item] }), mode),
];

export const listReversed: Operation<ListState> = {
  id: 'list.reversed', container: 'list', label: 'for x in reversed(lst)', args: [],
  python: () => ['r = tuple(reversed(c))'],
  guarantee: 'never-atomic', doc: LIST_NEVER_ATOMIC, exceptions: [], writes: false, access: 'lock-free',
  model: 'Objects/listobject.c list___reversed___impl reads the size lock-free (it_index = size - 1), then '
    + 'listreviter_next reads one slot per next() (list_get_item_ref) down to 0 or until out of bounds',
  steps: reversedSteps('documented'),
  bugs: readBugs(reversedSteps),
};

/** `a0, a1, ... = lst` with `n` names (n = the count argument + 1, so 1 to 3). */
const arity = (count: PyValue) => num(count) + 1;

const unpackSteps = (mode: ReadMode): Step<ListState>[] => [walk<readonly PyValue[]>(1, [], (acc, k, item, [count]) => {
  const n = arity(count);
  if (k < n) return item === undefined ? { done: exc('ValueError') } : { acc: [...acc, item] };
  // The extra next(): the list must end here.
  return { done: item === undefined ? acc : exc('ValueError') };
}, mode)];

export const listUnpack: Operation<ListState> = {
  id: 'list.unpack', container: 'list', label: 'a, b = lst', args: ['count'],
  python: ([count]) => {
    const names = Array.from({ length: arity(Number(count)) }, (_, i) => `_u${i}`).join(', ');
    return [`${names}, = c`, `r = (${names},)`];
  },
  guarantee: 'never-atomic', doc: LIST_NEVER_ATOMIC, exceptions: ['ValueError'], writes: false, access: 'lock-free',
  model: 'Python/ceval.c _PyEval_UnpackIterable (UNPACK_SEQUENCE, not specialised in the 3.13 free-threaded build): '
    + 'iter(lst), one listiter_next per name (out of bounds: "not enough values to unpack"), then one more that '
    + 'must be out of bounds ("too many values to unpack")',
  steps: unpackSteps('documented'),
  bugs: readBugs(unpackSteps),
};

const fromkeysSteps = (mode: ReadMode): Step<ListState>[] => [walk<readonly PyValue[]>(1, [], (acc, _k, item) => (item === undefined
  ? { done: { d: acc.map((k) => [k, null] as const) } }
  : { acc: acc.some((k) => pyEquals(k, item)) ? acc : [...acc, item] }), mode)];

export const listDictFromkeys: Operation<ListState> = {
  id: 'list.dict-fromkeys', container: 'list', label: 'dict.fromkeys(lst)', args: [],
  python: () => ['r = FD(dict.fromkeys(c))'],
  guarantee: 'lock-free-read', doc: FROMKEYS, exceptions: [], writes: false, access: 'lock-free',
  model: 'Objects/dictobject.c _PyDict_FromKeys: a list is neither a dict nor a set, so it is read with its '
    + 'iterator (listiter_next, one slot per step) in the new dict\'s critical section only',
  steps: fromkeysSteps('documented'),
  bugs: readBugs(fromkeysSteps),
};

export const listReaderOps: readonly Operation<ListState>[] = [
  listGetslice, listReversedSlice, listRepr_, listEq, listLt, listReversed, listToList, listToTuple, listSorted,
  listUnpack, listDictFromkeys,
];
