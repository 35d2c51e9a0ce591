import type { ContainerState, Operation, StepOut } from '../catalogue/operation.ts';
import { accessOf } from '../catalogue/operation.ts';
import type { PyValue } from '../catalogue/pyValue.ts';
import { shapeOf } from '../catalogue/containerKind.ts';
import { changesTwice, runSteps } from './applyOp.ts';
import type { Plan } from './plan.ts';

/**
 * 'atomic': every operation takes effect at one point (its steps fused): the serial orders.
 * 'split': operations run as the atomic steps CPython takes (their models' steps), interleaved in every
 *          way the locks allow: a locked step waits while another thread holds the object's lock, a
 *          lock-free one does not; steps of operations under the user's lock never interleave.
 */
export type Granularity = 'atomic' | 'split';

/** A point of an execution. */
export interface Node {
  /** Per thread: index of its current operation, and of the step within it. */
  readonly op: readonly number[];
  readonly step: readonly number[];
  /** Per thread: what its previous step left for the next one. */
  readonly tmp: readonly (PyValue | undefined)[];
  /** JSON of each thread's `tmp`, computed when it changes (a staged write's is large: node keys are hot). */
  readonly tmpKey: readonly string[];
  /** The thread inside a multi-step operation under the user's threading.Lock, or -1. */
  readonly userLock: number;
  /** Per part of the state: the thread holding its object lock across steps (holdsLock), or -1. */
  readonly objLock: readonly number[];
  /** Per thread inside a windowed read: the JSON of every state seen so far, sorted; else null. */
  readonly window: readonly (readonly string[] | null)[];
  readonly state: ContainerState;
  /** JSON of `state`, computed once. */
  readonly stateKey: string;
}

/** A string that identifies a node (memoisation key). */
export const nodeKey = (node: Node): string =>
  `${node.op.join(',')};${node.step.join(',')};${node.tmpKey.join('|')};${node.userLock};${node.objLock.join(',')};`
  + `${node.window.some((w) => w !== null) ? JSON.stringify(node.window) : ''};${node.stateKey}`;

/** One move from a node: thread `t` ran a step (or, fused, the rest of its operation). */
export interface Transition {
  readonly t: number;
  /** Thread t finished its operation with this move. */
  readonly done: boolean;
  /** Its result when done (a windowed read that saw several states: undefined, see `window`). */
  readonly result?: PyValue;
  /** A windowed read finished after its container changed: the states it saw (JSON, sorted). */
  readonly window?: readonly string[];
  readonly next: Node;
}

export interface SearchSpace {
  readonly initial: Node;
  /** Every move from a node; none when every thread is done (or, a model bug, every thread waits). */
  readonly moves: (node: Node) => readonly Transition[];
  readonly finished: (node: Node) => boolean;
  /** No thread will change the state any more (the final state is the current one). */
  readonly settled: (node: Node) => boolean;
}

const addState = (window: readonly string[], json: string): readonly string[] =>
  (window.includes(json) ? window : [...window, json].sort());

const hasLockFree = (op: Operation): boolean =>
  op.window !== undefined || (typeof op.access === 'string' ? op.access === 'lock-free' : op.access.includes('lock-free'));

/**
 * The executions of a plan as a graph of nodes and moves. Moves are pruned where the order of steps
 * cannot matter (a partial-order reduction): an operation runs its remaining steps as one move when no
 * other thread can change what it sees or see what it does in between, so that interleavings are
 * explored only where they make a difference.
 */
