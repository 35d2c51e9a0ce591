import { enumerateOutcomes } from './enumerateOutcomes.ts';
import type { Plan } from './plan.ts';

/** What a step model allows that the controlled mode never reached (see unreachedOutcomes). */
export interface Unreached {
  /** Outcomes (canonical JSON) some interleaving of the model's steps gives and no schedule gave. */
  readonly outcomes: readonly string[];
  /** The model's outcomes could not all be listed within the bound: the comparison says nothing. */
  readonly truncated: boolean;
}

/**
 * The outcomes a step model allows that no schedule of a complete controlled walk reached (pure). When the walk
 * covered every schedule (every switch at every gate) and the model lets threads meet only where CPython lets a
 * thread switch (a lock let go in a Python callback, an operation's start), each one is an interleaving the model
 * allows and CPython does not: a model looser than the C code. A tool test holds the catalogue to this; a user
 * run never does (a lock-free reader meets writers between any two steps, which no gate marks).
 */
export const unreachedOutcomes = (plan: Plan, reached: ReadonlySet<string>, maxNodes = 200_000): Unreached => {
  const all = enumerateOutcomes(plan, 'split', maxNodes);
  return { outcomes: [...all.outcomes].filter((o) => !reached.has(o)).sort(), truncated: all.truncated };
};
