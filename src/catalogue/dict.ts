import type { DictState, DocRef, Operation, Step, StepOut } from './operation.ts';
import type { PyDict, PyValue } from './pyValue.ts';
import { exc, isExc } from './pyValue.ts';
import { dictDel, dictGet, dictHas, dictSet } from './dictModel.ts';
import { stagedWrite, type Stage } from './stagedWrite.ts';
import { dictIterationSeen } from './iterationSeen.ts';

// Doc/library/threadsafety.rst, "Thread safety for dict objects" (3.14+ docs); the 3.13 howto says
// built-in types use internal locks "in ways that behave similarly to the GIL".
const SRC = 'Doc/library/threadsafety.rst#thread-safety-dict';

const doc = (sentence: string, since: string, source = SRC): DocRef => ({ sentence, source, since });

// Classed atomic: the lock is held for the whole operation and, for int and str keys, "the underlying
// lock is not released during comparisons".
const SINGLE_WRITE = doc('Writing or removing a single item is safe to call from multiple threads and will not '
  + 'corrupt the dictionary: d[key] = value, del d[key], d.pop(key), d.popitem(), d.setdefault(key, v). '
  + '[...] For built-in types like str, int, and float, that implement __eq__ in C, the underlying lock is '
  + 'not released during comparisons.', '3.13');
const READ = doc('The following operations and functions are lock-free and atomic: d[key], d.get(key), '
  + 'key in d, len(d).', '3.13');
const POP_DEFAULT = doc('To avoid time-of-check to time-of-use (TOCTOU) issues, use atomic operations or handle '
  + 'exceptions: d.pop(key, None).', '3.13');
const NEW_OBJECT = doc('The following operations return new objects and hold the per-object lock for the '
  + 'duration of the operation: d.copy(), d | other, d.keys(), d.values(), d.items().', '3.13');
const SNAPSHOT = doc('d.items() returns a new dict_items view object holding the per-object lock; list(view) '
  + 'extends from a dictionary view object, which "is safe from concurrent modifications to the iterable".',
'3.13', 'Doc/library/threadsafety.rst#thread-safety-dict, #thread-safety-list');
const CLEAR = doc('The clear() method holds the lock for its duration. Other threads cannot observe elements '
  + 'being removed.', '3.13');
export const MERGE = doc('The following operations lock both dictionaries. For update() and |=, this applies only when '
  + 'the other operand is a dict that uses the standard dict iterator: d.update(other_dict), '
  + 'd |= other_dict.', '3.14');
export const DICT_NEVER_ATOMIC = doc('Operations that involve multiple accesses, as well as iteration, are never '
  + 'atomic: d[key] = d[key] + 1 (read-modify-write), if key in d: del d[key] (check-then-act, TOCTOU), '
  + 'for key, value in d.items() (iteration while another thread modifies d).', '3.13');

const none = (state: DictState): StepOut<DictState>[] => [{ state, result: null }];

// gh-129336 made d.get lock-free in 3.14; 3.13 still runs it in the dict's critical section.
const GET_LOCKED_313 = 'Objects/clinic/dictobject.c.h 3.13: dict_get runs in the dict\'s critical section '
  + '(lock-free only since gh-129336, 3.14)';
const pairsOf = (items: PyValue): DictState => (items as PyDict).d;

// Lock-free reads (Objects/dictobject.c, 3.13): _Py_dict_lookup_threadsafe reads the keys object and the
// value and retries until both agree, so d[k], d.get(k), k in d see the dict at one instant; len(d) is one
// load of ma_used. Writers all run in the dict's critical section.

export const dictSetitem: Operation<DictState> = {
  id: 'dict.setitem', container: 'dict', label: 'd[k] = v', args: ['key', 'value'],
  python: ([k, v]) => [`c[${k}] = ${v}`, 'r = None'],
  guarantee: 'atomic', doc: SINGLE_WRITE, exceptions: [], writes: true, access: 'locked',
  steps: [(d, [k, v]) => none(dictSet(d, k, v))],
};

