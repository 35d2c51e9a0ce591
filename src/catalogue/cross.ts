import type { DictState, DocRef, ListState, Operation, SetState, Step } from './operation.ts';
import type { PyValue } from './pyValue.ts';
import { pyEquals } from './pyValue.ts';
import { operation as base } from './baseCatalogue.ts';
import { MERGE, MERGE_MODEL, mergeStages } from './dict.ts';
import { EXTEND, SLICE } from './list.ts';
import { lift, liftStep } from './lift.ts';
import { OPERATORS, UPDATE } from './set.ts';
import { setAdd, setDel, setFrozen, setHas } from './setModel.ts';
import { stagedWrite, type Stage } from './stagedWrite.ts';

// Cross-object operations: one thread reads `o` into `c` (or compares them) while others mutate `o`
// or `c`. State: [c, o]. Each runs in the critical sections of both objects (Py_BEGIN_CRITICAL_SECTION2),
// so writers of either wait for it; a writer's stages are what lock-free readers of `c` can see.

type Pair<S> = readonly [S, S];
const BOTH = [0, 1] as const;

/** A reader of both objects, in both critical sections: one step. */
const reader = <S>(id: string, container: Operation['container'], label: string, python: string[], doc: DocRef,
  model: string, read: (c: S, o: S) => PyValue): Operation => ({
  id, container, label, args: [], python: () => python, guarantee: 'atomic', doc, exceptions: [],
  writes: false, access: 'locked', lockParts: BOTH, model, comparesUnderLock: true,
  steps: [(state) => {
    const [c, o] = state as unknown as Pair<S>;
    return [{ state, result: read(c, o) }];
  }],
});

/** A writer of `c` that reads `o`, in both critical sections, going through `stages` on `c`. */
const writer = <S>(id: string, container: Operation['container'], label: string, python: string[], doc: DocRef,
  guarantee: Operation['guarantee'], model: string, stages: (c: S, o: S) => Stage[]): Operation => ({
  id, container, label, args: [], python: () => python, guarantee, doc, exceptions: [],
  writes: true, access: 'locked', lockParts: BOTH, holdsLock: true, model, comparesUnderLock: true,
  // liftStep hands the other part (o) over as the last argument.
  steps: [liftStep(stagedWrite((c, args) => ({ stages: stages(c as S, args[args.length - 1] as unknown as S), result: null })) as Step, 0)],
});

const dictEq = (a: DictState, b: DictState) => a.length === b.length
  && a.every(([k, v]) => b.some(([k2, v2]) => pyEquals(k, k2) && pyEquals(v, v2)));
const setEq = (a: SetState, b: SetState) => a.length === b.length && a.every((x) => setHas(b, x));

export const crossDict: readonly Operation[] = [
  // 'safe', as dict.update: the docs say only that these lock both dicts, and dict_dict_merge's inserts, one
  // at a time, are seen by lock-free readers of `c` (d.get, len(d)); test/oracle/atomicity.test.ts holds
  // every operation classed atomic to one point.
  writer<DictState>('dict+dict.update', 'dict+dict', 'd.update(other)', ['r = c.update(o)'], MERGE, 'safe', MERGE_MODEL,
    (c, o) => mergeStages(c, o)),
  writer<DictState>('dict+dict.ior', 'dict+dict', 'd |= other', ['c |= o', 'r = None'], MERGE, 'safe', `dict_ior -> ${MERGE_MODEL}`,
    (c, o) => mergeStages(c, o)),
  reader<DictState>('dict+dict.eq', 'dict+dict', 'd == other', ['r = c == o'], MERGE,
    'Objects/dictobject.c dict_richcompare: dict_equal in the critical sections of both dicts', dictEq),
  ...['dict.setitem', 'dict.pop-default', 'dict.clear', 'dict.setdefault'].map((id) => lift(base(id), 'dict+dict', 'o')),
  ...['dict.setitem', 'dict.get'].map((id) => lift(base(id), 'dict+dict', 'c')),
];

/** Slot stores k <- v for the items appended after `c`'s current end. */
const appendStages = (c: ListState, o: ListState): Stage[] => (o.length === 0 ? []
  : [{ n: c.length + o.length }, { w: o.map((v, i) => [c.length + i, v] as const) }]);
const LIST_EXTEND = 'Objects/listobject.c _list_extend (an exact list: both critical sections) -> list_extend_fast: '
  + 'the size grows first (NULL slots), then the items are stored';

export const crossList: readonly Operation[] = [
  writer<ListState>('list+list.extend', 'list+list', 'lst.extend(other)', ['r = c.extend(o)'], EXTEND, 'safe', LIST_EXTEND, appendStages),
  writer<ListState>('list+list.iadd', 'list+list', 'lst += other', ['c += o', 'r = None'], EXTEND, 'safe',
    `list_inplace_concat -> ${LIST_EXTEND}`, appendStages),
  writer<ListState>('list+list.setslice', 'list+list', 'lst[:] = other', ['c[:] = o', 'r = None'], SLICE, 'safe',
    'Objects/listobject.c list_ass_slice (an exact list: both critical sections) -> list_ass_slice_lock_held: an '
    + 'empty result clears; shrinking stores the new items then list_resize; growing list_resize (NULL slots) then '
    + 'the stores', (c, o) => {
      if (o.length === 0) return [{ s: [] }];
      const put = { w: o.map((v, i) => [i, v] as const) };
      return o.length < c.length ? [{ n: o.length }, put] : o.length > c.length ? [{ n: o.length }, put] : [put];
    }),
  ...['list.append', 'list.pop', 'list.clear', 'list.insert'].map((id) => lift(base(id), 'list+list', 'o')),
  ...['list.append', 'list.len'].map((id) => lift(base(id), 'list+list', 'c')),
];

