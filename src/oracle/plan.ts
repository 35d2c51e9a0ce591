import type { ContainerState, ContainerType, Operation } from '../catalogue/operation.ts';
import type { PyValue } from '../catalogue/pyValue.ts';
import { operation } from '../catalogue/catalogue.ts';
import type { Scenario } from '../scenario/scenario.ts';
import { operationFor, operationWithBug } from './operationFor.ts';
import { modelInitial } from '../catalogue/encodeState.ts';

/** A scenario's operation resolved against the catalogue, with what the lock mode means for it. */
export interface PlannedOp {
  readonly op: Operation;
  readonly args: readonly PyValue[];
  /** Runs under the scenario's shared threading.Lock. */
  readonly locked: boolean;
}

export interface Plan {
  readonly container: ContainerType;
  readonly initial: ContainerState;
  readonly threads: readonly (readonly PlannedOp[])[];
}

export const isLocked = (scenario: Scenario, op: Operation): boolean =>
  scenario.lock === 'all' || (scenario.lock === 'compound' && op.guarantee === 'never-atomic');

/**
 * The scenario resolved against the catalogue, as the interpreter's Python version documents it; with `bug`,
 * as that known upstream bug makes the interpreter run it (see Operation.bugs).
 */
export const planOf = (scenario: Scenario, version?: string, bug?: string): Plan => ({
  container: scenario.container,
  initial: modelInitial(scenario.container, scenario.initial),
  threads: scenario.threads.map((ops) =>
    ops.map((call) => {
      const documented = operationFor(operation(call.op), version);
      const op = bug === undefined ? documented : operationWithBug(documented, bug);
      return { op, args: call.args, locked: isLocked(scenario, op) };
    })),
});
