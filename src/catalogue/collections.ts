import type { DictState, DocRef, Operation, OperationBug, StepOut } from './operation.ts';
import type { PyValue } from './pyValue.ts';
import { exc } from './pyValue.ts';
import { dictDel, dictGet, dictHas, dictSet } from './dictModel.ts';
import { DICT_NEVER_ATOMIC } from './dict.ts';
import { odictWithoutLock } from './odictWithoutLock.ts';

// dict's C-implemented subclasses of collections. Their state is a dict (a defaultdict(list)'s values are
// the lists' contents); the program freezes it as any dict.

const doc = (sentence: string, source: string, since: string): DocRef => ({ sentence, source, since });
const none = (state: DictState): StepOut<DictState>[] => [{ state, result: null }];

const MISSING = doc('__missing__(key): If default_factory is not None, it is called without arguments to provide a '
  + 'default value for the given key, this value is inserted in the dictionary for the key, and returned. (Its '
  + 'insertion has setdefault semantics since 3.13.12, gh-142495: a value another thread inserted first wins.)',
'Doc/library/collections.rst#defaultdict-objects', '3.13');
const DD_READ = doc('The following operations and functions are lock-free and atomic: d[key], d.get(key), key in d, '
  + 'len(d). (A defaultdict is a dict subclass; only a missing d[key] goes on to __missing__.)',
'Doc/library/threadsafety.rst#thread-safety-dict', '3.13');
const LIST_APPEND = 'Modules/_collectionsmodule.c defdict_missing (3.13.12+): the factory runs without a lock, then '
  + 'PyDict_SetDefaultRef inserts its list unless another thread inserted one first; then lst.append(x) on the list '
  + 'the key holds, in that list\'s critical section';

/** Insert an empty list for `k` unless one is there: what __missing__ leaves behind (setdefault semantics). */
const ensureList = (d: DictState, k: PyValue): DictState => (dictHas(d, k) ? d : dictSet(d, k, []));
const listAt = (d: DictState, k: PyValue): readonly PyValue[] => (dictGet(d, k) ?? []) as readonly PyValue[];

/**
 * gh-142495, before 3.13.12: defdict_missing called the factory and stored its list with PyObject_SetItem,
 * which replaces whatever list another thread stored for the key meanwhile. A missed lookup (1), then that
 * store (2), then the list operation (3) on the list the key holds by then: an append made to a list another
 * thread's store then replaced is lost. (The real thread appends to its own list; the model, which keeps no
 * list identity, to the key's: that adds only outcomes where nothing is lost, which are serial anyway.)
 */
const missingOverwrites = (then: Operation<DictState>['steps'][number]): OperationBug => ({
  issue: 'gh-142495',
  model: 'Modules/_collectionsmodule.c defdict_missing (3.13.5): lookup misses, default_factory() without a lock, '
    + 'PyObject_SetItem(d, key, value) (replaces another thread\'s list), then the list operation',
  op: { steps: [
    (d: DictState, [k]: readonly PyValue[]) => [{ state: d, tmp: dictHas(d, k) ? 'hit' : 'miss' }],
    (d: DictState, [k]: readonly PyValue[], tmp: PyValue | undefined) => [{ state: tmp === 'miss' ? dictSet(d, k, []) : d }],
    then,
  ] } as unknown as OperationBug['op'],
});

export const defaultdictAppend: Operation<DictState> = {
  id: 'defaultdict.append', container: 'defaultdict', label: 'd[k].append(x)', args: ['key', 'value'],
  python: ([k, x]) => [`c[${k}].append(${x})`, 'r = None'],
  guarantee: 'safe', doc: MISSING, exceptions: [], writes: true, access: 'locked', model: LIST_APPEND,
  // No operation of the suite removes a key or replaces its list, so the list found is the one appended to.
  steps: [
    (d, [k]) => [{ state: ensureList(d, k) }],
    (d, [k, x]) => none(dictSet(d, k, [...listAt(d, k), x])),
  ],
  bugs: [missingOverwrites((d, [k, x]) => none(dictSet(d, k, [...listAt(d, k), x])))],
};

export const defaultdictGetitem: Operation<DictState> = {
  id: 'defaultdict.getitem', container: 'defaultdict', label: 'tuple(d[k])', args: ['key'],
  python: ([k]) => [`r = tuple(c[${k}])`],
  guarantee: 'safe', doc: MISSING, exceptions: [], writes: true, access: 'locked',
  model: 'Modules/_collectionsmodule.c defdict_missing (3.13.12+) inserts a list unless one is there; then tuple(list) '
    + 'copies it in the list\'s critical section',
  steps: [
    (d, [k]) => [{ state: ensureList(d, k) }],
    (d, [k]) => [{ state: d, result: listAt(d, k) }],
  ],
  bugs: [missingOverwrites((d, [k]) => [{ state: d, result: listAt(d, k) }])],
};

