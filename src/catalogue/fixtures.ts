import type { Operation } from './operation.ts';
import { baseOps } from './baseCatalogue.ts';
import { collectionsOps } from './collections.ts';
import { crossOps } from './cross.ts';
import { dictIteratorOps } from './dictIterator.ts';
import { instanceDictOps } from './instanceDict.ts';
import { setIteratorOps } from './setIterator.ts';

// Every real operation a planted bug may stand in for (catalogue.ts imports this file: not from there).
const realOps = new Map([...baseOps, ...crossOps, ...dictIteratorOps, ...setIteratorOps, ...collectionsOps,
  ...(instanceDictOps as readonly Operation[])].map((op) => [op.id, op]));
const base = (id: string): Operation => {
  const op = realOps.get(id);
  if (!op) throw new Error(`unknown operation '${id}'`);
  return op;
};

/**
 * Deliberately broken operations for ftconform's own tests ("planted bugs"): the model, the documented
 * guarantee and the access of a real operation, with Python code that gives the right answer when it runs
 * alone and breaks only when another thread runs in between, each the way a missing lock in CPython would.
 * They prove that the oracle has teeth; real suites never draw them (only a shape that names them does).
 */
const planted = (realId: string, name: string, bugClass: string, python: Operation['python']): Operation => {
  const real = base(realId);
  return {
    ...real,
    id: `fixture.${real.container}.${name}`,
    label: `${real.label} [PLANTED BUG: ${bugClass}]`,
    python,
    fixture: bugClass,
    standsFor: real.id,
  };
};

/** The first planted bug, kept as the end-to-end example of a finding (README, selftest). */
export const brokenSetdefault: Operation = planted('dict.setdefault', 'setdefault-unlocked',
  'setdefault replaced by an unlocked get-then-set, as a CPython bug could do',
  // A check-then-act: two threads can both miss the key and both "win".
  ([k, v]) => [`r = c.get(${k})`, 'if r is None:', `    c[${k}] = r = ${v}`]);

/** lst.insert(0, x): the real insert's model with the index fixed at the front. */
const insertFront = (op: Operation): Operation => ({
  // Not the real insert's arguments: the registry cannot see it as lst.insert(i, x).
  ...op, standsFor: undefined, label: op.label.replace('lst.insert(i, x)', 'lst.insert(0, x)'), args: ['value'],
  steps: op.steps.map((step) => (state, [x], tmp) => step(state, [0, x], tmp)),
});

/** Work between the read and the write of a planted race, as the C code between them would take. */
const STALL = 'for _s in range(30): pass';

/** One planted bug per class of symptom a broken lock produces. */
export const plantedBugs: readonly Operation[] = [
  planted('list.append', 'append-lost-write', 'lost write: copy, append, write back',
    ([x]) => ['_n = c[:]', `_n.append(${x})`, STALL, 'c[:] = _n', 'r = None']),
  planted('list.pop', 'pop-twice', 'the same element popped twice: read the last, then pop',
    () => ['r = c[-1]', STALL, 'c.pop()']),
  planted('list.append', 'append-invented', 'an invented element: a placeholder appended, then overwritten',
    ([x]) => ['c.append(-7)', STALL, `c[-1] = ${x}`, 'r = None']),
  insertFront(planted('list.insert', 'insert-reordered', 'a reordering: insert at the front by reversing around an append',
    ([x]) => ['c.reverse()', STALL, `c.append(${x})`, 'c.reverse()', 'r = None'])),
  planted('dict.setdefault', 'setdefault-own-value', 'a wrong return value: returns its own default when it lost the race',
    ([k, v]) => [`if ${k} not in c:`, `    ${STALL}`, `    c.setdefault(${k}, ${v})`, `    r = ${v}`, 'else:', `    r = c[${k}]`]),
  planted('dict.get', 'get-misses', 'a lookup that misses a present key while another thread grows the dict',
    // Gives up (a miss) when the size changed around the lookup, as a lookup racing a resize could.
    ([k]) => ['_n = len(c)', `_v = c.get(${k})`, STALL, 'r = _v if len(c) == _n else None']),
  planted('list.copy', 'copy-torn', 'a torn copy: the items read one by one, at different times',
    () => ['_acc = []', 'for _i in range(len(c)):', `    ${STALL}`, '    try:', '        _acc.append(c[_i])', '    except IndexError:',
      '        break', 'r = tuple(_acc)']),
  planted('dict.pop-default', 'pop-default-raises', 'an exception the docs do not allow: check, then pop',
    ([k, v]) => [`if ${k} in c:`, `    ${STALL}`, `    r = c.pop(${k})`, 'else:', `    r = ${v}`]),
  // With keys whose __eq__ is Python code the real d.update may let others act between two inserts
  // (withPythonEq), never inside one: this one shows a placeholder value for a while in each insert.
  planted('dict.update', 'update-torn-insert', 'a torn insert: a placeholder stored, then the value',
    ([items]) => [`for _k, _v in ${items}.items():`, '    c[_k] = -7', `    ${STALL}`, '    c[_k] = _v', 'r = None']),
  planted('list.append', 'append-aborts', 'an abort: the interpreter dies when another thread got in between',
    ([x]) => ['_n = len(c)', `c.append(${x})`, STALL, 'if len(c) != _n + 1:', '    import os', '    os.abort()', 'r = None']),
];

