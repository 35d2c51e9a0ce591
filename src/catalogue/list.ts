import type { DocRef, ListState, Operation, Universe } from './operation.ts';
import type { PyValue } from './pyValue.ts';
import { exc, pyEquals } from './pyValue.ts';
import { insertIndex, listFind, listIndex, listSet, listSplice, sliceBounds } from './listModel.ts';
import { intIn, isElement, membership, raised, tupleOf } from './plausible.ts';

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

const none = (state: ListState) => [{ state, result: null }];
const num = (v: PyValue) => v as number;

export const listGetitem: Operation<ListState> = {
  id: 'list.getitem', container: 'list', label: 'lst[i]', args: ['index'],
  python: ([i]) => [`r = c[${i}]`],
  guarantee: 'atomic', doc: GETITEM, exceptions: ['IndexError'], writes: false,
  steps: [(l, [i]) => {
    const j = listIndex(l, num(i));
    return [{ state: l, result: j === undefined ? exc('IndexError') : l[j] }];
  }],
  // A lock-free read: it may see the list empty during a sort, or a half-done shift.
  weakWhen: 'intermediate',
  plausible: (r, u) => raised(r, 'IndexError') || isElement(u, r),
};

export const listLen: Operation<ListState> = {
  id: 'list.len', container: 'list', label: 'len(lst)', args: [],
  python: () => ['r = len(c)'],
  guarantee: 'atomic', doc: LEN, exceptions: [], writes: false,
  steps: [(l) => [{ state: l, result: l.length }]],
  // Lock-free: 0 while another thread sorts (threadsafety.rst: "the list appears empty").
  weakWhen: 'intermediate',
  plausible: (r, u) => intIn(r, 0, u.maxLen),
};

// The scans read one item at a time: even two plain lst[i] = x by another thread can show them a list
// that never existed ([1, 2] -> [2, 2] -> [2, 1]: count(2) may read 1 then 1 and answer 0), so any
// concurrent writer, not only an "intermediate" one, leaves them only plausibility-checked.
export const listContains: Operation<ListState> = {
  id: 'list.contains', container: 'list', label: 'x in lst', args: ['value'],
  python: ([x]) => [`r = ${x} in c`],
  guarantee: 'lock-free-read', doc: SCAN, exceptions: [], writes: false,
  steps: [(l, [x]) => [{ state: l, result: listFind(l, x) >= 0 }]],
  weakWhen: 'anyWrite',
  plausible: (r: PyValue, u: Universe, args?: readonly PyValue[]) => membership(r, u, args?.[0]),
};

export const listIndexOf: Operation<ListState> = {
  id: 'list.index', container: 'list', label: 'lst.index(x)', args: ['value'],
  python: ([x]) => [`r = c.index(${x})`],
  guarantee: 'lock-free-read', doc: SCAN, exceptions: ['ValueError'], writes: false,
  steps: [(l, [x]) => {
    const j = listFind(l, x);
    return [{ state: l, result: j < 0 ? exc('ValueError') : j }];
  }],
  weakWhen: 'anyWrite',
  plausible: (r: PyValue, u: Universe, args?: readonly PyValue[]) => raised(r, 'ValueError')
    || (intIn(r, 0, u.maxLen - 1) && (args === undefined || isElement(u, args[0]))),
};

export const listCount: Operation<ListState> = {
  id: 'list.count', container: 'list', label: 'lst.count(x)', args: ['value'],
  python: ([x]) => [`r = c.count(${x})`],
  guarantee: 'lock-free-read', doc: SCAN, exceptions: [], writes: false,
  steps: [(l, [x]) => [{ state: l, result: l.filter((y) => pyEquals(y, x)).length }]],
  weakWhen: 'anyWrite',
  plausible: (r: PyValue, u: Universe, args?: readonly PyValue[]) =>
    r === 0 || (intIn(r, 1, u.maxLen) && (args === undefined || isElement(u, args[0]))),
};

export const listAppend: Operation<ListState> = {
  id: 'list.append', container: 'list', label: 'lst.append(x)', args: ['value'],
  python: ([x]) => [`r = c.append(${x})`],
  guarantee: 'atomic', doc: END, exceptions: [], writes: true,
  steps: [(l, [x]) => none([...l, x])],
};

export const listPop: Operation<ListState> = {
  id: 'list.pop', container: 'list', label: 'lst.pop()', args: [],
  python: () => ['r = c.pop()'],
  guarantee: 'atomic', doc: END, exceptions: ['IndexError'], writes: true,
  steps: [(l) => [l.length === 0 ? { state: l, result: exc('IndexError') }
    : { state: l.slice(0, -1), result: l[l.length - 1] }]],
};

export const listSetitem: Operation<ListState> = {
  id: 'list.setitem', container: 'list', label: 'lst[i] = x', args: ['index', 'value'],
  python: ([i, x]) => [`c[${i}] = ${x}`, 'r = None'],
  guarantee: 'atomic', doc: SETITEM, exceptions: ['IndexError'], writes: true,
  steps: [(l, [i, x]) => {
    const j = listIndex(l, num(i));
    return j === undefined ? [{ state: l, result: exc('IndexError') }] : none(listSet(l, j, x));
  }],
};

export const listCopy: Operation<ListState> = {
  id: 'list.copy', container: 'list', label: 'lst.copy()', args: [],
  python: () => ['r = tuple(c.copy())'],
  guarantee: 'atomic', doc: NEW_OBJECT, exceptions: [], writes: false,
  steps: [(l) => [{ state: l, result: l }]],
};

