import type { BugContext, ContainerState, ContainerType, Operation } from '../catalogue/operation.ts';
import { slotHistory } from './slotHistory.ts';
import type { PyValue } from '../catalogue/pyValue.ts';
import { operation } from '../catalogue/catalogue.ts';
import type { Scenario } from '../scenario/scenario.ts';
import { holdsPythonEqKey, operationFor, operationWithBug, operationWithPythonEq } from './operationFor.ts';
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

/** What a bug's model may know of the scenario (BugContext); its slot history is searched when first asked for. */
const bugContext = (scenario: Scenario, version: string | undefined): BugContext => {
  let slots: BugContext['slots'] | null = null;
  return {
    ops: scenario.threads.flatMap((ops) => ops.map((c) => c.op)),
    get slots() {
      if (slots === null) slots = slotHistory(planOf(scenario, version));
      return slots;
    },
  };
};

/**
 * The scenario resolved against the catalogue, as the interpreter's Python version documents it; with `bug`,
 * as that known upstream bug makes the interpreter run it (see Operation.bugs).
 */
export const planOf = (scenario: Scenario, version?: string, bug?: string): Plan => {
  // What a bug's model may know of the scenario (built only for a bug's plan).
  const context = bug === undefined ? undefined : bugContext(scenario, version);
  // Keys with a Python __eq__ anywhere in the scenario: operations that compare keys under the lock may let it go.
  const pythonEq = holdsPythonEqKey(scenario.initial) || scenario.threads.some((ops) => ops.some((c) => holdsPythonEqKey(c.args)));
  return {
    container: scenario.container,
    initial: modelInitial(scenario.container, scenario.initial),
    threads: scenario.threads.map((ops) =>
      ops.map((call) => {
        const documented = operationWithPythonEq(operationFor(operation(call.op), version), pythonEq);
        const op = bug === undefined || !context ? documented : operationWithBug(documented, bug, context);
        return { op, args: call.args, locked: isLocked(scenario, op) };
      })),
  };
};
