import type { BugContext, DocRef, ListState, Operation, OperationBug, Step, StepOut } from './operation.ts';
import type { PyValue } from './pyValue.ts';
import { GONE, exc, pyEquals } from './pyValue.ts';
import { insertIndex, listFind, listIndex, listSet, listSize, listSplice, readSlotAs, sliceBounds, type ReadMode } from './listModel.ts';
import { sortTrace } from './sortTrace.ts';
import { slotWrites, stagedWrite, type Stage } from './stagedWrite.ts';

// Doc/library/threadsafety.rst, "Thread safety for list objects". Single-element operations behave as
// under the GIL since 3.13 (Doc/howto/free-threading-python.rst, "Thread Safety"); the lock-free reads and
// the intermediate states other writers expose are spelled out only on the newer page.
const SRC = 'Doc/library/threadsafety.rst#thread-safety-list';

const doc = (sentence: string, since: string, source = SRC): DocRef => ({ sentence, source, since });

const GETITEM = doc('Reading a single element from a list is atomic: lst[i]. It avoids the per-object lock, and '
  + 'other operations that hold a lock will not block it from observing intermediate states.', '3.13');
const LEN = doc('Built-in types like dict, list, and set use internal locks to protect against concurrent '
  + 'modifications in ways that behave similarly to the GIL.', '3.13',
'Doc/howto/free-threading-python.rst#thread-safety');
const SCAN = doc('The following methods traverse the list and use atomic reads of each item to perform their '
  + 'function. That means that they may return results affected by concurrent modifications: item in lst, '
  + 'lst.index(item), lst.count(item).', '3.14');
const END = doc('The following methods that only operate on a single element with no shifting required are '
  + 'atomic: lst.append(x), lst.pop().', '3.13');
const SETITEM = doc('Writing a single item via lst[i] = x is safe to call from multiple threads and will not '
  + 'corrupt the list (it holds the per-object lock: "All other operations from here on block using the '
  + 'per-object lock").', '3.13');
const NEW_OBJECT = doc('The following operations return new objects and appear atomic to other threads: '
  + 'lst1 + lst2, x * lst, lst.copy().', '3.13');
const CLEAR = doc('The clear() method is also atomic. Other threads cannot observe elements being removed.', '3.13');
const SHIFTS = doc('The following operations may allow lock-free operations to observe intermediate states '
  + 'since they modify multiple elements in place: lst.insert(idx, item), lst.pop(idx), lst *= x.', '3.14');
const REMOVE = doc('The remove() method may allow concurrent modifications since element comparison may '
  + 'execute arbitrary Python code (via __eq__).', '3.14');
export const EXTEND = doc('extend() is safe to call from multiple threads. [...] If it is a list, a tuple, [...] the '
  + 'extend operation is safe from concurrent modifications to the iterable. [...] The same applies to '
  + 'inplace concatenation of a list with other iterables when using lst += iterable.', '3.14');
export const SLICE = doc('Assigning to a list slice with lst[i:j] = iterable is safe to call from multiple threads, '
  + 'but iterable is only locked when it is also a list (but not its subclasses).', '3.14');
const SORT = doc('The sort() method is not atomic. Other threads cannot observe intermediate states during '
  + 'sorting, but the list appears empty for the duration of the sort.', '3.14');
const REVERSE = doc('All other operations from here on block using the per-object lock. (reverse() swaps '
  + 'elements in place, so, like the operations that modify multiple elements in place, it may allow '
  + 'lock-free operations to observe intermediate states.)', '3.14');
export const LIST_NEVER_ATOMIC = doc('Operations that involve multiple accesses, as well as iteration, are '
  + 'never atomic: lst[i] = lst[i] + 1 (read-modify-write), if lst: item = lst.pop() (check-then-act), '
  + 'for item in lst (iteration while another thread modifies lst).', '3.13');

const none = (state: ListState): StepOut<ListState>[] => [{ state, result: null }];
const num = (v: PyValue) => v as number;

// How lock-free readers read (Objects/listobject.c, 3.13): list_get_item_ref loads the size, ob_item and
// the slot; a NULL slot falls back to the locked list_item_impl (the reader waits for the writer), a NULL
// ob_item reads as out of bounds. Writers all hold the list's critical section; the stages of a staged
// writer are the stores a lock-free reader can see in between (see stagedWrite.ts).
const READS = 'Objects/listobject.c list_get_item_ref: one slot per read, a NULL slot waits for the lock';

