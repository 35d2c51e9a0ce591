import { describe, expect, it } from 'vitest';
import { catalogue, operation } from '../../src/catalogue/catalogue.ts';
import type { ContainerState, Operation, StepOut } from '../../src/catalogue/operation.ts';
import type { PyValue } from '../../src/catalogue/pyValue.ts';
import { operationWithPythonEq } from '../../src/oracle/operationFor.ts';

/** Runs a model to its end, one branch (the first) at every step. */
const runAll = (op: Operation, state: ContainerState, args: readonly PyValue[]): StepOut[] => {
  const seen: StepOut[] = [];
  let s = state, tmp: PyValue | undefined, j = 0;
  for (;;) {
    const [b] = op.steps[j](s, args, tmp);
    seen.push(b);
    s = b.state; tmp = b.tmp;
    if (!b.again) j += 1;
    if (j >= op.steps.length || b.finish) return seen;
  }
};

const Y = (n: number): PyValue => ({ y: n });
const OTHER = { d: [[Y(1), 1], [Y(2), 2]] } as unknown as PyValue;

describe('models with keys whose __eq__ is Python code (withPythonEq)', () => {
  it('only operations that compare keys under a lock have one', () => {
    const ops = catalogue.filter((op) => op.withPythonEq);
    expect(ops.map((op) => op.id)).toEqual(expect.arrayContaining(['dict.update', 'dict.ior', 'dict+iter:c.update', 'instdict.update']));
    for (const op of ops) expect(op.comparesUnderLock, op.id).toBe(true);
  });

  it('d.update: one insert per step into the dict as it is then, not holding the lock between them', () => {
    const op = operationWithPythonEq(operation('dict.update'), true);
    expect(op.holdsLock).toBe(false);
    const steps = runAll(op, [[Y(0), 0]] as unknown as ContainerState, [OTHER]);
    expect(steps.map((b) => b.state)).toEqual([[[Y(0), 0], [Y(1), 1]], [[Y(0), 0], [Y(1), 1], [Y(2), 2]]]);
    expect(steps.at(-1)!.result).toBeNull();
    // Without such keys: the staged merge under the lock.
    expect(operationWithPythonEq(operation('dict.update'), false).holdsLock).toBe(true);
  });

  it('lifted to a dict with a shared iterator, it writes the dict and marks the iterator inexact', () => {
    const op = operationWithPythonEq(operation('dict+iter:c.update'), true);
    const it0 = { exact: true, done: false, marker: 1 };
    const [first] = runAll(op, [[[Y(0), 0]], it0] as unknown as ContainerState, [OTHER]);
    const [c, it] = first.state as unknown as [unknown, typeof it0];
    expect(c).toEqual([[Y(0), 0], [Y(1), 1]]);
    expect(it).toEqual({ ...it0, exact: false });
  });
});