export const dictGetitem: Operation<DictState> = {
  id: 'dict.getitem', container: 'dict', label: 'd[k]', args: ['key'],
  python: ([k]) => [`r = c[${k}]`],
  guarantee: 'atomic', doc: READ, exceptions: ['KeyError'], writes: false, access: 'lock-free',
  steps: [(d, [k]) => [{ state: d, result: dictGet(d, k) ?? exc('KeyError') }]],
};

export const dictGetDefault: Operation<DictState> = {
  id: 'dict.get', container: 'dict', label: 'd.get(k)', args: ['key'],
  python: ([k]) => [`r = c.get(${k})`],
  guarantee: 'atomic', doc: READ, exceptions: [], writes: false, access: 'lock-free',
  steps: [(d, [k]) => [{ state: d, result: dictGet(d, k) ?? null }]],
  variants: [{ below: '3.14.0', model: GET_LOCKED_313, op: { access: 'locked' } }],
};

export const dictContains: Operation<DictState> = {
  id: 'dict.contains', container: 'dict', label: 'k in d', args: ['key'],
  python: ([k]) => [`r = ${k} in c`],
  guarantee: 'atomic', doc: READ, exceptions: [], writes: false, access: 'lock-free',
  steps: [(d, [k]) => [{ state: d, result: dictHas(d, k) }]],
};

export const dictLen: Operation<DictState> = {
  id: 'dict.len', container: 'dict', label: 'len(d)', args: [],
  python: () => ['r = len(c)'],
  guarantee: 'atomic', doc: READ, exceptions: [], writes: false, access: 'lock-free',
  steps: [(d) => [{ state: d, result: d.length }]],
};

export const dictDelitem: Operation<DictState> = {
  id: 'dict.delitem', container: 'dict', label: 'del d[k]', args: ['key'],
  python: ([k]) => [`del c[${k}]`, 'r = None'],
  guarantee: 'atomic', doc: SINGLE_WRITE, exceptions: ['KeyError'], writes: true, access: 'locked',
  steps: [(d, [k]) => (dictHas(d, k) ? none(dictDel(d, k)) : [{ state: d, result: exc('KeyError') }])],
};

export const dictPop: Operation<DictState> = {
  id: 'dict.pop', container: 'dict', label: 'd.pop(k)', args: ['key'],
  python: ([k]) => [`r = c.pop(${k})`],
  guarantee: 'atomic', doc: SINGLE_WRITE, exceptions: ['KeyError'], writes: true, access: 'locked',
  steps: [(d, [k]) => {
    const v = dictGet(d, k);
    return [v === undefined ? { state: d, result: exc('KeyError') } : { state: dictDel(d, k), result: v }];
  }],
};

export const dictPopDefault: Operation<DictState> = {
  id: 'dict.pop-default', container: 'dict', label: 'd.pop(k, default)', args: ['key', 'value'],
  python: ([k, v]) => [`r = c.pop(${k}, ${v})`],
  guarantee: 'atomic', doc: POP_DEFAULT, exceptions: [], writes: true, access: 'locked',
  steps: [(d, [k, v]) => {
    const cur = dictGet(d, k);
    return [cur === undefined ? { state: d, result: v } : { state: dictDel(d, k), result: cur }];
  }],
};

export const dictPopitem: Operation<DictState> = {
  id: 'dict.popitem', container: 'dict', label: 'd.popitem()', args: [],
  python: () => ['r = c.popitem()'],
  guarantee: 'atomic', doc: SINGLE_WRITE, exceptions: ['KeyError'], writes: true, access: 'locked',
  // LIFO: the pair inserted last (a key that was deleted and set again counts as new).
  steps: [(d) => [d.length === 0 ? { state: d, result: exc('KeyError') }
    : { state: d.slice(0, -1), result: d[d.length - 1] }]],
};

