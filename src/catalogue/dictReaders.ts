import type { DictState, DocRef, Operation, SetState, StepOut } from './operation.ts';
import type { PyDict, PyValue } from './pyValue.ts';
import { pyEquals } from './pyValue.ts';
import { dictGet, dictHas } from './dictModel.ts';
import { dictRepr } from './pyRepr.ts';
import { DICT_NEVER_ATOMIC } from './dict.ts';
import { dictIterationSeen, type IterationRules } from './iterationSeen.ts';
import { setAdd, setDel, setFrozen, setHas, setOf } from './setModel.ts';
import { sortedOrTypeError } from './sortedOrTypeError.ts';

// Readers of a dict that make a new object (repr, list/tuple/sorted of it or of its views, the views' set
// operations, dict.fromkeys), compare it with a value, or iterate it (reversed, values, items).
// Doc/library/threadsafety.rst, "Thread safety for dict objects": after d[key], d.get, `in` and len,
// "All other operations from here on hold the per-object lock" — in 3.13's C code too, except where a
// model below says otherwise (each cites the C function).
const SRC = 'Doc/library/threadsafety.rst#thread-safety-dict';
const doc = (sentence: string, since = '3.14'): DocRef => ({ sentence, source: SRC, since });

const LOCKED = doc('All other operations from here on hold the per-object lock. [...] The following operations '
  + 'return new objects and hold the per-object lock for the duration of the operation: d.copy(), d | other, '
  + 'd.keys(), d.values(), d.items().');
const EQ = doc('The following operations lock both dictionaries. [...] For equality comparison, this applies to '
  + 'dict and its subclasses: d == other_dict # both locked for dict and subclasses.');
const FROMKEYS = doc('dict.fromkeys() locks both the new dictionary and the iterable when the iterable is exactly '
  + 'a dict, set, or frozenset (not subclasses): dict.fromkeys(a_dict) # locks both.');
const EXTEND_VIEW = {
  sentence: 'If it is a list, a tuple, a set, a frozenset, a dict or a dictionary view object (but not their '
    + 'subclasses), the extend operation is safe from concurrent modifications to the iterable.',
  source: 'Doc/library/threadsafety.rst#thread-safety-list', since: '3.14',
} as const;
// `(k, v) in d.items()` and `d.keys() & keys` look keys up like `key in d`.
const LOOKUP = doc('The following operations and functions are lock-free and atomic: d[key], d.get(key), '
  + 'key in d, len(d).', '3.13');

const keysOf = (d: DictState): readonly PyValue[] => d.map(([k]) => k);
const keyList = (v: PyValue) => v as readonly PyValue[];
const pairsOf = (v: PyValue): DictState => (v as PyDict).d;

/** One locked step that reads the whole dict (in its critical section: never a writer's intermediate state). */
const snapshot = (id: string, label: string, args: Operation['args'], python: Operation['python'], docRef: DocRef,
  model: string, read: (d: DictState, args: readonly PyValue[]) => PyValue, exceptions: string[] = []): Operation<DictState> => ({
  id, container: 'dict', label, args, python, guarantee: 'atomic', doc: docRef, exceptions, writes: false,
  access: 'locked', model, steps: [(d, a) => [{ state: d, result: read(d, a) }]],
});

const dictEq = (a: DictState, b: DictState) => a.length === b.length
  && a.every(([k, v]) => b.some(([k2, v2]) => pyEquals(k, k2) && pyEquals(v, v2)));

// The keys view of an exact dict becomes a set in the dict's critical section (dictviews_to_set ->
// PySet_New(dict) -> set_update_local), then the private set meets the tuple.
const VIEW_SET = 'Objects/dictobject.c dictviews_to_set: PySet_New(dict) copies the keys in the dict\'s critical '
  + 'section (set_update_local), then';
const keySet = (d: DictState) => setOf(keysOf(d));

