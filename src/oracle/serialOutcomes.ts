import type { ContainerState } from '../catalogue/operation.ts';
import type { PyValue } from '../catalogue/pyValue.ts';
import { encodeState } from '../catalogue/encodeState.ts';
import { applyOp } from './applyOp.ts';
import type { Plan } from './plan.ts';

const permutations = (n: number): number[][] =>
  n === 0 ? [[]] : permutations(n - 1).flatMap((p) => Array.from({ length: n }, (_, i) => [...p.slice(0, i), n - 1, ...p.slice(i)]));

/**
 * Outcomes of running whole threads one after another, in every order. An observed outcome outside this
 * set needed the threads' operations interleaved: evidence that they really overlapped.
 */
export const serialOutcomes = (plan: Plan): ReadonlySet<string> => {
  const out = new Set<string>();
  for (const order of permutations(plan.threads.length)) {
    let frontier: { state: ContainerState; results: PyValue[][] }[] =
      [{ state: plan.initial, results: plan.threads.map(() => []) }];
    for (const t of order) {
      for (const p of plan.threads[t]) {
        frontier = frontier.flatMap((f) => applyOp(p.op, f.state, p.args).map((b) => ({
          state: b.state,
          results: f.results.map((r, u) => (u === t ? [...r, b.result ?? null] : r)),
        })));
      }
    }
    for (const f of frontier) out.add(JSON.stringify([...f.results, encodeState(plan.container, f.state)]));
  }
  return out;
};
