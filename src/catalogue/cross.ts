import type { DictState, DocRef, ListState, Operation, PairState, SetState } from './operation.ts';
import type { PyValue } from './pyValue.ts';
import { pyEquals } from './pyValue.ts';
import { operation as base } from './baseCatalogue.ts';
import { MERGE } from './dict.ts';
import { dictSet } from './dictModel.ts';
import { EXTEND, SLICE } from './list.ts';
import { lift } from './lift.ts';
import { OPERATORS, UPDATE } from './set.ts';
import { setAdd, setDel, setFrozen, setHas } from './setModel.ts';

// Cross-object operations: one thread reads `o` into `c` (or compares them) while others mutate `o`
// or `c`. State: [c, o]. The docs lock both objects for exact dicts and sets (3.14 guarantees page).

type Pair<S> = readonly [S, S];
const none = <S>(state: Pair<S>) => [{ state: state as unknown as PairState, result: null }];

const cross = <S>(id: string, container: Operation['container'], label: string, python: string[], doc: DocRef,
  guarantee: Operation['guarantee'], apply: (c: S, o: S) => { c: S; result?: PyValue }): Operation => ({
  id, container, label, args: [], python: () => python, guarantee, doc, exceptions: [],
  writes: true,
  intermediate: guarantee === 'safe',
  steps: [(state) => {
    const [c, o] = state as unknown as Pair<S>;
    const { c: c2, result } = apply(c, o);
    return [{ state: [c2, o] as unknown as PairState, result: result ?? null }];
  }],
});

const dictEq = (a: DictState, b: DictState) => a.length === b.length
  && a.every(([k, v]) => b.some(([k2, v2]) => pyEquals(k, k2) && pyEquals(v, v2)));
const setEq = (a: SetState, b: SetState) => a.length === b.length && a.every((x) => setHas(b, x));

export const crossDict: readonly Operation[] = [
  cross<DictState>('dict+dict.update', 'dict+dict', 'd.update(other)', ['r = c.update(o)'], MERGE, 'atomic',
    (c, o) => ({ c: o.reduce((acc, [k, v]) => dictSet(acc, k, v), c) })),
  cross<DictState>('dict+dict.ior', 'dict+dict', 'd |= other', ['c |= o', 'r = None'], MERGE, 'atomic',
    (c, o) => ({ c: o.reduce((acc, [k, v]) => dictSet(acc, k, v), c) })),
  { ...cross<DictState>('dict+dict.eq', 'dict+dict', 'd == other', ['r = c == o'], MERGE, 'atomic',
    (c, o) => ({ c, result: dictEq(c, o) })), writes: false },
  ...['dict.setitem', 'dict.pop-default', 'dict.clear', 'dict.setdefault'].map((id) => lift(base(id), 'dict+dict', 'o')),
  ...['dict.setitem', 'dict.get'].map((id) => lift(base(id), 'dict+dict', 'c')),
];

export const crossList: readonly Operation[] = [
  cross<ListState>('list+list.extend', 'list+list', 'lst.extend(other)', ['r = c.extend(o)'], EXTEND, 'safe',
    (c, o) => ({ c: [...c, ...o] })),
  cross<ListState>('list+list.iadd', 'list+list', 'lst += other', ['c += o', 'r = None'], EXTEND, 'safe',
    (c, o) => ({ c: [...c, ...o] })),
  cross<ListState>('list+list.setslice', 'list+list', 'lst[:] = other', ['c[:] = o', 'r = None'], SLICE, 'safe',
    (_c, o) => ({ c: [...o] })),
  ...['list.append', 'list.pop', 'list.clear', 'list.insert'].map((id) => lift(base(id), 'list+list', 'o')),
  ...['list.append', 'list.len'].map((id) => lift(base(id), 'list+list', 'c')),
];

const setBinary = (id: string, sym: string, f: (c: SetState, o: SetState) => SetState) => ([
  cross<SetState>(`set+set.i${id}`, 'set+set', `s ${sym}= other`, [`c ${sym}= o`, 'r = None'], OPERATORS, 'atomic',
    (c, o) => ({ c: f(c, o) })),
  { ...cross<SetState>(`set+set.${id}`, 'set+set', `s ${sym} other`, [`r = FS(c ${sym} o)`], OPERATORS, 'atomic',
    (c, o) => ({ c, result: setFrozen(f(c, o)) })), writes: false },
]);
const union = (c: SetState, o: SetState) => o.reduce<SetState>(setAdd, c);
const inter = (c: SetState, o: SetState) => c.filter((x) => setHas(o, x));
const minus = (c: SetState, o: SetState) => o.reduce<SetState>(setDel, c);
const xor = (c: SetState, o: SetState) => o.reduce<SetState>((acc, x) => (setHas(acc, x) ? setDel(acc, x) : setAdd(acc, x)), c);

export const crossSet: readonly Operation[] = [
  ...setBinary('or', '|', union), ...setBinary('and', '&', inter), ...setBinary('sub', '-', minus), ...setBinary('xor', '^', xor),
  cross<SetState>('set+set.update', 'set+set', 's.update(other)', ['r = c.update(o)'], UPDATE, 'safe', (c, o) => ({ c: union(c, o) })),
  { ...cross<SetState>('set+set.issubset', 'set+set', 's.issubset(other)', ['r = c.issubset(o)'], OPERATORS, 'atomic',
    (c, o) => ({ c, result: c.every((x) => setHas(o, x)) })), writes: false },
  { ...cross<SetState>('set+set.eq', 'set+set', 's == other', ['r = c == o'], OPERATORS, 'atomic',
    (c, o) => ({ c, result: setEq(c, o) })), writes: false },
  ...['set.add', 'set.discard', 'set.clear', 'set.pop'].map((id) => lift(base(id), 'set+set', 'o')),
  ...['set.add', 'set.discard'].map((id) => lift(base(id), 'set+set', 'c')),
];

export const crossOps: readonly Operation[] = [...crossDict, ...crossList, ...crossSet];
