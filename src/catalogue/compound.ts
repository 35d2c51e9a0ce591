import type { ContainerState, DictState, ListState, Operation, SetState, Step, StepOut } from './operation.ts';
import type { PyValue } from './pyValue.ts';
import { exc, isExc } from './pyValue.ts';
import { dictDel, dictHas } from './dictModel.ts';
import { listIndex, listSet, listSize, readSlotAs, type ReadMode } from './listModel.ts';
import { setAdd, setDel, setHas } from './setModel.ts';
import { LIST_NEVER_ATOMIC, NEGATIVE_INDEX_BUG, readBugs } from './list.ts';
import { DICT_NEVER_ATOMIC } from './dict.ts';
import { SET_NEVER_ATOMIC } from './set.ts';

// Never-atomic patterns from the "never atomic" lists of Doc/library/threadsafety.rst, split into their
// atomic steps exactly where another thread can run in between: a read (lock-free, so it can see a
// writer's intermediate states), then a write in the container's critical section.

const READ_THEN_WRITE = ['lock-free', 'locked'] as const;
// 3.13 looks `x in s` up in the set's critical section (set___contains__): both steps are locked there.
const SET_CONTAINS_LOCKED = [{ below: '3.14.0', model: 'Objects/setobject.c 3.13: `x in s` runs in the set\'s '
  + 'critical section (set___contains__), then the write in another', op: { access: 'locked' as const } }];

/** The second step when the first decided to do nothing (or failed): pass its verdict through. */
const skip = <S extends ContainerState>(state: S, result: PyValue): StepOut<S>[] => [{ state, result }];

/** The read of lst[i] + 1 at slot j: the sum for the write, or the IndexError it passes on. `mode`: how a
 * known bug makes the read go (readSlotAs), `pending` once gh-154756's read is left for later. */
const incrementRead = (l: ListState, j: number, mode: ReadMode = 'documented', pending = false): StepOut<ListState>[] => {
  const { r, later } = readSlotAs(l, j, mode, pending, [j]);
  if (r === 'wait') return [...later];
  return r === 'oob' ? [{ state: l, tmp: exc('IndexError') }]
    : [...r.map((seen) => ({ state: seen.state, tmp: (seen.item as number) + 1 })), ...later];
};

// The write raises too if the list shrank in between; list_ass_subscript turns a negative index into a
// position under the list's lock (list_ass_subscript_lock_held), so the write is exact on 3.13 too.
const incrementWrite = (l: ListState, [i]: readonly PyValue[], tmp: PyValue | undefined): StepOut<ListState>[] => {
  if (isExc(tmp)) return skip(l, tmp);
  const j = listIndex(l, i as number);
  return j === undefined ? skip(l, exc('IndexError')) : [{ state: listSet(l, j, tmp ?? null), result: tmp ?? null }];
};

/** lst[i] += 1 as two steps, its read as `mode` makes it go (a read left for later comes back with [j]). */
const incrementSteps = (mode: ReadMode): Step<ListState>[] => [
  (l, [i], tmp) => (Array.isArray(tmp) ? incrementRead(l, tmp[0] as number, mode, true) : incrementRead(l, listIndex(l, i as number) ?? -1, mode)),
  incrementWrite,
];

export const listIncrement: Operation<ListState> = {
  id: 'list.rmw-increment', container: 'list', label: 'lst[i] = lst[i] + 1', args: ['index'],
  python: ([i]) => [`r = c[${i}] = c[${i}] + 1`],
  guarantee: 'never-atomic', doc: LIST_NEVER_ATOMIC, exceptions: ['IndexError'], writes: true,
  access: READ_THEN_WRITE, model: 'lst[i] (list_get_item_ref, lock-free), then lst[i] = v (list_ass_item, locked)',
  steps: incrementSteps('documented'),
  // The read is list_subscript's (see NEGATIVE_INDEX_BUG): the position first, then the slot, then the write.
  bugs: [{ ...NEGATIVE_INDEX_BUG, op: { access: ['lock-free', 'lock-free', 'locked'], steps: [
    (l, [i]) => (i as number) < 0 ? [{ state: l, tmp: (i as number) + l.length }] : incrementRead(l, i as number),
    (l, args, tmp) => (typeof tmp === 'number' && (args[0] as number) < 0 ? incrementRead(l, tmp) : [{ state: l, tmp }]),
    incrementWrite,
  ] } }, ...readBugs(incrementSteps)],
};