/**
 * gh-154756 (3.13.0 on, still in 3.14): list_sort_impl empties the list (size 0, ob_item NULL) and sorts the
 * saved item array in place; list_get_item_ref loads the size, ob_item, then the slot, without the lock. A
 * read whose first loads came before the sort emptied the list reads its slot from the array the sort is
 * rewriting (Objects/listobject.c 3.13.15). The model: list.sort() exposes every array its stores make
 * (sortTrace) in 'sorting' slots a reader cannot see, and each lock-free read may leave its slot load for
 * later (readSlotLate), when it reads the array.
 */
export const SORT_IN_PLACE_BUG = {
  issue: 'gh-154756',
  model: 'Objects/listobject.c 3.13.15 list_sort_impl: size 0 and ob_item NULL, then count_run and binarysort '
    + 'store into the saved array in place; list_get_item_ref loads size and ob_item, then the slot (lock-free)',
} as const;

/**
 * A stale slot (found by ftconform on 3.13.15t, not filed upstream yet): list_resize sets the new size before
 * its caller stores the new slots. With room to spare it only sets the size; otherwise it copies all
 * `allocated` old slots (memcpy) and zeroes only those beyond. list_pop_impl and list_ass_slice (remove, del)
 * shrink without clearing the slots they vacate, so a grown slot can hold a pointer left there earlier, and a
 * lock-free reader (list_get_item_ref) that reads it before the writer's store gets that item back, one the
 * list no longer holds (or, freed, whatever object lives there now). Objects/listobject.c, 3.13.5 and 3.13.15.
 */
export const STALE_SLOT_BUG = {
  issue: 'unfiled-list-stale-slot',
  model: 'Objects/listobject.c 3.13.15 list_resize: size first, spare slots kept (memcpy of `allocated` slots); '
    + 'list_pop_impl and list_ass_slice do not clear vacated slots; list_get_item_ref reads the slot lock-free',
} as const;

/** The operations that vacate slots without clearing them (list_pop_impl; list_ass_slice for remove and a
 * shrinking slice assignment): only a scenario that runs one (or one lifted onto a pair's list, 'list+iter:c.pop')
 * can leave a stale pointer beyond the size. */
export const LEAVE_STALE_SLOTS: readonly string[] = ['list.pop', 'list.pop-index', 'list.remove', 'list.setslice', 'list.check-then-pop'];

/**
 * The items a stale slot may hold in this scenario (see STALE_SLOT_BUG), by index and list state: none unless it
 * runs an operation that vacates slots; then only the last item stored at that same index since the array was
 * last freed, on a way the model reaches that state (slotHistory: pop and list_ass_slice leave vacated slots as
 * they were, list_resize copies the old slots to the same indexes, list_clear frees the array when the list
 * empties), never an argument that is only compared (`9 in lst`). An undecided history gives none.
 */
export const staleItems = (context: BugContext): ((slot: number, list: ListState) => readonly PyValue[]) => {
  if (!context.ops.some((o) => LEAVE_STALE_SLOTS.includes(o.replace(/^list\+\w+:c\./, 'list.')))) return () => [];
  return (slot, list) => context.slots?.(list, slot) ?? [];
};

/** A reader's models as the known list bugs make the interpreter run it: the same steps, reading slots in that
 * bug's way (ReadMode). */
export const readBugs = (steps: (mode: ReadMode) => Step<ListState>[]): OperationBug[] => [
  { ...SORT_IN_PLACE_BUG, op: { steps: steps('late') } },
  { ...STALE_SLOT_BUG, op: (scenario) => ({ steps: steps({ stale: staleItems(scenario) }) }) },
];

/** A lock-free scan (list_contains, list_index_impl, list_count, listiter_next): one slot per step, from 0
 * until out of bounds; `visit` decides from the item whether to stop (with a result) or go on. `mode`: how
 * a known bug makes the reads go (readSlotAs). */
const scan = <A>(start: A, visit: (acc: A, item: PyValue, k: number) => { done: PyValue } | { acc: A },
  end: (acc: A) => PyValue, mode: ReadMode = 'documented') => (l: ListState, _args: readonly PyValue[], tmp: PyValue | undefined): StepOut<ListState>[] => {
  const [k, acc, pending] = (tmp as unknown as [number, A, 1?] | undefined) ?? [0, start];
  const { r, later } = readSlotAs(l, k, mode, pending === 1, [k, acc, 1] as unknown as PyValue);
  if (r === 'wait') return [...later];
  if (r === 'oob') return [{ state: l, result: end(acc) }];
  return [...r.map((seen): StepOut<ListState> => {
    const v = visit(acc, seen.item, k);
    return 'done' in v ? { state: seen.state, result: v.done }
      : { state: seen.state, tmp: [k + 1, v.acc] as unknown as PyValue, again: true };
  }), ...later];
};

