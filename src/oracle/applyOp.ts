import type { ContainerState, Operation, StepOut } from '../catalogue/operation.ts';
import type { PyValue } from '../catalogue/pyValue.ts';
import { wholeOf } from '../catalogue/stagedWrite.ts';

/** A model loop that never ends is a catalogue bug, not a long scan. */
const MAX_REPEATS = 10_000;

/** One way through an operation's steps so far: where it is, and what the caller keeps along it. */
interface Way<A> {
  readonly o: StepOut;
  readonly acc: A;
}

/**
 * Every way an operation's steps from step `from` on can go, run back to back (nothing else runs in between;
 * a staged writer goes straight to its end). `along` carries something along each way from the step's input
 * and output (`whole`: the step was a staged write), `key` says which ways are the same. Stops early, with
 * 'stopped', as soon as `stop` holds for a way. A step that cannot run (it waits for another thread) ends that
 * way with nothing; a way that ended early (StepOut.finish) skips the remaining steps.
 */
const walkSteps = <A>(op: Operation, from: number, start: Way<A>, args: readonly PyValue[],
  along: (w: Way<A>, o: StepOut, whole: boolean) => A, key: (w: Way<A>) => string,
  stop: (w: Way<A>) => boolean = () => false): readonly Way<A>[] | 'stopped' => {
  const unique = (ways: readonly Way<A>[]): readonly Way<A>[] => {
    const seen = new Map<string, Way<A>>();
    for (const w of ways) seen.set(key(w), w);
    return seen.size === ways.length ? ways : [...seen.values()];
  };
  let frontier: readonly Way<A>[] = [start];
  const finished: Way<A>[] = [];
  for (const staged of op.steps.slice(from)) {
    const whole = wholeOf(staged);
    const step = whole ?? staged;
    const done: Way<A>[] = [];
    for (let n = 0; frontier.length > 0; n++) {
      if (n > MAX_REPEATS) throw new Error(`${op.id}: a step repeated more than ${MAX_REPEATS} times`);
      const next = frontier.flatMap((w) => step(w.o.state, args, w.o.tmp).map((o) => ({ o, acc: along(w, o, whole !== undefined) })));
      if (next.some(stop)) return 'stopped';
      for (const w of next) if (w.o.finish && !w.o.again) finished.push(w); else if (!w.o.again) done.push(w);
      // Stores in any order reach the same states many ways: keep each once.
      frontier = unique(next.filter((w) => w.o.again));
    }
    frontier = unique(done);
  }
  return finished.length === 0 ? frontier : unique([...frontier, ...finished]);
};

/**
 * Run an operation's steps from step `from` on, back to back (nothing else runs in between): every way it
 * can end. A step that cannot run (it waits for another thread) ends that way with nothing.
 */
export const runSteps = (op: Operation, from: number, state: ContainerState, args: readonly PyValue[],
  tmp: PyValue | undefined): readonly StepOut[] => {
  const ways = walkSteps<null>(op, from, { o: { state, tmp }, acc: null }, args, () => null,
    (w) => JSON.stringify([w.o.state, w.o.tmp ?? null, w.o.result ?? null]));
  return ways === 'stopped' ? [] : ways.map((w) => w.o);
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
  tmp: PyValue | undefined): boolean =>
  walkSteps<number>(op, from, { o: { state, tmp }, acc: 0 }, args,
    (w, o, whole) => w.acc + (JSON.stringify(o.state) === JSON.stringify(w.o.state) ? 0 : whole ? 2 : 1),
    (w) => JSON.stringify([w.o.state, w.o.tmp ?? null, w.acc]), (w) => w.acc >= 2) === 'stopped';
