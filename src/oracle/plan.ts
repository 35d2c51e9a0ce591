import type { ContainerState, ContainerType, Operation } from '../catalogue/operation.ts';
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

/**
 * Every item the scenario puts in its container: the initial items (a list's elements, a dict's [key, value]
 * pairs) and its operations' value arguments (one value, or each of a tuple of values), each once (pure).
 */
export const itemsOf = (scenario: Scenario): readonly PyValue[] => {
  const items: PyValue[] = [];
  const add = (v: PyValue) => { if (!items.some((x) => JSON.stringify(x) === JSON.stringify(v))) items.push(v); };
  if (Array.isArray(scenario.initial)) for (const v of scenario.initial as readonly PyValue[]) add(v);
  for (const ops of scenario.threads) {
    for (const call of ops) {
      operation(call.op).args.forEach((kind, i) => {
        const a = call.args[i];
        if (kind === 'value') add(a);
        else if (kind === 'values' && Array.isArray(a)) for (const v of a as readonly PyValue[]) add(v);
      });
    }
  }
  return items;
};

/**
 * The scenario resolved against the catalogue, as the interpreter's Python version documents it; with `bug`,
 * as that known upstream bug makes the interpreter run it (see Operation.bugs).
 */
export const planOf = (scenario: Scenario, version?: string, bug?: string): Plan => {
  // What a bug's model may know of the scenario (built only for a bug's plan).
  const context = bug === undefined ? undefined : { items: itemsOf(scenario), ops: scenario.threads.flatMap((ops) => ops.map((c) => c.op)) };
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