export const dictReaderOps: readonly Operation<DictState>[] = [
  { ...snapshot('dict.repr', 'repr(d) / str(d)', [], () => ['r = repr(c)'], LOCKED,
    'Objects/dictobject.c dict_repr: dict_repr_lock_held in the dict\'s critical section (str(d) is the same call)',
    (d) => dictRepr(d)), comparesUnderLock: true },
  { ...snapshot('dict.eq', 'd == other_dict', ['items'], ([items]) => [`r = c == ${items}`], EQ,
    'Objects/dictobject.c dict_richcompare -> dict_equal in the critical sections of both dicts',
    (d, [items]) => dictEq(d, pairsOf(items))), comparesUnderLock: true },
  snapshot('dict.list', 'list(d)', [], () => ['r = tuple(list(c))'], EXTEND_VIEW,
    'Objects/listobject.c _list_extend: an exact dict is copied (list_extend_dict) in both critical sections',
    (d) => keysOf(d)),
  snapshot('dict.sorted', 'sorted(d)', [], () => ['r = tuple(sorted(c))'], EXTEND_VIEW,
    'Python/bltinmodule.c builtin_sorted -> PySequence_List (_list_extend, list_extend_dict: both critical '
    + 'sections), then a sort of the private copy', (d) => sortedOrTypeError(keysOf(d)), ['TypeError']),
  snapshot('dict.keys-list', 'list(d.keys())', [], () => ['r = tuple(list(c.keys()))'], EXTEND_VIEW,
    'Objects/listobject.c _list_extend: a dict_keys view is copied (list_extend_dict) in the critical sections of '
    + 'the list and the view\'s dict', (d) => keysOf(d)),
  snapshot('dict.values-list', 'list(d.values())', [], () => ['r = tuple(list(c.values()))'], EXTEND_VIEW,
    'Objects/listobject.c _list_extend: a dict_values view is copied (list_extend_dict) in the critical sections '
    + 'of the list and the view\'s dict', (d) => d.map(([, v]) => v)),
  { ...snapshot('dict.keys-or', 'd.keys() | keys', ['keys'], ([ks]) => [`r = FS(c.keys() | ${ks})`], LOCKED,
    `${VIEW_SET} _PySet_Update with the tuple (dictviews_or)`,
    (d, [ks]) => setFrozen(keyList(ks).reduce(setAdd, keySet(d)))), comparesUnderLock: true },
  { ...snapshot('dict.keys-sub', 'd.keys() - keys', ['keys'], ([ks]) => [`r = FS(c.keys() - ${ks})`], LOCKED,
    `${VIEW_SET} difference_update with the tuple (dictviews_sub)`,
    (d, [ks]) => setFrozen(keyList(ks).reduce(setDel, keySet(d)))), comparesUnderLock: true },
  { ...snapshot('dict.keys-xor', 'd.keys() ^ keys', ['keys'], ([ks]) => [`r = FS(c.keys() ^ ${ks})`], LOCKED,
    `${VIEW_SET} symmetric_difference_update with the tuple (dictviews_xor)`,
    (d, [ks]) => setFrozen(setOf(keyList(ks)).reduce<SetState>((s, k) => (setHas(s, k) ? setDel(s, k) : setAdd(s, k)), keySet(d)))), comparesUnderLock: true },
  { ...snapshot('dict.dict-fromkeys', 'dict.fromkeys(d)', [], () => ['r = FD(dict.fromkeys(c))'], FROMKEYS,
    'Objects/dictobject.c _PyDict_FromKeys: an exact dict is read in both critical sections (dict_dict_fromkeys)',
    (d) => ({ d: keysOf(d).map((k) => [k, null] as const) })), comparesUnderLock: true },
  {
    id: 'dict.items-contains', container: 'dict', label: '(k, v) in d.items()', args: ['key', 'value'],
    python: ([k, v]) => [`r = (${k}, ${v}) in c.items()`],
    // dictitems_contains: PyDict_GetItemRef (the lock-free lookup of d[key]), then a compare of the value.
    guarantee: 'atomic', doc: LOOKUP, exceptions: [], writes: false, access: 'lock-free',
    steps: [(d, [k, v]) => {
      const found = dictGet(d, k);
      return [{ state: d, result: found !== undefined && pyEquals(found, v) }];
    }],
  },
  {
    id: 'dict.keys-and', container: 'dict', label: 'd.keys() & keys', args: ['keys'],
    python: ([ks]) => [`r = FS(c.keys() & ${ks})`],
    guarantee: 'lock-free-read', doc: LOOKUP, exceptions: [], writes: false, access: 'lock-free',
    model: 'Objects/dictobject.c _PyDictView_Intersect: the other operand is a tuple (not a set), so it walks the '
      + 'tuple and looks each key up with dictkeys_contains -> PyDict_Contains (lock-free), one key per step',
    steps: [(d, [ks], tmp): StepOut<DictState>[] => {
      const [i, found] = (tmp as unknown as [number, readonly PyValue[]] | undefined) ?? [0, []];
      if (i >= keyList(ks).length) return [{ state: d, result: setFrozen(setOf(found)) }];
      const k = keyList(ks)[i];
      return [{ state: d, tmp: [i + 1, dictHas(d, k) ? [...found, k] : found] as unknown as PyValue, again: true }];
    }],
  },
];