export const searchSpace = (plan: Plan, granularity: Granularity): SearchSpace => {
  const split = granularity === 'split';
  const n = plan.threads.length;
  const ops = plan.threads.map((ts) => ts.map((p) => p.op));
  // From op i of thread t on: does the thread still write, read lock-free, run only under the user's lock?
  const from = (f: (op: Operation, t: number, i: number) => boolean, all: boolean) => ops.map((ts, t) => {
    const out = new Array<boolean>(ts.length + 1).fill(all);
    for (let i = ts.length - 1; i >= 0; i--) out[i] = all ? f(ts[i], t, i) && out[i + 1] : f(ts[i], t, i) || out[i + 1];
    return out;
  });
  const writesFrom = from((op) => op.writes, false);
  const lockFreeFrom = from(hasLockFree, false);
  const userLockedFrom = from((_op, t, i) => plan.threads[t][i].locked, true);
  const pairParts = shapeOf(plan.container) === 'single' ? 1 : 2;

  /** Nothing another thread can do changes what thread t's operation sees or shows from here on. */
  const alone = (node: Node, t: number): boolean => {
    const p = plan.threads[t][node.op[t]];
    let others = false, allLocked = true, othersWrite = false, othersLockFree = false;
    for (let u = 0; u < n; u++) {
      const i = node.op[u];
      if (u === t || i >= ops[u].length) continue;
      others = true;
      allLocked &&= userLockedFrom[u][i];
      othersWrite ||= writesFrom[u][i];
      othersLockFree ||= lockFreeFrom[u][i];
    }
    if (!others) return true;
    // Under the user's lock, with every other remaining operation under it too: nothing interleaves.
    if (p.locked && allLocked) return true;
    // A reader, or a writer that changes the state at one of its steps only (a read then a write, or two
    // critical sections of which the first only reads): others' reads in between see the state before or after
    // it. One that changes it twice (defaultdict's d[k].append(x) on a missing key inserts the list, lets go of
    // the dict's lock, then appends) shows the state in between to a reader, locked or not.
    if (!p.op.writes || !p.op.holdsLock) {
      return !othersWrite && !(p.op.writes && changesTwice(p.op, node.step[t], node.state, p.args, node.tmp[t]));
    }
    // A writer holding the lock throughout: only lock-free steps of others could run, and see it half done.
    return (p.op.lockParts ?? [0]).length === pairParts && !othersLockFree;
  };

  /** No thread will change the state any more: what it is now is the final state. */
  const settled = (node: Node): boolean => {
    for (let u = 0; u < n; u++) if (node.op[u] < ops[u].length && writesFrom[u][node.op[u]]) return false;
    return true;
  };

  const moves = (node: Node): readonly Transition[] => {
    const { op, step, tmp, tmpKey, userLock, objLock, window, state, stateKey: stateJson } = node;
    const out: Transition[] = [];
    for (let t = 0; t < n; t++) {
      const i = op[t];
      if (i >= ops[t].length) continue;
      const p = plan.threads[t][i];
      const j = step[t];
      if (split && j === 0 && p.locked && userLock !== -1 && userLock !== t) continue;
      const parts = p.op.lockParts ?? [0];
      // A windowed read whose window is open closes it; else the operation may run alone as one move.
      const opened = split && window[t] !== null;
      const fused = !opened && (!split || alone(node, t));
      const windowed = opened || (split && !fused && p.op.window !== undefined);
      let branches: readonly StepOut[];
      let last: boolean;
      if (windowed) {
        // A windowed read opens its window, then closes it with every state seen in between.
        last = j === 1;
        branches = [{ state }];
      } else {
        // Holding the lock: a fused operation takes it at its first step, as the real one does.
        const lockedNow = fused ? (j === 0 && p.op.steps.some((_, k) => accessOf(p.op, k) === 'locked'))
          : accessOf(p.op, j) === 'locked';
        if (split && lockedNow && parts.some((q) => objLock[q] !== -1 && objLock[q] !== t)) continue;
        branches = fused ? runSteps(p.op, j, state, p.args, tmp[t]) : p.op.steps[j](state, p.args, tmp[t]);
        last = fused || j === p.op.steps.length - 1;
      }
      for (const b of branches) {
        const done = (last || b.finish === true) && !b.again;
        const op2 = [...op], step2 = [...step], tmp2 = [...tmp], tmpKey2 = [...tmpKey], window2 = [...window];
        if (done) { op2[t] = i + 1; step2[t] = 0; tmp2[t] = undefined; } else {
          if (!b.again) step2[t] = j + 1;
          tmp2[t] = b.tmp;
        }
        if (tmp2[t] !== tmp[t]) tmpKey2[t] = tmp2[t] === undefined ? '' : JSON.stringify(tmp2[t]);
        let closed: readonly string[] | undefined;
        if (windowed) {
          if (done) closed = window[t] ?? [stateJson];
          window2[t] = done ? null : [stateJson];
        }
        const nextJson = b.state === state ? stateJson : JSON.stringify(b.state);
        // A rebuilt table with the same members is a change to an iteration: the same state once more, told
        // apart by a trailing space (still its JSON), so that the window holds two.
        const seen = nextJson !== stateJson ? nextJson : done && p.op.rebuildsTable ? `${nextJson} ` : undefined;
        if (seen !== undefined) for (let u = 0; u < n; u++) if (u !== t && window2[u]) window2[u] = addState(window2[u]!, seen);
        // Locks held across steps: taken at a step that does not finish the operation, given back when it does.
        const objLock2 = !split ? objLock : done ? objLock.map((h) => (h === t ? -1 : h))
          : p.op.holdsLock ? objLock.map((h, q) => (parts.includes(q) ? t : h)) : objLock;
        const userLock2 = !split ? userLock : done ? (userLock === t ? -1 : userLock) : p.locked ? t : userLock;
        const next: Node = { op: op2, step: step2, tmp: tmp2, tmpKey: tmpKey2, userLock: userLock2, objLock: objLock2, window: window2,
          state: b.state, stateKey: nextJson };
        if (!done) { out.push({ t, done, next }); continue; }
        if (!closed) { out.push({ t, done, result: b.result ?? null, next }); continue; }
        if (closed.length > 1) { out.push({ t, done, window: closed, next }); continue; }
        // A window that saw one state gives the exact result(s) on it.
        for (const r of runSteps(p.op, 0, JSON.parse(closed[0]) as ContainerState, p.args, undefined)) {
          out.push({ t, done, result: r.result ?? null, next });
        }
      }
    }
    return out;
  };

  return {
    initial: {
      op: plan.threads.map(() => 0), step: plan.threads.map(() => 0), tmp: plan.threads.map(() => undefined),
      tmpKey: plan.threads.map(() => ''),
      userLock: -1, objLock: Array.from({ length: pairParts }, () => -1), window: plan.threads.map(() => null),
      state: plan.initial, stateKey: JSON.stringify(plan.initial),
    },
    moves,
    finished: (node) => node.op.every((i, t) => i >= ops[t].length),
    settled,
  };
};