const union = (c: SetState, o: SetState) => o.reduce<SetState>(setAdd, c);
const inter = (c: SetState, o: SetState) => c.filter((x) => setHas(o, x));
const minus = (c: SetState, o: SetState) => o.reduce<SetState>(setDel, c);
const xor = (c: SetState, o: SetState) => o.reduce<SetState>((acc, x) => (setHas(acc, x) ? setDel(acc, x) : setAdd(acc, x)), c);
const SET_OPS = 'Objects/setobject.c';

const setBinary = (id: string, sym: string, model: string, stages: (c: SetState, o: SetState) => Stage[],
  f: (c: SetState, o: SetState) => SetState) => [
  writer<SetState>(`set+set.i${id}`, 'set+set', `s ${sym}= other`, [`c ${sym}= o`, 'r = None'], OPERATORS, 'atomic', model, stages),
  reader<SetState>(`set+set.${id}`, 'set+set', `s ${sym} other`, [`r = FS(c ${sym} o)`], OPERATORS,
    `${SET_OPS}: the new set is built in the critical sections of both operands`, (c, o) => setFrozen(f(c, o))),
];

/**
 * s | o in 3.13 (set_or): set_copy(s) in the critical section of s, then set_update_local(result, o) in
 * that of o: two moments. The 3.14 docs say it locks both operands, so newer interpreters are held to one.
 */
const orTwoMoments = (op: Operation): Operation => ({
  ...op,
  variants: [{ below: '3.14.0', model: `${SET_OPS} 3.13 set_or: set_copy(s) in its critical section, then `
    + 'set_update_local(result, o) in the critical section of o', op: { steps: [
    (state) => [{ state, tmp: { s: (state as unknown as Pair<SetState>)[0] } }],
    (state, _args, tmp) => [{ state, result: setFrozen(union((tmp as { s: SetState }).s, (state as unknown as Pair<SetState>)[1])) }],
  ] } }],
});

export const crossSet: readonly Operation[] = [
  ...setBinary('or', '|', `${SET_OPS} set_ior -> set_merge_lock_held: one insert per member`,
    (_c, o) => [{ m: o.map((x) => [x, true] as const) }], union).map((op) => (op.writes ? op : orTwoMoments(op))),
  ...setBinary('and', '&', `${SET_OPS} set_iand -> set_intersection_update: set_swap_bodies swaps the result in at once`,
    (c, o) => [{ s: inter(c, o) }], inter),
  ...setBinary('sub', '-', `${SET_OPS} set_isub -> set_difference_update_internal: one discard per member`,
    (_c, o) => [{ m: o.map((x) => [x, false] as const) }], minus),
  ...setBinary('xor', '^', `${SET_OPS} set_ixor -> set_symmetric_difference_update: one discard or insert per member`,
    (c, o) => [{ m: o.map((x) => [x, !setHas(c, x)] as const) }], xor),
  writer<SetState>('set+set.update', 'set+set', 's.update(other)', ['r = c.update(o)'], UPDATE, 'safe',
    `${SET_OPS} set_update_internal (a set: both critical sections) -> set_merge_lock_held: one insert per member`,
    (_c, o) => [{ m: o.map((x) => [x, true] as const) }]),
  reader<SetState>('set+set.issubset', 'set+set', 's.issubset(other)', ['r = c.issubset(o)'], OPERATORS,
    `${SET_OPS} set_issubset in the critical sections of both sets`, (c, o) => c.every((x) => setHas(o, x))),
  { ...reader<SetState>('set+set.eq', 'set+set', 's == other', ['r = c == o'], OPERATORS,
    `${SET_OPS} set_richcompare in the critical sections of both sets`, setEq),
  // gh-129519 as 3.13 runs it: set_richcompare loads the two sizes without the locks, one after the other,
  // answers False when they differ, and only then checks s <= o (set_issubset) in both critical sections.
  bugs: [{ issue: 'gh-129519', model: `${SET_OPS} 3.13 set_richcompare (Py_EQ): PySet_GET_SIZE(v), then `
    + 'PySet_GET_SIZE(w), lock-free; different: False; else set_issubset in both critical sections',
  op: { access: ['lock-free', 'lock-free', 'locked'], steps: [
    (state) => [{ state, tmp: (state as unknown as Pair<SetState>)[0].length }],
    (state, _args, n) => [(state as unknown as Pair<SetState>)[1].length === n ? { state } : { state, result: false, finish: true }],
    (state) => {
      const [c, o] = state as unknown as Pair<SetState>;
      return [{ state, result: c.every((x) => setHas(o, x)) }];
    },
  ] } }] },
  ...['set.add', 'set.discard', 'set.clear', 'set.pop'].map((id) => lift(base(id), 'set+set', 'o')),
  ...['set.add', 'set.discard'].map((id) => lift(base(id), 'set+set', 'c')),
];

export const crossOps: readonly Operation[] = [...crossDict, ...crossList, ...crossSet];
