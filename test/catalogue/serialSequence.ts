import type { ContainerType } from '../../src/catalogue/operation.ts';
import type { OpCall, Scenario } from '../../src/scenario/scenario.ts';

/** One thread's worth of catalogue operations on fresh containers, run one after another. */
export interface SerialSequence {
  readonly container: ContainerType;
  /** As a scenario holds it: the container; [c, o] for a pair; the list for a list with a shared iterator. */
  readonly initial: Scenario['initial'];
  readonly calls: readonly OpCall[];
}

/** What the program printed after one operation: canonical JSON (KEY) of the result and the final state. */
export interface Observed {
  readonly result: string;
  readonly state: string;
}