/** A lock-free read of slot j (IndexError outside the list); `mode`: how a known bug makes it go (readSlotAs),
 * `pending` once gh-154756's read is left for later. */
const readAt = (l: ListState, j: number, mode: ReadMode = 'documented', pending = false): StepOut<ListState>[] => {
  const { r, later } = readSlotAs(l, j, mode, pending, j);
  if (r === 'wait') return [...later];
  return r === 'oob' ? [{ state: l, result: exc('IndexError') }]
    : [...r.map((seen) => ({ state: seen.state, result: seen.item })), ...later];
};

/** lst[i] as one lock-free read (documented atomic; negative indexes too, see gh-130744). */
const getitem = (l: ListState, i: number): StepOut<ListState>[] => readAt(l, listIndex(l, i) ?? -1);

/**
 * gh-130744 (3.13): list_subscript turns a negative index into a position with one load of the size
 * (`if (i < 0) i += PyList_GET_SIZE(self);`), then list_item and list_get_item_ref check it against later
 * loads and read that slot (Objects/listobject.c 3.13.5 and 3.13.15): a writer in between shifts what is at
 * the position (the upstream report: `l[-1]` beside `l.insert(0, x)` returns an element that never was last)
 * or shrinks the list under it (IndexError on a list never that short). Fixed in 3.14, which reads the size once.
 */
export const NEGATIVE_INDEX_BUG = {
  issue: 'gh-130744',
  model: 'Objects/listobject.c 3.13 list_subscript: `i += PyList_GET_SIZE(self)` (lock-free), then list_item '
    + 'reads slot i (lock-free) against the size as it is then',
} as const;

/** Step one of gh-130744's read: the position a negative index names by the size now (the read itself if i >= 0). */
const negativeIndexPosition = (l: ListState, i: number, then: (l: ListState, j: number) => StepOut<ListState>[]):
  StepOut<ListState>[] => (i < 0 ? [{ state: l, tmp: i + l.length }] : then(l, i).map((o) => ({ ...o, finish: true })));

export const listGetitem: Operation<ListState> = {
  id: 'list.getitem', container: 'list', label: 'lst[i]', args: ['index'],
  python: ([i]) => [`r = c[${i}]`],
  guarantee: 'atomic', doc: GETITEM, exceptions: ['IndexError'], writes: false, access: 'lock-free',
  steps: [(l, [i]) => getitem(l, num(i))],
  bugs: [{ ...NEGATIVE_INDEX_BUG, op: { steps: [
    (l, [i]) => negativeIndexPosition(l, num(i), readAt),
    (l, _args, j) => readAt(l, num(j ?? -1)),
  ] } }, ...readBugs((mode) => [
    (l, [i], j) => (j === undefined ? readAt(l, listIndex(l, num(i)) ?? -1, mode) : readAt(l, num(j), mode, true)),
  ])],
};

export const listLen: Operation<ListState> = {
  id: 'list.len', container: 'list', label: 'len(lst)', args: [],
  python: () => ['r = len(c)'],
  // list_length: one atomic load of the size.
  guarantee: 'atomic', doc: LEN, exceptions: [], writes: false, access: 'lock-free',
  steps: [(l) => [{ state: l, result: listSize(l) }]],
};

const containsSteps = (mode: ReadMode): Step<ListState>[] => [(l, args, tmp) =>
  scan<null>(null, (_a, item) => (pyEquals(item, args[0]) ? { done: true } : { acc: null }), () => false, mode)(l, args, tmp)];
const indexSteps = (mode: ReadMode): Step<ListState>[] => [(l, args, tmp) =>
  scan<null>(null, (_a, item, k) => (pyEquals(item, args[0]) ? { done: k } : { acc: null }), () => exc('ValueError'), mode)(l, args, tmp)];
const countSteps = (mode: ReadMode): Step<ListState>[] => [(l, args, tmp) =>
  scan<number>(0, (n, item) => ({ acc: pyEquals(item, args[0]) ? n + 1 : n }), (n) => n, mode)(l, args, tmp)];