export const listClear: Operation<ListState> = {
  id: 'list.clear', container: 'list', label: 'lst.clear()', args: [],
  python: () => ['r = c.clear()'],
  guarantee: 'atomic', doc: CLEAR, exceptions: [], writes: true,
  steps: [() => none([])],
};

export const listPopIndex: Operation<ListState> = {
  id: 'list.pop-index', container: 'list', label: 'lst.pop(i)', args: ['index'],
  python: ([i]) => [`r = c.pop(${i})`],
  guarantee: 'safe', doc: SHIFTS, exceptions: ['IndexError'], writes: true, intermediate: true,
  steps: [(l, [i]) => {
    const j = listIndex(l, num(i));
    return [j === undefined ? { state: l, result: exc('IndexError') }
      : { state: listSplice(l, j, j + 1, []), result: l[j] }];
  }],
};

export const listInsert: Operation<ListState> = {
  id: 'list.insert', container: 'list', label: 'lst.insert(i, x)', args: ['index', 'value'],
  python: ([i, x]) => [`r = c.insert(${i}, ${x})`],
  guarantee: 'safe', doc: SHIFTS, exceptions: [], writes: true, intermediate: true,
  steps: [(l, [i, x]) => {
    const j = insertIndex(l, num(i));
    return none(listSplice(l, j, j, [x]));
  }],
};

export const listImul: Operation<ListState> = {
  id: 'list.imul', container: 'list', label: 'lst *= n', args: ['count'],
  python: ([n]) => [`c *= ${n}`, 'r = None'],
  guarantee: 'safe', doc: SHIFTS, exceptions: [], writes: true, intermediate: true,
  steps: [(l, [n]) => none(Array.from({ length: Math.max(0, num(n)) }, () => l).flat())],
};

export const listRemove: Operation<ListState> = {
  id: 'list.remove', container: 'list', label: 'lst.remove(x)', args: ['value'],
  python: ([x]) => [`r = c.remove(${x})`],
  guarantee: 'safe', doc: REMOVE, exceptions: ['ValueError'], writes: true, intermediate: true,
  steps: [(l, [x]) => {
    const j = listFind(l, x);
    return j < 0 ? [{ state: l, result: exc('ValueError') }] : none(listSplice(l, j, j + 1, []));
  }],
};

export const listExtend: Operation<ListState> = {
  id: 'list.extend', container: 'list', label: 'lst.extend(values)', args: ['values'],
  python: ([vs]) => [`r = c.extend(${vs})`],
  guarantee: 'safe', doc: EXTEND, exceptions: [], writes: true, intermediate: true,
  steps: [(l, [vs]) => none([...l, ...(vs as readonly PyValue[])])],
};

export const listIadd: Operation<ListState> = {
  id: 'list.iadd', container: 'list', label: 'lst += values', args: ['values'],
  python: ([vs]) => [`c += ${vs}`, 'r = None'],
  guarantee: 'safe', doc: EXTEND, exceptions: [], writes: true, intermediate: true,
  steps: [(l, [vs]) => none([...l, ...(vs as readonly PyValue[])])],
};

export const listSetslice: Operation<ListState> = {
  id: 'list.setslice', container: 'list', label: 'lst[i:j] = values', args: ['index', 'index', 'values'],
  python: ([i, j, vs]) => [`c[${i}:${j}] = ${vs}`, 'r = None'],
  guarantee: 'safe', doc: SLICE, exceptions: [], writes: true, intermediate: true,
  steps: [(l, [i, j, vs]) => {
    const [lo, hi] = sliceBounds(l, num(i), num(j));
    return none(listSplice(l, lo, hi, vs as readonly PyValue[]));
  }],
};

export const listSort: Operation<ListState> = {
  id: 'list.sort', container: 'list', label: 'lst.sort()', args: [],
  python: () => ['r = c.sort()'],
  guarantee: 'safe', doc: SORT, exceptions: [], writes: true, intermediate: true,
  // CPython empties the list for the duration of the sort (others see []), holding the list's lock:
  // writers wait, lock-free readers see the empty list. Lists hold ints only: numeric order is Python's.
  holdsLock: true,
  steps: [
    (l) => [{ state: [], tmp: [...l].sort((a, b) => num(a) - num(b)) }],
    (_l, _args, tmp) => none(tmp as ListState),
  ],
};

export const listReverse: Operation<ListState> = {
  id: 'list.reverse', container: 'list', label: 'lst.reverse()', args: [],
  python: () => ['r = c.reverse()'],
  guarantee: 'safe', doc: REVERSE, exceptions: [], writes: true, intermediate: true,
  steps: [(l) => none([...l].reverse())],
};

export const listIterate: Operation<ListState> = {
  id: 'list.iterate', container: 'list', label: 'for x in lst', args: [],
  python: () => ['_acc = []', 'for _x in c:', '    _acc.append(_x)', 'r = tuple(_acc)'],
  guarantee: 'never-atomic', doc: LIST_NEVER_ATOMIC, exceptions: [], writes: false,
  steps: [(l) => [{ state: l, result: l }]],
  // The iterator reads index 0, 1, ... while each is below the current length: never more items than
  // the list ever held, each one an element it held.
  weakWhen: 'anyWrite',
  plausible: (r, u) => tupleOf(r, (x) => isElement(u, x)) && (r as readonly PyValue[]).length <= u.maxLen,
};

export const listOps: readonly Operation<ListState>[] = [
  listAppend, listPop, listPopIndex, listInsert, listRemove, listExtend, listIadd, listImul, listSetslice,
  listClear, listCopy, listGetitem, listSetitem, listContains, listIndexOf, listCount, listLen, listSort,
  listReverse, listIterate,
];
