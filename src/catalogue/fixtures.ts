import type { Operation } from './operation.ts';
import { operation as base } from './baseCatalogue.ts';

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
  };
};

/** The first planted bug, kept as the end-to-end example of a finding (README, selftest). */
export const brokenSetdefault: Operation = planted('dict.setdefault', 'setdefault-unlocked',
  'setdefault replaced by an unlocked get-then-set, as a CPython bug could do',
  // A check-then-act: two threads can both miss the key and both "win".
  ([k, v]) => [`r = c.get(${k})`, 'if r is None:', `    c[${k}] = r = ${v}`]);

/** lst.insert(0, x): the real insert's model with the index fixed at the front. */
const insertFront = (op: Operation): Operation => ({
  ...op, label: op.label.replace('lst.insert(i, x)', 'lst.insert(0, x)'), args: ['value'],
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

export const fixtureOps: readonly Operation[] = [brokenSetdefault, ...plantedBugs];