/** Iterations, checked against the states their window saw (the entry table is not in the model). */
const iteration = (id: string, label: string, python: string[], model: string,
  members: (d: DictState) => readonly PyValue[], rules: IterationRules, access: Operation['access']):
Operation<DictState> => ({
  id, container: 'dict', label, args: [], python: () => python,
  guarantee: 'never-atomic', doc: DICT_NEVER_ATOMIC, exceptions: ['RuntimeError'], writes: false, access, model,
  steps: [(d) => [{ state: d, result: members(d) }]],
  window: (r, w) => dictIterationSeen(r, w, keysOf, members, rules),
});

// Forward iteration: as dict.iterate (dictiter_iternext_threadsafe: lock-free per next(), RuntimeError on a
// size change, or "keys changed" when more entries turn up than di->len counted).
const FORWARD = { ordered: true, bounded: true, sizeChangeOnly: false } as const;
const byKey = (k: PyValue) => k;
const byItemKey = (item: PyValue) => (item as readonly PyValue[])[0];
const LOOP = (expr: string, item: string, out: string) =>
  ['_acc = []', `for ${item} in ${expr}:`, `    _acc.append(${out})`, 'r = tuple(_acc)'];

export const dictIterationOps: readonly Operation<DictState>[] = [
  iteration('dict.reversed', 'for k in reversed(d)', ['r = tuple(reversed(c))'],
    'Objects/dictobject.c dictreviter_iternext: one entry per next() walking down from the last, in the dict\'s '
    + 'critical section; RuntimeError only on a size change (no di->len check); the position counts entries with '
    + 'holes, so no bound on how many', (d) => [...keysOf(d)].reverse(),
    { ordered: true, bounded: false, sizeChangeOnly: true }, 'locked'),
  iteration('dict.values-iterate', 'for v in d.values()', LOOP('c.values()', '_v', '_v'),
    'Objects/dictobject.c dictiter_iternextvalue -> dictiter_iternext_threadsafe: one entry per next(), lock-free, '
    + 'RuntimeError on a size change or when more entries turn up than di->len counted', (d) => d.map(([, v]) => v),
    FORWARD, 'lock-free'),
  iteration('dict.items-iterate', 'for k, v in d.items()', LOOP('c.items()', '_k, _v', '(_k, _v)'),
    'Objects/dictobject.c dictiter_iternextitem -> dictiter_iternext_threadsafe: one entry (key and value read '
    + 'together) per next(), lock-free, RuntimeError on a size change or when more entries turn up than di->len '
    + 'counted', (d) => d, { ...FORWARD, keyOf: byItemKey }, 'lock-free'),
  iteration('dict.tuple', 'tuple(d)', ['r = tuple(c)'],
    'Objects/abstract.c PySequence_Tuple: a dict is neither a list nor a tuple, so it is iterated '
    + '(dictiter_iternext_threadsafe: lock-free per next(), RuntimeError on a size change)', keysOf, { ...FORWARD, keyOf: byKey }, 'lock-free'),
];