const iterateSteps = (mode: ReadMode): Step<ListState>[] => [(l, args, tmp) =>
  scan<readonly PyValue[]>([], (acc, item) => ({ acc: [...acc, item] }), (acc) => acc, mode)(l, args, tmp)];

export const listContains: Operation<ListState> = {
  id: 'list.contains', container: 'list', label: 'x in lst', args: ['value'],
  python: ([x]) => [`r = ${x} in c`],
  guarantee: 'lock-free-read', doc: SCAN, exceptions: [], writes: false, access: 'lock-free',
  model: `${READS}; list_contains reads slot 0, 1, ... until a match or out of bounds`,
  steps: containsSteps('documented'),
  bugs: readBugs(containsSteps),
};

export const listIndexOf: Operation<ListState> = {
  id: 'list.index', container: 'list', label: 'lst.index(x)', args: ['value'],
  python: ([x]) => [`r = c.index(${x})`],
  guarantee: 'lock-free-read', doc: SCAN, exceptions: ['ValueError'], writes: false, access: 'lock-free',
  model: `${READS}; list_index_impl reads slot 0, 1, ... until a match or out of bounds`,
  steps: indexSteps('documented'),
  bugs: readBugs(indexSteps),
};

export const listCount: Operation<ListState> = {
  id: 'list.count', container: 'list', label: 'lst.count(x)', args: ['value'],
  python: ([x]) => [`r = c.count(${x})`],
  guarantee: 'lock-free-read', doc: SCAN, exceptions: [], writes: false, access: 'lock-free',
  model: `${READS}; list_count reads every slot from 0 until out of bounds`,
  steps: countSteps('documented'),
  bugs: readBugs(countSteps),
};

export const listAppend: Operation<ListState> = {
  id: 'list.append', container: 'list', label: 'lst.append(x)', args: ['value'],
  python: ([x]) => [`r = c.append(${x})`],
  // _PyList_AppendTakeRef stores the item, then the size: one visible change.
  guarantee: 'atomic', doc: END, exceptions: [], writes: true, access: 'locked',
  steps: [(l, [x]) => none([...l, x])],
};

export const listPop: Operation<ListState> = {
  id: 'list.pop', container: 'list', label: 'lst.pop()', args: [],
  python: () => ['r = c.pop()'],
  guarantee: 'atomic', doc: END, exceptions: ['IndexError'], writes: true, access: 'locked',
  steps: [(l) => [l.length === 0 ? { state: l, result: exc('IndexError') }
    : { state: l.slice(0, -1), result: l[l.length - 1] }]],
};

export const listSetitem: Operation<ListState> = {
  id: 'list.setitem', container: 'list', label: 'lst[i] = x', args: ['index', 'value'],
  python: ([i, x]) => [`c[${i}] = ${x}`, 'r = None'],
  // list_ass_item_lock_held: one release store into the slot.
  guarantee: 'atomic', doc: SETITEM, exceptions: ['IndexError'], writes: true, access: 'locked',
  steps: [(l, [i, x]) => {
    const j = listIndex(l, num(i));
    return j === undefined ? [{ state: l, result: exc('IndexError') }] : none(listSet(l, j, x));
  }],
};

export const listCopy: Operation<ListState> = {
  id: 'list.copy', container: 'list', label: 'lst.copy()', args: [],
  python: () => ['r = tuple(c.copy())'],
  // list_copy_impl runs in the list's critical section: it waits for writers.
  guarantee: 'atomic', doc: NEW_OBJECT, exceptions: [], writes: false, access: 'locked',
  steps: [(l) => [{ state: l, result: l }]],
};

export const listClear: Operation<ListState> = {
  id: 'list.clear', container: 'list', label: 'lst.clear()', args: [],
  python: () => ['r = c.clear()'],
  // list_clear_impl sets the size to 0 before it drops ob_item: readers see the list whole or empty.
  guarantee: 'atomic', doc: CLEAR, exceptions: [], writes: true, access: 'locked',
  steps: [() => none([])],
};

/** Slot stores k <- v for k in [from, to). */
const stores = (from: number, to: number, value: (k: number) => PyValue): readonly (readonly [number, PyValue])[] =>
  Array.from({ length: Math.max(0, to - from) }, (_, i) => [from + i, value(from + i)] as const);

/**
 * Deleting one slot (list_pop_impl, list_ass_slice_lock_held): memmove the tail one slot left, then
 * list_resize shrinks the size; a list left empty goes through list_clear instead.
 */
