import type { Universe } from '../catalogue/operation.ts';
import { enumerateOutcomes } from './enumerateOutcomes.ts';
import type { Plan } from './plan.ts';
import { serialOutcomes } from './serialOutcomes.ts';

/** Everything the grader needs to know about a scenario, computed once from the models. */
export interface Expectations {
  readonly plan: Plan;
  /** Reachable when every operation takes effect at one point. */
  readonly atomic: ReadonlySet<string>;
  /** Reachable when never-atomic operations are split into their steps. */
  readonly split: ReadonlySet<string>;
  /** Reachable by running whole threads one after another. */
  readonly serial: ReadonlySet<string>;
  /** [thread, op] whose result is only plausibility-checked (lock-free reads racing a writer). */
  readonly weak: readonly (readonly [number, number])[];
  /** `split` with the weak results masked. */
  readonly splitMasked: ReadonlySet<string>;
  /** Final states of `split`, as sorted multisets, for the "safe, will not corrupt" check. */
  readonly finalMultisets: ReadonlySet<string>;
  /** Some unlocked writer is documented only as "safe" (not atomic). */
  readonly safeWriters: boolean;
  readonly universe: Universe;
}

export const WEAK = '*';

export const maskWeak = (outcome: readonly unknown[], weak: Expectations['weak']): string =>
  JSON.stringify(outcome.map((r, t) => (t < outcome.length - 1
    ? (r as unknown[]).map((x, i) => (weak.some(([wt, wi]) => wt === t && wi === i) ? WEAK : x)) : r)));

export const finalMultiset = (final: unknown): string => {
  const f = final as { d?: unknown[]; s?: unknown[] } | unknown[];
  const items = Array.isArray(f) ? f : (f.d ?? f.s ?? []);
  return JSON.stringify(items.map((x) => JSON.stringify(x)).sort());
};

const weakPositions = (plan: Plan): [number, number][] => {
  const out: [number, number][] = [];
  plan.threads.forEach((ops, t) => ops.forEach((p, i) => {
    if (!p.op.weakWhen || p.locked && plan.threads.every((o) => o.every((q) => q.locked))) return;
    const racing = plan.threads.some((other, u) => u !== t && other.some((q) =>
      q.op.writes && (p.op.weakWhen === 'anyWrite' || q.op.intermediate) && !(q.locked && p.locked)));
    if (racing) out.push([t, i]);
  }));
  return out;
};

export const expectationsOf = (plan: Plan): Expectations => {
  const atomic = enumerateOutcomes(plan, 'atomic');
  const split = enumerateOutcomes(plan, 'split');
  const weak = weakPositions(plan);
  const parsed = [...split.outcomes].map((o) => JSON.parse(o) as unknown[]);
  return {
    plan,
    atomic: atomic.outcomes,
    split: split.outcomes,
    serial: serialOutcomes(plan),
    weak,
    splitMasked: new Set(parsed.map((o) => maskWeak(o, weak))),
    finalMultisets: new Set(parsed.map((o) => finalMultiset(o[o.length - 1]))),
    safeWriters: plan.threads.some((ops) => ops.some((p) => p.op.writes && p.op.guarantee === 'safe' && !p.locked)),
    universe: split.universe,
  };
};