/**
 * Planted bugs for the other classes of operation (issue 20: a class without one could go quiet behind the
 * known-issue registry unnoticed): sets, cross-object operations, collections' dicts, instance dicts, shared
 * iterators, a lock-free list read, clear(), and a corrupted structure.
 */
export const plantedClassBugs: readonly Operation[] = [
  planted('set.add', 'add-lost-write', 'lost write: copy, add, write back (members others added meanwhile dropped)',
    ([x]) => ['_n = set(c)', `_n.add(${x})`, STALL, 'c.intersection_update(_n)', `c.add(${x})`, 'r = None']),
  planted('set.update', 'update-torn', 'a torn bulk writer: the members added one at a time, the lock let go between them',
    ([ks]) => [`for _x in ${ks}:`, '    c.add(_x)', `    ${STALL}`, 'r = None']),
  // Reads the other object item by item without its lock (dict_dict_merge's second critical section missing); the
  // keys come from list(o), one snapshot in o's critical section (Objects/listobject.c _list_extend ->
  // list_extend_dict, list_extend_set); tuple(o) would iterate o and raise RuntimeError when it changes size.
  planted('dict+dict.update', 'update-unlocked-other', 'a cross-object merge without the second lock: the other dict read key by key',
    () => ['for _k in list(o):', `    ${STALL}`, '    _v = o.get(_k, _MISS)', '    if _v is not _MISS:', '        c[_k] = _v', 'r = None']),
  // A walk of the other set's table without its lock ends early when that set changed under it (a table it no
  // longer has): members it held all along are missed. Only another thread's writer of `o` (not its own kind)
  // can cut it short, hence a longer stall than the others'.
  planted('set+set.ior', 'ior-unlocked-other', "a cross-object merge without the second lock: the other set's walk cut short by a change",
    () => ['_n = len(o)', 'for _x in list(o):', '    for _s in range(300): pass', '    if len(o) != _n:', '        break', '    c.add(_x)',
      'r = None']),
  planted('defaultdict.append', 'append-lost', "a lost append: the key's list copied, appended to, stored back",
    ([k, x]) => [`_l = list(c[${k}])`, `_l.append(${x})`, STALL, `c[${k}] = _l`, 'r = None']),
  planted('odict.move_to_end', 'move-torn', 'a torn move_to_end: the key popped, then inserted again at the end',
    ([k]) => [`_v = c.pop(${k})`, STALL, `c[${k}] = _v`, 'r = None']),
  planted('counter.update', 'update-placeholder', 'a count that passes through -1 while it is updated',
    ([k]) => [`_n = c[${k}] + 1`, `c[${k}] = -1`, STALL, `c[${k}] = _n`, 'r = None']),
  // Copies the attributes, sets one, writes them all back: attributes others set meanwhile get their old values.
  // (Not by assigning c.__dict__: on 3.13.15t that races other threads' use of c.__dict__ into a segfault.)
  planted('instdict.setattr', 'setattr-lost-write', "a lost write: the instance's attributes copied, one set, all written back",
    ([k, v]) => ['_d = dict(c.__dict__)', `_d[${k}] = ${v}`, STALL, 'c.__dict__.update(_d)', 'r = None']),
  // When another thread's next() ran in between (the iterator's length hint fell by more than its own next()),
  // it yields -7, which no container of the suites ever holds: an element the container never held.
  ...(['dict+iter', 'set+iter'] as const).map((it) => planted(`${it}.next`, 'next-invented',
    'an invented element: next() yields a value the container never held when another next() got in between',
    () => ['_h = o.__length_hint__()', STALL, 'r = next(o, None)', 'if o.__length_hint__() < _h - 1:', '    r = -7'])),
  // Reads the next slot when the size changed around the read (an index computed against another array). Only
  // for i >= 0: with i < 0, 3.13's lst[i] really reads a slot shifted by a size change (gh-130744, whose model
  // rightly excuses that outcome), so a planted bug there would be told from the real one by nothing.
  planted('list.getitem', 'getitem-wrong-slot', 'a lock-free read of the wrong slot when the list changed size around it',
    ([i]) => ['_n = len(c)', STALL, `_i = ${i}`, 'if _i >= 0 and len(c) != _n and len(c) > 1:', '    _i = (_i + 1) % len(c)', 'r = c[_i]']),
  planted('dict.clear', 'clear-one-by-one', 'a divisible clear(): the keys removed one at a time',
    () => ['for _k in list(c):', `    ${STALL}`, '    c.pop(_k, None)', 'r = None']),
  planted('set.clear', 'clear-one-by-one', 'a divisible clear(): the members removed one at a time',
    () => ['for _x in list(c):', `    ${STALL}`, '    c.discard(_x)', 'r = None']),
  planted('list.clear', 'clear-one-by-one', 'a divisible clear(): the items popped one at a time',
    () => ['while c:', `    ${STALL}`, '    try:', '        c.pop()', '    except IndexError:', '        break', 'r = None']),
  // A lost update of the set's own count: `used` (Objects/setobject.c PySetObject, after `fill`) loaded, the member
  // added, then `used` stored as loaded + 1, over what other threads stored meanwhile, as a non-atomic
  // so->used++ would. The container is left inconsistent: len(s) disagrees with its table.
  planted('set.add', 'add-lost-count', "a corrupted structure: the set's size loaded before the add and stored after it",
    ([x]) => ['import ctypes as _ct', '_u = _ct.c_ssize_t.from_address(id(c) + object.__basicsize__ + _ct.sizeof(_ct.c_ssize_t))',
      'if _u.value != len(c):', "    raise SystemError('PySetObject.used is not where fixtures.ts expects it')",
      '_n = _u.value', `_had = ${x} in c`, STALL, `c.add(${x})`, '_u.value = _n + (0 if _had else 1)', 'r = None']),
];