const deleteAt = (l: ListState, j: number): Stage[] =>
  (l.length === 1 ? [{ s: [] }] : [{ w: stores(j, l.length - 1, (k) => l[k + 1]) }, { n: l.length - 1 }]);

const staged = { writes: true, access: 'locked', holdsLock: true } as const;

export const listPopIndex: Operation<ListState> = {
  id: 'list.pop-index', container: 'list', label: 'lst.pop(i)', args: ['index'],
  python: ([i]) => [`r = c.pop(${i})`],
  guarantee: 'safe', doc: SHIFTS, exceptions: ['IndexError'], ...staged,
  model: 'Objects/listobject.c list_pop_impl: memmove of the tail one slot left (slots change in any order), then list_resize',
  steps: [stagedWrite((l, [i]) => {
    const j = listIndex(l, num(i));
    return j === undefined ? { state: l, result: exc('IndexError') } : { stages: deleteAt(l, j), result: l[j] };
  })],
};

export const listInsert: Operation<ListState> = {
  id: 'list.insert', container: 'list', label: 'lst.insert(i, x)', args: ['index', 'value'],
  python: ([i, x]) => [`r = c.insert(${i}, ${x})`],
  guarantee: 'safe', doc: SHIFTS, exceptions: [], ...staged,
  model: 'Objects/listobject.c ins1: list_resize grows the size first (a new NULL slot), then items[i+1] = items[i] '
    + 'from the end down to the index, then items[index] = x (relaxed stores: any order)',
  steps: [stagedWrite((l, [i, x]) => {
    const j = insertIndex(l, num(i));
    const final = listSplice(l, j, j, [x]);
    return { stages: [{ n: l.length + 1 }, { w: stores(j, final.length, (k) => final[k]) }], result: null };
  })],
};

export const listImul: Operation<ListState> = {
  id: 'list.imul', container: 'list', label: 'lst *= n', args: ['count'],
  python: ([n]) => [`c *= ${n}`, 'r = None'],
  guarantee: 'safe', doc: SHIFTS, exceptions: [], ...staged,
  model: 'Objects/listobject.c list_inplace_repeat_lock_held: n < 1 clears; else list_resize grows the size '
    + '(NULL slots), then _Py_memory_repeat copies the items into them',
  steps: [stagedWrite((l, [n]) => {
    const times = num(n);
    if (l.length === 0 || times === 1) return { state: l, result: null };
    if (times < 1) return { state: [], result: null };
    const final = Array.from({ length: times }, () => l).flat();
    return { stages: [{ n: final.length }, { w: stores(l.length, final.length, (k) => final[k]) }], result: null };
  })],
};

export const listRemove: Operation<ListState> = {
  id: 'list.remove', container: 'list', label: 'lst.remove(x)', args: ['value'],
  python: ([x]) => [`r = c.remove(${x})`],
  guarantee: 'safe', doc: REMOVE, exceptions: ['ValueError'], ...staged,
  model: 'Objects/listobject.c list_remove_impl: finds x under the lock, then list_ass_slice_lock_held deletes '
    + 'its slot (memmove left, then list_resize; list_clear when it empties the list)',
  steps: [stagedWrite((l, [x]) => {
    const j = listFind(l, x);
    return j < 0 ? { state: l, result: exc('ValueError') } : { stages: deleteAt(l, j), result: null };
  })],
};

/** list_extend_fast: the size grows first (NULL slots), then each item is stored with a release store. */
const extend = (l: ListState, vs: readonly PyValue[]) =>
  (vs.length === 0 ? { state: l, result: null }
    : { stages: [{ n: l.length + vs.length }, { w: stores(l.length, l.length + vs.length, (k) => vs[k - l.length]) }], result: null });
const EXTEND_MODEL = 'Objects/listobject.c _list_extend -> list_extend_fast (a tuple): list_resize (or '
  + 'list_preallocate_exact) sets the size first, NULL slots, then the items are stored';

export const listExtend: Operation<ListState> = {
  id: 'list.extend', container: 'list', label: 'lst.extend(values)', args: ['values'],
  python: ([vs]) => [`r = c.extend(${vs})`],
  guarantee: 'safe', doc: EXTEND, exceptions: [], ...staged, model: EXTEND_MODEL,
  steps: [stagedWrite((l, [vs]) => extend(l, vs as readonly PyValue[]))],
};

