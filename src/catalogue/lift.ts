import type { ContainerState, ContainerType, Operation, Step, WindowCheck } from './operation.ts';

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
  };
};