/**
 * Planted bugs of the controlled mode's class (issue 21): an operation that lets the lock go at a Python callback
 * (a gate, as a key's __eq__ blocking would) and goes on from what it saw before, with no restart: what CPython's
 * lookups would do without their "the dict changed, start again" check. They show only when another thread runs
 * at that callback, which the controlled mode's scheduler decides.
 */
export const plantedCallbackBugs: readonly Operation[] = [
  planted('dict.setdefault', 'setdefault-callback-no-restart', 'atomicity broken at a callback: the lookup missed, a '
    + 'callback let another thread in, the insert goes on without looking again (both threads "win")',
  ([k, v]) => [`if ${k} not in c:`, '    _gate("eq")', `    c[${k}] = ${v}`, `    r = ${v}`, 'else:', `    r = c[${k}]`]),
  planted('dict.pop-default', 'pop-callback-no-restart', 'atomicity broken at a callback: the key was found, a '
    + 'callback let another thread in, the pop goes on without looking again (KeyError the docs do not allow)',
  ([k, v]) => [`if ${k} in c:`, '    _gate("eq")', `    r = c.pop(${k})`, 'else:', `    r = ${v}`]),
];

export const fixtureOps: readonly Operation[] = [brokenSetdefault, ...plantedBugs, ...plantedClassBugs, ...plantedCallbackBugs];
