import type { ContainerState, Operation, StepOut } from '../catalogue/operation.ts';
import type { PyValue } from '../catalogue/pyValue.ts';

/** A model loop that never ends is a catalogue bug, not a long scan. */
const MAX_REPEATS = 10_000;

const unique = (outs: readonly StepOut[]): readonly StepOut[] => {
  const seen = new Map<string, StepOut>();
  for (const o of outs) seen.set(JSON.stringify([o.state, o.tmp ?? null, o.result ?? null]), o);
  return seen.size === outs.length ? outs : [...seen.values()];
};

/** Run all of an operation's steps back to back (as a serial execution would): every possible end. */
export const applyOp = (op: Operation, state: ContainerState, args: readonly PyValue[]): readonly StepOut[] => {
  let frontier: readonly StepOut[] = [{ state }];
  for (const step of op.steps) {
    const done: StepOut[] = [];
    for (let n = 0; frontier.length > 0; n++) {
      if (n > MAX_REPEATS) throw new Error(`${op.id}: a step repeated more than ${MAX_REPEATS} times`);
      const next = frontier.flatMap((s) => {
        const outs = step(s.state, args, s.tmp);
        // Alone, nothing can make it wait: a step that cannot run is a model bug.
        if (outs.length === 0) throw new Error(`${op.id}: a step cannot run on ${JSON.stringify(s.state)}`);
        return outs;
      });
      for (const o of next) if (!o.again) done.push(o);
      // Stores in any order reach the same states many ways: keep each (state, tmp) once.
      frontier = unique(next.filter((o) => o.again));
    }
    frontier = unique(done);
  }
  return frontier;
};