export const listCheckThenPop: Operation<ListState> = {
  id: 'list.check-then-pop', container: 'list', label: 'if lst: lst.pop()', args: [],
  python: () => ['if c:', '    r = c.pop()', 'else:', '    r = None'],
  guarantee: 'never-atomic', doc: LIST_NEVER_ATOMIC, exceptions: ['IndexError'], writes: true,
  access: READ_THEN_WRITE, model: 'bool(lst) (list_length, lock-free), then lst.pop() (locked)',
  steps: [
    (l) => [{ state: l, tmp: listSize(l) > 0 }],
    (l, _, tmp) => (!tmp ? skip(l, null)
      : l.length === 0 ? skip(l, exc('IndexError')) : [{ state: l.slice(0, -1), result: l[l.length - 1] }]),
  ],
};

export const dictCheckThenDelete: Operation<DictState> = {
  id: 'dict.check-then-delete', container: 'dict', label: 'if k in d: del d[k]', args: ['key'],
  python: ([k]) => [`if ${k} in c:`, `    del c[${k}]`, '    r = True', 'else:', '    r = False'],
  guarantee: 'never-atomic', doc: DICT_NEVER_ATOMIC, exceptions: ['KeyError'], writes: true,
  access: READ_THEN_WRITE, model: 'k in d (lock-free lookup), then del d[k] (locked)',
  steps: [
    (d, [k]) => [{ state: d, tmp: dictHas(d, k) }],
    (d, [k], tmp) => (!tmp ? skip(d, false)
      : dictHas(d, k) ? [{ state: dictDel(d, k), result: true }] : skip(d, exc('KeyError'))),
  ],
};

export const dictLenThenPopitem: Operation<DictState> = {
  id: 'dict.len-then-popitem', container: 'dict', label: 'if len(d): d.popitem()', args: [],
  python: () => ['if len(c):', '    r = c.popitem()', 'else:', '    r = None'],
  guarantee: 'never-atomic', doc: DICT_NEVER_ATOMIC, exceptions: ['KeyError'], writes: true,
  access: READ_THEN_WRITE, model: 'len(d) (lock-free), then d.popitem() (locked)',
  steps: [
    (d) => [{ state: d, tmp: d.length > 0 }],
    (d, _, tmp) => (!tmp ? skip(d, null)
      : d.length === 0 ? skip(d, exc('KeyError')) : [{ state: d.slice(0, -1), result: d[d.length - 1] }]),
  ],
};

export const setCheckThenAdd: Operation<SetState> = {
  id: 'set.check-then-add', container: 'set', label: 'if x not in s: s.add(x)', args: ['key'],
  python: ([x]) => [`if ${x} not in c:`, `    c.add(${x})`, '    r = True', 'else:', '    r = False'],
  guarantee: 'never-atomic', doc: SET_NEVER_ATOMIC, exceptions: [], writes: true,
  access: READ_THEN_WRITE, variants: SET_CONTAINS_LOCKED, model: 'x in s, then s.add(x) (locked)',
  // True when this thread added it, even if another thread added it in between (a uniqueness race).
  steps: [
    (s, [x]) => [{ state: s, tmp: !setHas(s, x) }],
    (s, [x], tmp) => (tmp ? [{ state: setAdd(s, x), result: true }] : skip(s, false)),
  ],
};

export const setCheckThenRemove: Operation<SetState> = {
  id: 'set.check-then-remove', container: 'set', label: 'if x in s: s.remove(x)', args: ['key'],
  python: ([x]) => [`if ${x} in c:`, `    c.remove(${x})`, '    r = True', 'else:', '    r = False'],
  guarantee: 'never-atomic', doc: SET_NEVER_ATOMIC, exceptions: ['KeyError'], writes: true,
  access: READ_THEN_WRITE, variants: SET_CONTAINS_LOCKED, model: 'x in s, then s.remove(x) (locked)',
  steps: [
    (s, [x]) => [{ state: s, tmp: setHas(s, x) }],
    (s, [x], tmp) => (!tmp ? skip(s, false)
      : setHas(s, x) ? [{ state: setDel(s, x), result: true }] : skip(s, exc('KeyError'))),
  ],
};

export const setLenThenPop: Operation<SetState> = {
  id: 'set.len-then-pop', container: 'set', label: 'if len(s): s.pop()', args: [],
  python: () => ['if len(c):', '    r = c.pop()', 'else:', '    r = None'],
  guarantee: 'never-atomic', doc: SET_NEVER_ATOMIC, exceptions: ['KeyError'], writes: true,
  access: READ_THEN_WRITE, model: 'len(s) (lock-free), then s.pop() (locked)',
  steps: [
    (s) => [{ state: s, tmp: s.length > 0 }],
    (s, _, tmp) => (!tmp ? skip(s, null) : s.length === 0 ? skip(s, exc('KeyError'))
      : s.map((x) => ({ state: setDel(s, x), result: x }))),
  ],
};

export const compoundOps: readonly Operation[] = [
  listIncrement, listCheckThenPop, dictCheckThenDelete, dictLenThenPopitem, setCheckThenAdd,
  setCheckThenRemove, setLenThenPop,
] as readonly Operation[];
