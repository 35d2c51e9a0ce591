import type { ContainerType } from '../catalogue/operation.ts';
import type { PyValue } from '../catalogue/pyValue.ts';

export interface OpCall {
  /** Catalogue id, e.g. 'list.append'. */
  readonly op: string;
  readonly args: readonly PyValue[];
}

/** none: no lock; all: every operation under one shared threading.Lock; compound: only never-atomic ones. */
export type LockMode = 'none' | 'all' | 'compound';

export interface Scenario {
  readonly container: ContainerType;
  /** Initial state in the model's representation (list items / dict pairs / set members). */
  readonly initial: readonly PyValue[] | readonly (readonly [PyValue, PyValue])[];
  /** One list of operations per thread (2 or more threads). */
  readonly threads: readonly (readonly OpCall[])[];
  readonly lock: LockMode;
}