export const defaultdictGet: Operation<DictState> = {
  id: 'defaultdict.get', container: 'defaultdict', label: 'tuple(d.get(k, ()))', args: ['key'],
  python: ([k]) => [`r = tuple(c.get(${k}, ()))`],
  // d.get then a copy of the list: lists only grow here, so the copy is what the key held at one instant.
  guarantee: 'atomic', doc: DD_READ, exceptions: [], writes: false, access: 'locked',
  steps: [(d, [k]) => [{ state: d, result: dictHas(d, k) ? listAt(d, k) : [] }]],
};

export const defaultdictContains: Operation<DictState> = {
  id: 'defaultdict.contains', container: 'defaultdict', label: 'k in d', args: ['key'],
  python: ([k]) => [`r = ${k} in c`],
  guarantee: 'atomic', doc: DD_READ, exceptions: [], writes: false, access: 'lock-free',
  steps: [(d, [k]) => [{ state: d, result: dictHas(d, k) }]],
};

export const defaultdictLen: Operation<DictState> = {
  id: 'defaultdict.len', container: 'defaultdict', label: 'len(d)', args: [],
  python: () => ['r = len(c)'],
  guarantee: 'atomic', doc: DD_READ, exceptions: [], writes: false, access: 'lock-free',
  steps: [(d) => [{ state: d, result: d.length }]],
};

// OrderedDict: in 3.14 every operation holds the object's lock (GH-133734, gh-125996: 3.13's C code takes
// none for the linked list, and concurrent use can crash it; not backported). The models are 3.14's.
const ODICT = doc('Ordered dictionaries are just like regular dictionaries but have some extra capabilities relating to '
  + 'ordering operations: move_to_end(key, last=True), popitem(last=True). (Free-threaded 3.14: each operation holds '
  + 'the OrderedDict\'s lock, gh-125996.)', 'Doc/library/collections.rst#ordereddict-objects', '3.14');
const ODICT_MODEL = 'Objects/odictobject.c (3.14, GH-133734): the dict part and the linked list change in one '
  + 'critical section';

const moveTo = (d: DictState, k: PyValue, last: boolean): StepOut<DictState>[] => {
  const v = dictGet(d, k);
  if (v === undefined) return [{ state: d, result: exc('KeyError') }];
  const rest = dictDel(d, k);
  return none(last ? [...rest, [k, v]] : [[k, v], ...rest]);
};

const odict = (id: string, label: string, args: Operation['args'], python: Operation['python'], writes: boolean,
  exceptions: readonly string[], step: Operation<DictState>['steps'][number]): Operation<DictState> => ({
  id: `odict.${id}`, container: 'odict', label, args, python, guarantee: 'atomic', doc: ODICT, exceptions, writes,
  access: writes ? 'locked' : 'lock-free', model: ODICT_MODEL, steps: [step], bugs: [odictWithoutLock[id]],
});

export const odictOps: readonly Operation<DictState>[] = [
  odict('setitem', 'od[k] = v', ['key', 'value'], ([k, v]) => [`c[${k}] = ${v}`, 'r = None'], true, [],
    (d, [k, v]) => none(dictSet(d, k, v))),
  odict('move_to_end', 'od.move_to_end(k)', ['key'], ([k]) => [`r = c.move_to_end(${k})`], true, ['KeyError'],
    (d, [k]) => moveTo(d, k, true)),
  odict('move_to_front', 'od.move_to_end(k, last=False)', ['key'], ([k]) => [`r = c.move_to_end(${k}, last=False)`], true,
    ['KeyError'], (d, [k]) => moveTo(d, k, false)),
  odict('popitem', 'od.popitem()', [], () => ['r = c.popitem()'], true, ['KeyError'],
    (d) => [d.length === 0 ? { state: d, result: exc('KeyError') } : { state: d.slice(0, -1), result: d[d.length - 1] }]),
  odict('popitem_first', 'od.popitem(last=False)', [], () => ['r = c.popitem(last=False)'], true, ['KeyError'],
    (d) => [d.length === 0 ? { state: d, result: exc('KeyError') } : { state: d.slice(1), result: d[0] }]),
  odict('pop-default', 'od.pop(k, default)', ['key', 'value'], ([k, v]) => [`r = c.pop(${k}, ${v})`], true, [],
    (d, [k, v]) => {
      const cur = dictGet(d, k);
      return [cur === undefined ? { state: d, result: v } : { state: dictDel(d, k), result: cur }];
    }),
  odict('clear', 'od.clear()', [], () => ['r = c.clear()'], true, [], () => none([])),
  odict('get', 'od.get(k)', ['key'], ([k]) => [`r = c.get(${k})`], false, [], (d, [k]) => [{ state: d, result: dictGet(d, k) ?? null }]),
  odict('len', 'len(od)', [], () => ['r = len(c)'], false, [], (d) => [{ state: d, result: d.length }]),
];

