import type { ContainerState, Operation, StepOut } from '../catalogue/operation.ts';
import type { PyValue } from '../catalogue/pyValue.ts';
import { wholeOf } from '../catalogue/stagedWrite.ts';

/** A model loop that never ends is a catalogue bug, not a long scan. */
const MAX_REPEATS = 10_000;

const unique = (outs: readonly StepOut[]): readonly StepOut[] => {
  const seen = new Map<string, StepOut>();
  for (const o of outs) seen.set(JSON.stringify([o.state, o.tmp ?? null, o.result ?? null]), o);
  return seen.size === outs.length ? outs : [...seen.values()];
};

/**
 * Run an operation's steps from step `from` on, back to back (nothing else runs in between): every way it
 * can end. A step that cannot run (it waits for another thread) ends that way with nothing.
 */
export const runSteps = (op: Operation, from: number, state: ContainerState, args: readonly PyValue[],
  tmp: PyValue | undefined): readonly StepOut[] => {
  let frontier: readonly StepOut[] = [{ state, tmp }];
  // Ways that ended early (StepOut.finish): they skip the remaining steps.
  const finished: StepOut[] = [];
  for (const staged of op.steps.slice(from)) {
    // Nothing runs in between: a staged writer goes straight to its end.
    const step = wholeOf(staged) ?? staged;
    const done: StepOut[] = [];
    for (let n = 0; frontier.length > 0; n++) {
      if (n > MAX_REPEATS) throw new Error(`${op.id}: a step repeated more than ${MAX_REPEATS} times`);
      const next = frontier.flatMap((s) => step(s.state, args, s.tmp));
      for (const o of next) if (o.finish && !o.again) finished.push(o); else if (!o.again) done.push(o);
      // Stores in any order reach the same states many ways: keep each (state, tmp) once.
      frontier = unique(next.filter((o) => o.again));
    }
    frontier = unique(done);
  }
  return finished.length === 0 ? frontier : unique([...frontier, ...finished]);
};

/** Run all of an operation's steps back to back (as a serial execution would): every possible end. */
export const applyOp = (op: Operation, state: ContainerState, args: readonly PyValue[]): readonly StepOut[] => {
  const outs = runSteps(op, 0, state, args, undefined);
  // Alone, nothing can make it wait: an operation that cannot finish is a model bug.
  if (outs.length === 0) throw new Error(`${op.id}: cannot finish on ${JSON.stringify(state)}`);
  return outs;
};

/**
 * Whether running an operation's steps from `from` on can change the state at two of them or more (on some
 * way through): then another thread can see a state in between, even one that only reads. A staged write's
 * stores count as two (they become visible one by one). With one change at most, the steps look like one to
 * everyone else.
 */
export const changesTwice = (op: Operation, from: number, state: ContainerState, args: readonly PyValue[],
  tmp: PyValue | undefined): boolean => {
  type Way = { readonly o: StepOut; readonly changes: number };
  let frontier: readonly Way[] = [{ o: { state, tmp }, changes: 0 }];
  for (const staged of op.steps.slice(from)) {
    const whole = wholeOf(staged);
    const step = whole ?? staged;
    const done: Way[] = [];
    for (let n = 0; frontier.length > 0; n++) {
      if (n > MAX_REPEATS) throw new Error(`${op.id}: a step repeated more than ${MAX_REPEATS} times`);
      const next = frontier.flatMap((w) => step(w.o.state, args, w.o.tmp).map((o) => ({ o,
        changes: w.changes + (JSON.stringify(o.state) === JSON.stringify(w.o.state) ? 0 : whole ? 2 : 1) })));
      if (next.some((w) => w.changes >= 2)) return true;
      for (const w of next) if (!w.o.again && !w.o.finish) done.push(w);
      frontier = next.filter((w) => w.o.again);
    }
    const seen = new Map<string, Way>();
    for (const w of done) seen.set(JSON.stringify([w.o.state, w.o.tmp ?? null, w.changes]), w);
    frontier = [...seen.values()];
  }
  return false;
};