export const listIadd: Operation<ListState> = {
  id: 'list.iadd', container: 'list', label: 'lst += values', args: ['values'],
  python: ([vs]) => [`c += ${vs}`, 'r = None'],
  guarantee: 'safe', doc: EXTEND, exceptions: [], ...staged, model: `list_inplace_concat -> ${EXTEND_MODEL}`,
  steps: [stagedWrite((l, [vs]) => extend(l, vs as readonly PyValue[]))],
};

export const listSetslice: Operation<ListState> = {
  id: 'list.setslice', container: 'list', label: 'lst[i:j] = values', args: ['index', 'index', 'values'],
  python: ([i, j, vs]) => [`c[${i}:${j}] = ${vs}`, 'r = None'],
  guarantee: 'safe', doc: SLICE, exceptions: [], ...staged,
  model: 'Objects/listobject.c list_ass_slice_lock_held: an empty result goes through list_clear; shrinking: '
    + 'memmove the tail left, list_resize, then store the new items; growing: list_resize (NULL slots), memmove '
    + 'the tail right and store the new items',
  steps: [stagedWrite((l, [i, j, vs]) => {
    const [lo, hi] = sliceBounds(l, num(i), num(j));
    const items = vs as readonly PyValue[];
    const d = items.length - (hi - lo), size = l.length;
    if (size + d === 0) return { state: [], result: null };
    const put = { w: stores(lo, lo + items.length, (k) => items[k - lo]) };
    const tail = { w: stores(hi + d, size + d, (k) => l[k - d]) };
    const stages: Stage[] = d < 0 ? [tail, { n: size + d }, put]
      : d > 0 ? [{ n: size + d }, { w: [...tail.w, ...put.w] }] : [put];
    return { stages, result: null };
  })],
};

export const listSort: Operation<ListState> = {
  id: 'list.sort', container: 'list', label: 'lst.sort()', args: [],
  python: () => ['r = c.sort()'],
  guarantee: 'safe', doc: SORT, exceptions: [], ...staged, keepsArrayWhenEmpty: true,
  // Lists hold ints only: numeric order is Python's.
  model: 'Objects/listobject.c list_sort_impl: size 0 and ob_item NULL for the sort (readers see []); at the end '
    + 'the size is restored before ob_item (a reader in between gets out of bounds at every index)',
  steps: [stagedWrite((l) => ({
    stages: [{ s: [] }, { s: l.map(() => GONE) }, { s: [...l].sort((a, b) => num(a) - num(b)) }], result: null,
  }))],
  // gh-154756: the emptied list's array as the sort rewrites it, store by store, for readers that loaded it before.
  bugs: [{ ...SORT_IN_PLACE_BUG, op: { steps: [stagedWrite((l) => {
    const trace = sortTrace(l);
    const sorted = trace[trace.length - 1];
    return { stages: [l, ...trace].map((a): Stage => ({ s: a.map((v): PyValue => ({ slot: 'sorting', v })) }))
      .concat([{ s: sorted.map((v): PyValue => ({ slot: 'gone', v })) }, { s: sorted }]), result: null };
  })] } }],
};

export const listReverse: Operation<ListState> = {
  id: 'list.reverse', container: 'list', label: 'lst.reverse()', args: [],
  python: () => ['r = c.reverse()'],
  guarantee: 'safe', doc: REVERSE, exceptions: [], ...staged,
  model: 'Objects/listobject.c reverse_slice: swaps with plain stores, each slot written once (any order)',
  steps: [stagedWrite((l) => ({ stages: [{ w: slotWrites(l, [...l].reverse()) }], result: null }))],
};

export const listIterate: Operation<ListState> = {
  id: 'list.iterate', container: 'list', label: 'for x in lst', args: [],
  python: () => ['_acc = []', 'for _x in c:', '    _acc.append(_x)', 'r = tuple(_acc)'],
  guarantee: 'never-atomic', doc: LIST_NEVER_ATOMIC, exceptions: [], writes: false, access: 'lock-free',
  model: `${READS}; listiter_next reads slot 0, 1, ... until out of bounds`,
  steps: iterateSteps('documented'),
  bugs: readBugs(iterateSteps),
};

export const listOps: readonly Operation<ListState>[] = [
  listAppend, listPop, listPopIndex, listInsert, listRemove, listExtend, listIadd, listImul, listSetslice,
  listClear, listCopy, listGetitem, listSetitem, listContains, listIndexOf, listCount, listLen, listSort,
  listReverse, listIterate,
];
