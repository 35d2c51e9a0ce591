import type { ContainerState, Operation, StepOut } from '../catalogue/operation.ts';
import type { PyValue } from '../catalogue/pyValue.ts';

/** Run all of an operation's steps back to back (as a serial execution would): every possible end. */
export const applyOp = (op: Operation, state: ContainerState, args: readonly PyValue[]): readonly StepOut[] => {
  let frontier: readonly StepOut[] = [{ state }];
  for (const step of op.steps) frontier = frontier.flatMap((s) => step(s.state, args, s.tmp));
  return frontier;
};
