import type { ContainerState, ContainerType } from '../../src/catalogue/operation.ts';
import type { OpCall } from '../../src/scenario/scenario.ts';

/** One thread's worth of catalogue operations on a fresh container, run one after another. */
export interface SerialSequence {
  readonly container: ContainerType;
  readonly initial: ContainerState;
  readonly calls: readonly OpCall[];
}

/** What the program printed after one operation: canonical JSON (KEY) of the result and the container. */
export interface Observed {
  readonly result: string;
  readonly state: string;
}
