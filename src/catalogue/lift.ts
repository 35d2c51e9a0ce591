import type { BugContext, BugParts, ContainerState, ContainerType, Operation, OperationBug, Step, WindowCheck } from './operation.ts';
import type { PyValue } from './pyValue.ts';

const placeholder = (i: number) => `__ftconform_arg${i}__`;

/** Rewrite the container variable `c` in an operation's Python lines (to `o`, `c.__dict__`), leaving literals alone. */
export const renameContainer = (python: Operation['python'], to: string): Operation['python'] => (args) =>
  python(args.map((_, i) => placeholder(i)))
    .map((line) => line.replace(/\bc\b/g, to))
    .map((line) => args.reduce((l, a, i) => l.split(placeholder(i)).join(a), line));

/**
 * A step on part `k` of a two-part state, as a step on the whole state. The other part comes last in the
 * arguments (cross-object operations read it; single-container ones ignore it).
 */
export const liftStep = (step: Step, k: 0 | 1): Step => (state, args, tmp) => {
  const parts = state as unknown as readonly unknown[];
  return step(parts[k] as ContainerState, [...args, parts[1 - k] as never], tmp).map((b) => ({
    ...b,
    state: parts.map((p, j) => (j === k ? b.state : p)) as unknown as ContainerState,
  }));
};

const liftWindow = (check: WindowCheck, k: 0 | 1): WindowCheck => (r, window, args) =>
  check(r, window.map((s) => (s as unknown as readonly ContainerState[])[k]), args);

/**
 * A single-container operation applied to one part of a two-object scenario: `c` (part 0) or `o`
 * (part 1) of a pair, or the list `c` of a list with a shared iterator. Same guarantee, same doc; its
 * locked steps take that object's lock.
 */
export const lift = (op: Operation, container: ContainerType, part: 'c' | 'o'): Operation => {
  const k = part === 'c' ? 0 : 1;
  return {
    ...op,
    id: `${container}:${part}.${op.id.split('.').slice(1).join('.')}`,
    container,
    label: part === 'o' ? op.label.replace(/^(lst|d|s)\b/, 'o') : op.label,
    python: part === 'o' ? renameContainer(op.python, 'o') : op.python,
    steps: op.steps.map((s) => liftStep(s, k)),
    lockParts: [k],
    window: op.window && liftWindow(op.window, k),
    variants: op.variants?.map((v) => (v.op.steps ? { ...v, op: { ...v.op, steps: v.op.steps.map((s) => liftStep(s, k)) } } : v)),
    bugs: op.bugs?.map((b) => mapBugSteps(b, (s) => liftStep(s, k))),
    withPythonEq: mapPythonEqSteps(op.withPythonEq, (s) => liftStep(s, k)),
  };
};

/** The Python-__eq__ model (Operation.withPythonEq) with each of its steps mapped. */
const mapPythonEqSteps = (w: Operation['withPythonEq'], f: (s: Step) => Step): Operation['withPythonEq'] =>
  (w?.op.steps ? { ...w, op: { ...w.op, steps: w.op.steps.map(f) } } : w);

/** A known bug's model with each of its steps mapped (see OperationBug.op). */
const mapBugSteps = (b: OperationBug, f: (s: Step) => Step): OperationBug => {
  const parts = (p: BugParts): BugParts => (p.steps ? { ...p, steps: p.steps.map(f) } : p);
  const op = b.op;
  return { ...b, op: typeof op === 'function' ? (scenario: BugContext) => parts(op(scenario)) : parts(op) };
};

/** What the shared iterator of a dict+iter or set+iter state knows about: the container's keys. */
const membersKey = (state: ContainerState): string => {
  const c = (state as unknown as readonly (readonly unknown[])[])[0];
  return JSON.stringify(c.map((x) => (Array.isArray(x) ? x[0] : x)));
};

const withInexactIterator = (state: ContainerState): ContainerState => {
  const [c, it] = state as unknown as readonly [unknown, { readonly exact: boolean }];
  return (it.exact ? [c, { ...it, exact: false }] : state) as unknown as ContainerState;
};

/** A step that marks the shared iterator inexact once it changes the container's keys (see liftTracked). */
const tracked = (step: Step): Step => {
  const out = (state: ContainerState, args: readonly PyValue[], tmp: PyValue | undefined) => {
    const before = membersKey(state);
    return step(state, args, tmp).map((b) => (membersKey(b.state) === before ? b : { ...b, state: withInexactIterator(b.state) }));
  };
  return out;
};

/**
 * A single-container writer on `c` of a dict or set with a shared iterator (dict+iter, set+iter): as
 * `lift`, and a step that changes the container's keys (members) also marks the iterator inexact. The
 * iterator object itself is not written (CPython's writers never touch it); the flag is what the model
 * knows of the entry table the iterator walks (DictIterInfo.exact, SetIterInfo.exact), which that write
 * changed in ways the model does not keep (holes, reused entries, a resize).
 */
export const liftTracked = (op: Operation, container: ContainerType): Operation => {
  const lifted = lift(op, container, 'c');
  return {
    ...lifted,
    steps: lifted.steps.map(tracked),
    variants: lifted.variants?.map((v) => (v.op.steps ? { ...v, op: { ...v.op, steps: v.op.steps.map(tracked) } } : v)),
    bugs: lifted.bugs?.map((b) => mapBugSteps(b, tracked)),
    withPythonEq: mapPythonEqSteps(lifted.withPythonEq, tracked),
  };
};
