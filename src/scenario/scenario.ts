import type { ContainerType } from '../catalogue/operation.ts';
import type { PyValue } from '../catalogue/pyValue.ts';

export interface OpCall {
  /** Catalogue id, e.g. 'list.append'. */
  readonly op: string;
  readonly args: readonly PyValue[];
}

/** none: no lock; all: every operation under one shared threading.Lock; compound: only never-atomic ones. */
export type LockMode = 'none' | 'all' | 'compound';

/**
 * The controlled mode (issue 21): the threads take turns at gates (a key's __eq__, a defaultdict's factory, each
 * operation's start), one running at a time, as a scheduler in the program decides. The program walks every
 * schedule with at most `bound` preemptions, depth first, then runs PCT schedules of depth bound + 1. `schedule`
 * is the path the walk takes first: its decisions (at each gate, 0: the running thread goes on, i: the i-th other
 * thread runs; at a thread's end, which other thread runs), drawn with the scenario so that it shrinks with it, and
 * set to a finding's schedule for its reproducer, whose first run then replays it exactly.
 */
export interface Control {
  readonly bound: number;
  readonly schedule: readonly number[];
}

export interface Scenario {
  readonly container: ContainerType;
  /** Initial state in the model's representation (list items / dict pairs / set members). */
  readonly initial: readonly PyValue[] | readonly (readonly [PyValue, PyValue])[];
  /** One list of operations per thread (2 or more threads). */
  readonly threads: readonly (readonly OpCall[])[];
  readonly lock: LockMode;
  /** Set in the controlled mode: its threads take turns at gates instead of running at once. */
  readonly control?: Control;
}
