import type { DictState, DocRef, Operation } from './operation.ts';
import { exc } from './pyValue.ts';
import { dictDel, dictGet, dictHas, dictSet } from './dictModel.ts';
import { dictOps } from './dict.ts';
import { renameContainer } from './lift.ts';

// An instance's attribute dict (`c` is the instance, of one class for every scenario: its dicts share their
// keys, CPython's split tables with values kept inline until `c.__dict__` is asked for). The same dict is
// changed through attribute assignment and through `c.__dict__`.

const ATTRS: DocRef = {
  sentence: 'Writing or removing a single item is safe to call from multiple threads and will not corrupt the '
    + 'dictionary: d[key] = value, del d[key], d.pop(key), d.popitem(), d.setdefault(key, v). (An instance\'s '
    + 'attributes are its __dict__: setattr and delattr write it in the instance\'s or the dict\'s critical section.)',
  source: 'Doc/library/threadsafety.rst#thread-safety-dict', since: '3.13',
};

/** A dict operation applied to `c.__dict__`. */
const throughDict = (op: Operation<DictState>): Operation<DictState> => ({
  ...op,
  id: `instdict.${op.id.split('.').slice(1).join('.')}`,
  container: 'instdict',
  label: op.label.replace(/^d\b/, 'obj.__dict__').replace(/\bin d$/, 'in obj.__dict__').replace(/\(d\)/, '(obj.__dict__)'),
  python: renameContainer(op.python, 'c.__dict__'),
});

const THROUGH_DICT = ['dict.setitem', 'dict.getitem', 'dict.get', 'dict.contains', 'dict.len', 'dict.delitem',
  'dict.pop-default', 'dict.setdefault', 'dict.update', 'dict.clear', 'dict.copy'];

const attr = (id: string, label: string, args: Operation['args'], python: Operation['python'], writes: boolean,
  exceptions: readonly string[], step: Operation<DictState>['steps'][number]): Operation<DictState> => ({
  id: `instdict.${id}`, container: 'instdict', label, args, python, guarantee: 'atomic', doc: ATTRS, exceptions, writes,
  // Objects/dictobject.c _PyObject_StoreInstanceAttribute / _PyObject_TryGetInstanceAttribute (3.13): stores
  // in the critical section of the instance (inline values) or of its dict; reads lock-free.
  access: writes ? 'locked' : 'lock-free', steps: [step],
});

export const instanceDictOps: readonly Operation<DictState>[] = [
  ...dictOps.filter((op) => THROUGH_DICT.includes(op.id)).map(throughDict),
  attr('setattr', 'setattr(obj, k, v)', ['key', 'value'], ([k, v]) => [`setattr(c, ${k}, ${v})`, 'r = None'], true, [],
    (d, [k, v]) => [{ state: dictSet(d, k, v), result: null }]),
  attr('getattr', 'getattr(obj, k, None)', ['key'], ([k]) => [`r = getattr(c, ${k}, None)`], false, [],
    (d, [k]) => [{ state: d, result: dictGet(d, k) ?? null }]),
  attr('delattr', 'delattr(obj, k)', ['key'], ([k]) => [`delattr(c, ${k})`, 'r = None'], true, ['AttributeError'],
    (d, [k]) => (dictHas(d, k) ? [{ state: dictDel(d, k), result: null }] : [{ state: d, result: exc('AttributeError') }])),
];
