import type { ContainerState, Step, StepOut, Universe } from '../catalogue/operation.ts';
import type { PyValue } from '../catalogue/pyValue.ts';
import { containersIn, encodeState } from '../catalogue/encodeState.ts';
import { baseOf } from '../catalogue/containerKind.ts';
import { applyOp } from './applyOp.ts';
import type { Plan } from './plan.ts';

/**
 * 'atomic': every operation takes effect at one point (fused steps).
 * 'split': never-atomic operations run as their separate steps, which other threads can interleave
 *          with, except that steps of operations under the user's lock never interleave with each other.
 */
export type Granularity = 'atomic' | 'split';

export interface Reachable {
  /** Canonical JSON of [[t0 results], ..., final state] for every reachable outcome. */
  readonly outcomes: ReadonlySet<string>;
  readonly universe: Universe;
  /** Interleavings explored after memoisation (a measure of work). */
  readonly nodes: number;
}

/** What happens from a point on: each thread's remaining results and the final state, with string keys
 * kept alongside so that deduplicating suffixes costs a concatenation, not a JSON.stringify. */
interface Suffix {
  readonly results: readonly (readonly PyValue[])[];
  readonly final: PyValue;
  readonly keys: readonly string[];
  readonly finalKey: string;
}

const fused = (plan: Plan) => plan.threads.map((ops) => ops.map((p): readonly Step[] =>
  [(s, args) => applyOp(p.op, s, args)]));

/**
 * Every outcome any interleaving of the threads' steps can produce, by depth-first search with
 * memoisation on (positions, thread-local temporaries, lock holder, container state): interleavings
 * that reach the same point share the work below it.
 */
export const enumerateOutcomes = (plan: Plan, granularity: Granularity): Reachable => {
  const steps = granularity === 'atomic' ? fused(plan) : plan.threads.map((ops) => ops.map((p) => p.op.steps));
  const n = plan.threads.length;
  const memo = new Map<string, readonly Suffix[]>();
  const elements = new Set<string>(), values = new Set<string>();
  let maxLen = 0, nodes = 0;

  const base = baseOf(plan.container);
  const observe = (state: ContainerState) => containersIn(plan.container, state).forEach((s) => {
    maxLen = Math.max(maxLen, s.length);
    for (const x of s) {
      if (base === 'dict') {
        const [k, v] = x as readonly [PyValue, PyValue];
        elements.add(JSON.stringify(k)); values.add(JSON.stringify(v));
      } else elements.add(JSON.stringify(x));
    }
  });

  // Which thread is between the steps of an operation that holds the container's lock (-1: none).
  const holder = (op: number[], step: number[]): number => granularity === 'atomic' ? -1
    : plan.threads.findIndex((ops, t) => step[t] > 0 && ops[op[t]]?.op.holdsLock === true);

  const visit = (op: number[], step: number[], tmp: (PyValue | undefined)[], lock: number,
    state: ContainerState): readonly Suffix[] => {
    const key = JSON.stringify([op, step, tmp, lock, state]);
    const hit = memo.get(key);
    if (hit) return hit;
    nodes++;
    observe(state);
    const out = new Map<string, Suffix>();
    let moved = false;
    for (let t = 0; t < n; t++) {
      const ops = steps[t], i = op[t];
      if (i >= ops.length) continue;
      const planned = plan.threads[t][i];
      const j = step[t];
      // A thread about to start a locked operation waits while another thread holds the lock.
      if (j === 0 && planned.locked && granularity === 'split' && lock !== -1 && lock !== t) continue;
      const last = j === ops[i].length - 1;
      const branches: readonly StepOut[] = ops[i][j](state, planned.args, tmp[t]);
      // While another thread holds the container's lock, only steps that leave the state alone (lock-free
      // reads) can run; a writing step waits.
      const owner = holder(op, step);
      if (owner !== -1 && owner !== t && branches.some((b) => JSON.stringify(b.state) !== JSON.stringify(state))) continue;
      moved = true;
      for (const b of branches) {
        const op2 = [...op], step2 = [...step], tmp2 = [...tmp];
        let lock2 = lock;
        if (last) { op2[t] = i + 1; step2[t] = 0; tmp2[t] = undefined; } else { step2[t] = j + 1; tmp2[t] = b.tmp; }
        if (granularity === 'split' && planned.locked) lock2 = last ? -1 : t;
        const head = last ? `${JSON.stringify(b.result ?? null)},` : '';
        for (const suffix of visit(op2, step2, tmp2, lock2, b.state)) {
          if (!last) { out.set(`${suffix.keys.join('|')}#${suffix.finalKey}`, suffix); continue; }
          const keys = suffix.keys.map((k, u) => (u === t ? head + k : k));
          const key = `${keys.join('|')}#${suffix.finalKey}`;
          if (out.has(key)) continue;
          out.set(key, { results: suffix.results.map((r, u) => (u === t ? [b.result ?? null, ...r] : r)),
            final: suffix.final, keys, finalKey: suffix.finalKey });
        }
      }
    }
    const final = moved ? null : encodeState(plan.container, state);
    const done: readonly Suffix[] = moved ? [...out.values()]
      : [{ results: plan.threads.map(() => []), final, keys: plan.threads.map(() => ''), finalKey: JSON.stringify(final) }];
    memo.set(key, done);
    return done;
  };

  const suffixes = visit(plan.threads.map(() => 0), plan.threads.map(() => 0), plan.threads.map(() => undefined),
    -1, plan.initial);
  const outcomes = new Set(suffixes.map((s) => JSON.stringify([...s.results, s.final])));
  return { outcomes, universe: { elements, values, maxLen }, nodes };
};