export const dictSetdefault: Operation<DictState> = {
  id: 'dict.setdefault', container: 'dict', label: 'd.setdefault(k, v)', args: ['key', 'value'],
  python: ([k, v]) => [`r = c.setdefault(${k}, ${v})`],
  guarantee: 'atomic', doc: SINGLE_WRITE, exceptions: [], writes: true, access: 'locked',
  steps: [(d, [k, v]) => {
    const cur = dictGet(d, k);
    return cur === undefined ? [{ state: dictSet(d, k, v), result: v }] : [{ state: d, result: cur }];
  }],
};

/**
 * d.update(other) / d |= other with a dict: dict_dict_merge inserts the pairs of `other` one after another
 * (insertdict), each visible to lock-free readers as soon as it is stored.
 */
export const mergeStages = (d: DictState, items: DictState): Stage[] => {
  const stages: Stage[] = [];
  let cur = d;
  for (const [k, v] of items) stages.push({ s: (cur = dictSet(cur, k, v)) });
  return stages;
};
export const MERGE_MODEL = 'Objects/dictobject.c PyDict_Merge -> dict_dict_merge in the critical sections of both '
  + 'dicts: one insertdict per pair of the other dict, in its order';
const merge = stagedWrite<DictState>((d, [items]) => ({ stages: mergeStages(d, pairsOf(items)), result: null }));

/**
 * With keys whose __eq__ is Python code, dict_dict_merge's lock can be let go during the comparisons of each
 * insertdict's lookup (the doc: "the lock can be released during comparison"; a thread that blocks or parks
 * for a stop-the-world pause in __eq__ suspends its critical sections, Python/critical_section.c). Another
 * thread may then change the dict between two inserts; each insert stays whole, since a lookup whose dict
 * changed under its comparison starts again (compare_generic's DKIX_KEY_CHANGED, Objects/dictobject.c 3.13.10+;
 * before that gh-140551). So: one insert per step, into the dict as it is then, in `other`'s order.
 */
const mergeOneByOne: Step<DictState> = (d, [items], tmp) => {
  const pairs = pairsOf(items);
  const i = typeof tmp === 'number' ? tmp : 0;
  if (pairs.length === 0) return [{ state: d, result: null }];
  const next = dictSet(d, pairs[i][0], pairs[i][1]);
  return i + 1 < pairs.length ? [{ state: next, tmp: i + 1, again: true }] : [{ state: next, result: null }];
};
const MERGE_PYTHON_EQ = {
  model: 'Objects/dictobject.c dict_dict_merge with Python-__eq__ keys: one insertdict per pair of the other dict, '
    + 'in its order, the dict\'s lock possibly let go during each lookup\'s comparisons (before each insert)',
  op: { holdsLock: false, steps: [mergeOneByOne] },
};

// Unlike set |= (rebuildsTable), d.update(other) never rebuilds the table under an iteration without a
// change it can see: dict_dict_merge resizes up front only when USABLE_FRACTION(DK_SIZE(mp->ma_keys)) <
// other->ma_used, and since ma_used <= dk_nentries <= USABLE_FRACTION(DK_SIZE), that needs a key of `other`
// missing from the dict, so the size changes too (Objects/dictobject.c, 3.13.15).
export const dictUpdate: Operation<DictState> = {
  id: 'dict.update', container: 'dict', label: 'd.update(other_dict)', args: ['items'],
  python: ([items]) => [`r = c.update(${items})`],
  guarantee: 'safe', doc: MERGE, exceptions: [], writes: true, access: 'locked', holdsLock: true,
  comparesUnderLock: true, model: MERGE_MODEL, steps: [merge], withPythonEq: MERGE_PYTHON_EQ,
};

export const dictIor: Operation<DictState> = {
  id: 'dict.ior', container: 'dict', label: 'd |= other_dict', args: ['items'],
  python: ([items]) => [`c |= ${items}`, 'r = None'],
  guarantee: 'safe', doc: MERGE, exceptions: [], writes: true, access: 'locked', holdsLock: true,
  comparesUnderLock: true, model: `dict_ior -> ${MERGE_MODEL}`, steps: [merge],
  withPythonEq: { ...MERGE_PYTHON_EQ, model: `dict_ior -> ${MERGE_PYTHON_EQ.model}` },
};