// Counter: Python code over dict operations, never atomic.
const COUNTER = doc('Operations that involve multiple accesses, as well as iteration, are never atomic: '
  + 'd[key] = d[key] + 1 (read-modify-write). (Counter.update and += add counts this way.)',
'Doc/library/threadsafety.rst#thread-safety-dict', '3.13');

export const counterUpdate: Operation<DictState> = {
  id: 'counter.update', container: 'counter', label: 'c.update((k,))', args: ['key'],
  python: ([k]) => [`r = c.update((${k},))`],
  guarantee: 'never-atomic', doc: COUNTER, exceptions: [], writes: true, access: ['lock-free', 'locked'],
  model: 'Modules/_collectionsmodule.c _count_elements: a lookup of the count, then d[k] = count + 1 in the '
    + 'dict\'s critical section',
  steps: [
    (d, [k]) => [{ state: d, tmp: ((dictGet(d, k) as number | undefined) ?? 0) + 1 }],
    (d, [k], tmp) => none(dictSet(d, k, tmp ?? null)),
  ],
};

export const counterIadd: Operation<DictState> = {
  id: 'counter.iadd', container: 'counter', label: 'c += Counter({k: 1})', args: ['key'],
  python: ([k]) => [`c += _CT({${k}: 1})`, 'r = None'],
  // _keep_positive then iterates self.items(): another thread changing the size in between raises
  // RuntimeError ("dictionary changed size during iteration"), after the count was written. No operation of
  // the suite removes a key, so sizes only grow: the size changed during the iteration iff it differs at its end.
  guarantee: 'never-atomic', doc: { ...DICT_NEVER_ATOMIC, sentence: `${DICT_NEVER_ATOMIC.sentence} (Counter.__iadd__: `
    + 'self[elem] += count, then _keep_positive iterates self.items().)' },
  exceptions: ['RuntimeError'], writes: true, access: ['lock-free', 'locked', 'lock-free', 'lock-free'],
  model: 'Lib/collections/__init__.py Counter.__iadd__: self[elem] (a lookup, 0 when missing) then self[elem] = '
    + 'count + 1 (locked), then _keep_positive iterates self.items() (Objects/dictobject.c dictiter_iternext_threadsafe: '
    + 'RuntimeError when the size changed)',
  steps: [
    (d, [k]) => [{ state: d, tmp: ((dictGet(d, k) as number | undefined) ?? 0) + 1 }],
    (d, [k], tmp) => [{ state: dictSet(d, k, tmp ?? null), tmp: null }],
    (d) => [{ state: d, tmp: d.length }],
    (d, _args, tmp) => [{ state: d, result: d.length === tmp ? null : exc('RuntimeError') }],
  ],
};

export const counterGetitem: Operation<DictState> = {
  id: 'counter.getitem', container: 'counter', label: 'c[k]', args: ['key'],
  python: ([k]) => [`r = c[${k}]`],
  // A missing key reads 0 (Counter.__missing__) and is not inserted.
  guarantee: 'atomic', doc: DD_READ, exceptions: [], writes: false, access: 'lock-free',
  steps: [(d, [k]) => [{ state: d, result: dictGet(d, k) ?? 0 }]],
};

export const counterLen: Operation<DictState> = {
  id: 'counter.len', container: 'counter', label: 'len(c)', args: [],
  python: () => ['r = len(c)'],
  guarantee: 'atomic', doc: DD_READ, exceptions: [], writes: false, access: 'lock-free',
  steps: [(d) => [{ state: d, result: d.length }]],
};

export const collectionsOps: readonly Operation[] = [
  defaultdictAppend, defaultdictGetitem, defaultdictGet, defaultdictContains, defaultdictLen,
  ...odictOps, counterUpdate, counterIadd, counterGetitem, counterLen,
] as readonly Operation[];
