import type { ContainerState, ListState, Step, StepOut } from './operation.ts';
import type { PyValue } from './pyValue.ts';
import { HOLE, pyEquals } from './pyValue.ts';
import { setAdd, setDel, setHas } from './setModel.ts';

/**
 * One stage of a writer's work as a lock-free reader sees it:
 * - { s }: the whole state becomes s at once (one store, or stores no reader can tell apart);
 * - { n }: a list's size becomes n (new slots are NULL: HOLE; a shrunk list loses its tail);
 * - { w }: list slots get new values, one store each, in an order the C code does not fix (memmove,
 *   plain stores, or relaxed stores another core may see in any order): every order is explored;
 * - { m }: set members added (true) or removed (false) one at a time, in the order of a hash table the
 *   model does not keep: every order is explored.
 */
export type Stage = { readonly s: ContainerState } | { readonly n: number }
  | { readonly w: readonly (readonly [number, PyValue])[] }
  | { readonly m: readonly (readonly [PyValue, boolean])[] };

/** What a staged writer decides under the lock: its result now, or its result after its stages. */
export type Plan<S extends ContainerState> = StepOut<S> | { readonly stages: readonly Stage[]; readonly result: PyValue };

interface Pending { readonly stages: readonly Stage[]; readonly result: PyValue }

const resize = (l: ListState, n: number): ListState =>
  (n <= l.length ? l.slice(0, n) : [...l, ...Array.from({ length: n - l.length }, () => HOLE)]);

/** The state after the next stage, for every way it can go (one slot store at a time for { w }). */
const advance = (state: ContainerState, p: Pending): StepOut[] => {
  const [stage, ...rest] = p.stages;
  const next = (s: ContainerState, stages: readonly Stage[]): StepOut =>
    (stages.length === 0 ? { state: s, result: p.result } : { state: s, tmp: { stages, result: p.result } as unknown as PyValue, again: true });
  if ('s' in stage) return [next(stage.s, rest)];
  if ('m' in stage) {
    const set = state as readonly PyValue[];
    const todo = stage.m.filter(([x, present]) => setHas(set, x) !== present);
    if (todo.length === 0) return rest.length === 0 ? [{ state, result: p.result }] : advance(state, { ...p, stages: rest });
    return todo.map(([x, present], i) => {
      const left = todo.filter((_, j) => j !== i);
      return next(present ? setAdd(set, x) : setDel(set, x), left.length > 0 ? [{ m: left }, ...rest] : rest);
    });
  }
  const l = state as ListState;
  if ('n' in stage) return [next(resize(l, stage.n), rest)];
  // Stores that would not change a slot are invisible: drop them.
  const writes = stage.w.filter(([k, v]) => !pyEquals(l[k], v));
  if (writes.length === 0) return rest.length === 0 ? [{ state, result: p.result }] : advance(state, { ...p, stages: rest });
  return writes.map(([k, v], i) => {
    const left = writes.filter((_, j) => j !== i);
    return next(l.map((x, j) => (j === k ? v : x)), left.length > 0 ? [{ w: left }, ...rest] : rest);
  });
};

/**
 * A writer that holds the object's lock while it goes through stages a lock-free reader can observe
 * (pair it with `holdsLock: true`): the first run decides under the lock (its Plan) and takes the first
 * stage; each later run of the same step takes the next one.
 */
export const stagedWrite = <S extends ContainerState>(plan: (state: S, args: readonly PyValue[]) => Plan<S>): Step<S> =>
  ((state: ContainerState, args: readonly PyValue[], tmp: PyValue | undefined): readonly StepOut[] => {
    if (tmp === undefined) {
      const p = plan(state as S, args);
      if (!('stages' in p)) return [p];
      return p.stages.length === 0 ? [{ state, result: p.result }] : advance(state, p);
    }
    return advance(state, tmp as unknown as Pending);
  }) as unknown as Step<S>;

/** The slot stores that turn `from` into `to` on the first `n` slots (only those that change). */
export const slotWrites = (from: ListState, to: ListState, n = to.length): readonly (readonly [number, PyValue])[] =>
  to.slice(0, n).flatMap((v, k): (readonly [number, PyValue])[] => (k < from.length && pyEquals(from[k], v) ? [] : [[k, v]]));

/** The state after every stage, all at once (any-order stages end in the same state whatever the order). */
const settle = (state: ContainerState, p: Pending): StepOut => {
  let out: StepOut = { state, tmp: p as unknown as PyValue, again: true };
  while (out.again) out = advance(out.state, out.tmp as unknown as Pending)[0] ?? { state: out.state, result: p.result };
  return out;
};

/**
 * The same writer with no stage visible to anyone: its whole effect at one point, for interpreters whose
 * readers all wait for it (a variant citing why).
 */
export const wholeWrite = <S extends ContainerState>(plan: (state: S, args: readonly PyValue[]) => Plan<S>): Step<S> =>
  ((state: ContainerState, args: readonly PyValue[]): readonly StepOut[] => {
    const p = plan(state as S, args);
    if (!('stages' in p)) return [p];
    return [p.stages.length === 0 ? { state, result: p.result } : settle(state, p)];
  }) as unknown as Step<S>;
