import type { ContainerState, Step, StepOut } from '../catalogue/operation.ts';
import { accessOf } from '../catalogue/operation.ts';
import type { PyValue } from '../catalogue/pyValue.ts';
import { encodeState } from '../catalogue/encodeState.ts';
import { shapeOf } from '../catalogue/containerKind.ts';
import { applyOp } from './applyOp.ts';
import type { Plan } from './plan.ts';

/**
 * 'atomic': every operation takes effect at one point (its steps fused): the serial orders.
 * 'split': operations run as the atomic steps CPython takes (their models' steps), interleaved in every
 *          way the locks allow: a locked step waits while another thread holds the object's lock, a
 *          lock-free one does not; steps of operations under the user's lock never interleave.
 */
export type Granularity = 'atomic' | 'split';

export interface Reachable {
  /**
   * Canonical JSON of [[t0 results], ..., final state] for every reachable outcome. In 'split', the result
   * of a windowed read whose window saw more than one state is {"w": [JSON of each state, sorted]}.
   */
  readonly outcomes: ReadonlySet<string>;
  /** Search nodes explored after memoisation (a measure of work). */
  readonly nodes: number;
  /** Points where every unfinished thread waited for another: a model bug when not 0. */
  readonly deadlocks: number;
}

/** What happens from a point on: each thread's remaining results (as JSON) and the final state. */
interface Suffix {
  readonly keys: readonly string[];
  readonly finalKey: string;
}

interface Node {
  /** Per thread: index of its current operation, and of the step within it. */
  readonly op: readonly number[];
  readonly step: readonly number[];
  /** Per thread: what its previous step left for the next one. */
  readonly tmp: readonly (PyValue | undefined)[];
  /** The thread inside a locked multi-step operation of the user's threading.Lock, or -1. */
  readonly userLock: number;
  /** Per part of the state: the thread holding its object lock across steps (holdsLock), or -1. */
  readonly objLock: readonly number[];
  /** Per thread inside a windowed read: the JSON of every state seen so far, sorted; else null. */
  readonly window: readonly (readonly string[] | null)[];
  readonly state: ContainerState;
}

const addState = (window: readonly string[], json: string): readonly string[] =>
  (window.includes(json) ? window : [...window, json].sort());

/**
 * Every outcome any interleaving of the threads' steps can produce, by depth-first search with
 * memoisation on the whole search node: interleavings that reach the same point share the work below it.
 */
export const enumerateOutcomes = (plan: Plan, granularity: Granularity): Reachable => {
  const split = granularity === 'split';
  const steps: readonly (readonly (readonly Step[])[])[] = plan.threads.map((ops) => ops.map((p): readonly Step[] =>
    (split ? p.op.steps : [(s, args) => applyOp(p.op, s, args)])));
  const windowed = (t: number, i: number) => split && plan.threads[t][i].op.window !== undefined;
  const n = plan.threads.length;
  const memo = new Map<string, readonly Suffix[]>();
  let nodes = 0, deadlocks = 0;

  const visit = (node: Node): readonly Suffix[] => {
    const key = JSON.stringify(node);
    const hit = memo.get(key);
    if (hit) return hit;
    nodes++;
    const { op, step, tmp, userLock, objLock, window, state } = node;
    const stateJson = JSON.stringify(state);
    const out = new Map<string, Suffix>();
    let pending = false, moved = false;
    for (let t = 0; t < n; t++) {
      const i = op[t];
      if (i >= plan.threads[t].length) continue;
      pending = true;
      const planned = plan.threads[t][i];
      const j = step[t];
      // A thread about to start an operation under the user's lock waits while another thread is inside one.
      if (split && j === 0 && planned.locked && userLock !== -1 && userLock !== t) continue;
      let branches: readonly StepOut[];
      let last: boolean;
      if (windowed(t, i)) {
        // A windowed read opens its window, then closes it with every state seen in between as its result;
        // when nothing changed in between, with the exact result on that one state.
        last = j === 1;
        const seen = window[t] ?? [];
        branches = !last ? [{ state }] : seen.length === 1
          ? applyOp(planned.op, JSON.parse(seen[0]) as ContainerState, planned.args).map((b) => ({ state, result: b.result }))
          : [{ state, result: { w: seen } as unknown as PyValue }];
      } else {
        const parts = planned.op.lockParts ?? [0];
        if (split && accessOf(planned.op, j) === 'locked' && parts.some((p) => objLock[p] !== -1 && objLock[p] !== t)) continue;
        branches = steps[t][i][j](state, planned.args, tmp[t]);
        last = j === steps[t][i].length - 1;
      }
      for (const b of branches) {
        moved = true;
        const done = last && !b.again;
        const op2 = [...op], step2 = [...step], tmp2 = [...tmp], window2 = [...window];
        if (done) { op2[t] = i + 1; step2[t] = 0; tmp2[t] = undefined; } else {
          if (!b.again) step2[t] = j + 1;
          tmp2[t] = b.tmp;
        }
        if (windowed(t, i)) window2[t] = done ? null : [stateJson];
        const nextJson = JSON.stringify(b.state);
        if (nextJson !== stateJson) {
          for (let u = 0; u < n; u++) if (u !== t && window2[u]) window2[u] = addState(window2[u]!, nextJson);
        }
        let objLock2 = objLock;
        if (split && planned.op.holdsLock) {
          const parts = planned.op.lockParts ?? [0];
          objLock2 = objLock.map((h, p) => (parts.includes(p) ? (done ? -1 : t) : h));
        }
        const userLock2 = split && planned.locked ? (done ? -1 : t) : userLock;
        const head = done ? `${JSON.stringify(b.result ?? null)},` : '';
        for (const suffix of visit({ op: op2, step: step2, tmp: tmp2, userLock: userLock2, objLock: objLock2,
          window: window2, state: b.state })) {
          const keys = done ? suffix.keys.map((k, u) => (u === t ? head + k : k)) : suffix.keys;
          const k = `${keys.join('|')}#${suffix.finalKey}`;
          if (!out.has(k)) out.set(k, { keys, finalKey: suffix.finalKey });
        }
      }
    }
    let result: readonly Suffix[];
    if (!pending) {
      result = [{ keys: plan.threads.map(() => ''), finalKey: JSON.stringify(encodeState(plan.container, state)) }];
    } else {
      if (!moved) deadlocks++;
      result = [...out.values()];
    }
    memo.set(key, result);
    return result;
  };

  // One object lock per container of the state: `c`, and `o` of a pair (a shared iterator takes none).
  const parts = shapeOf(plan.container) === 'single' ? 1 : 2;
  const suffixes = visit({
    op: plan.threads.map(() => 0), step: plan.threads.map(() => 0), tmp: plan.threads.map(() => undefined),
    userLock: -1, objLock: Array.from({ length: parts }, () => -1), window: plan.threads.map(() => null),
    state: plan.initial,
  });
  const outcomes = new Set(suffixes.map((s) => `[${s.keys.map((k) => `[${k.replace(/,$/, '')}]`).join(',')},${s.finalKey}]`));
  return { outcomes, nodes, deadlocks };
};