export const dictCopy: Operation<DictState> = {
  id: 'dict.copy', container: 'dict', label: 'd.copy()', args: [],
  python: () => ['r = FD(c.copy())'],
  guarantee: 'atomic', doc: NEW_OBJECT, exceptions: [], writes: false, access: 'locked',
  steps: [(d) => [{ state: d, result: { d } }]],
};

export const dictItemsSnapshot: Operation<DictState> = {
  id: 'dict.items-snapshot', container: 'dict', label: 'list(d.items())', args: [],
  python: () => ['r = tuple(list(c.items()))'],
  // list_extend_dictitems runs in the critical sections of the new list and the dict.
  guarantee: 'atomic', doc: SNAPSHOT, exceptions: [], writes: false, access: 'locked',
  steps: [(d) => [{ state: d, result: d }]],
};

export const dictClear: Operation<DictState> = {
  id: 'dict.clear', container: 'dict', label: 'd.clear()', args: [],
  python: () => ['r = c.clear()'],
  guarantee: 'atomic', doc: CLEAR, exceptions: [], writes: true, access: 'locked',
  steps: [() => none([])],
};

export const dictIterate: Operation<DictState> = {
  id: 'dict.iterate', container: 'dict', label: 'for k in d', args: [],
  python: () => ['_acc = []', 'for _x in c:', '    _acc.append(_x)', 'r = tuple(_acc)'],
  guarantee: 'never-atomic', doc: DICT_NEVER_ATOMIC, exceptions: ['RuntimeError'], writes: false, access: 'lock-free',
  steps: [(d) => [{ state: d, result: d.map(([k]) => k) }]],
  // dictiter_iternext_threadsafe reads entries by position without the lock and raises RuntimeError when
  // the size changed (or more keys turn up than it had: di->len counts down): the entry table is not in the model, so the
  // keys are checked against the states its window saw.
  model: 'Objects/dictobject.c dictiter_iternext_threadsafe: one entry per next(), lock-free, RuntimeError on a size change',
  window: (r, w) => dictIterationSeen(r, w, (d) => d.map(([k]) => k), (d) => d.map(([k]) => k), { ordered: true, bounded: true, sizeChangeOnly: false, keyOf: (k) => k }),
};

export const dictIncrement: Operation<DictState> = {
  id: 'dict.rmw-increment', container: 'dict', label: 'd[k] = d.get(k, 0) + 1', args: ['key'],
  python: ([k]) => [`r = c[${k}] = c.get(${k}, 0) + 1`],
  guarantee: 'never-atomic', doc: DICT_NEVER_ATOMIC, exceptions: [], writes: true,
  // A lock-free d.get, then a locked d[k] = v: two separate accesses.
  access: ['lock-free', 'locked'],
  variants: [{ below: '3.14.0', model: GET_LOCKED_313, op: { access: ['locked', 'locked'] } }],
  model: 'd.get(k) (lock-free lookup), then d[k] = v (insertdict in the critical section)',
  steps: [
    (d, [k]) => {
      const v = dictGet(d, k) ?? 0;
      return [{ state: d, tmp: typeof v === 'number' ? v + 1 : exc('TypeError') }];
    },
    (d, [k], tmp) => (isExc(tmp) ? [{ state: d, result: tmp }]
      : [{ state: dictSet(d, k, tmp ?? null), result: tmp ?? null }]),
  ],
};

export const dictOps: readonly Operation<DictState>[] = [
  dictSetitem, dictGetitem, dictGetDefault, dictContains, dictLen, dictDelitem, dictPop, dictPopDefault,
  dictPopitem, dictSetdefault, dictUpdate, dictIor, dictCopy, dictItemsSnapshot, dictClear, dictIterate,
  dictIncrement,
];
