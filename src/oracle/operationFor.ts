import type { BugContext, Operation } from '../catalogue/operation.ts';
import { compareVersions } from '../catalogue/compareVersions.ts';

/**
 * The operation as the given interpreter runs it: the catalogue's model, or the variant for versions
 * whose C code takes other steps (each variant cites the function that differs). Guarantees first
 * written in a later version's docs are still held against older versions when the older C code keeps
 * them (the models follow the C code, and the 3.13 howto already says the built-in types "use internal
 * locks ... in ways that behave similarly to the GIL").
 */
export const operationFor = (op: Operation, version: string | undefined): Operation => {
  if (version === undefined || !op.variants) return op;
  const variant = op.variants.find((v) => compareVersions(version, v.below) < 0);
  return variant ? { ...op, ...variant.op, model: variant.model } : op;
};

/**
 * The operation as it runs with keys whose __eq__ is Python code (Operation.withPythonEq), or as it is: with
 * such keys "the lock can be released during comparison" (Doc/library/threadsafety.rst#thread-safety-dict).
 */
export const operationWithPythonEq = (op: Operation, pythonEqKeys: boolean): Operation =>
  (pythonEqKeys && op.withPythonEq ? { ...op, ...op.withPythonEq.op, model: op.withPythonEq.model } : op);

/** Whether a value holds a key whose __eq__ is Python code (PyKeyObject {k} or {y}), at any depth. */
export const holdsPythonEqKey = (v: unknown): boolean => {
  if (Array.isArray(v)) return v.some(holdsPythonEqKey);
  if (typeof v !== 'object' || v === null) return false;
  if ('k' in v || 'y' in v) return true;
  return Object.values(v).some(holdsPythonEqKey);
};

/**
 * The operation as a known upstream bug makes the interpreter run it (Operation.bugs), or as it is without one;
 * `scenario` is what the bug's model may know of the scenario (see OperationBug.op).
 */
export const operationWithBug = (op: Operation, issue: string, scenario: BugContext = { slots: () => [], ops: [] }): Operation => {
  const bug = op.bugs?.find((b) => b.issue === issue);
  return bug ? { ...op, ...(typeof bug.op === 'function' ? bug.op(scenario) : bug.op), model: bug.model } : op;
};

/** Which documentation the expectations of these operations came from, for reports. */
export const expectationsFrom = (ops: readonly Operation[], version: string): string => {
  const minor = version.split('.').slice(0, 2).join('.');
  const since = [...new Set(ops.map((op) => op.doc.since))].sort(compareVersions);
  const applied = since.filter((v) => compareVersions(minor, v) >= 0);
  const later = since.filter((v) => compareVersions(minor, v) < 0);
  return `Python ${minor}: guarantees documented since ${applied.join(', ') || '-'}`
    + (later.length ? `; statements first made in the ${later.join(', ')} docs held where the ${minor} C code keeps them (models cite it)` : '');
};
