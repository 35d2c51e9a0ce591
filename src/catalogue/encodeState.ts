import type { BaseType, ContainerState, ContainerType, DictState, IterState, PairState, SetState } from './operation.ts';
import type { PyValue } from './pyValue.ts';
import { pyCompare } from './pyValue.ts';
import { baseOf, shapeOf } from './containerKind.ts';
import { dictIterInitial, setIterInitial, type DictIterInitial } from './iterInitial.ts';

const encodeBase = (base: BaseType, state: ContainerState): PyValue => {
  if (base === 'list') return state as readonly PyValue[];
  if (base === 'dict') return { d: state as DictState };
  return { s: [...(state as readonly PyValue[])].sort(pyCompare) };
};

/**
 * The final state as the generated program encodes it: list -> array, dict -> {d}, set -> {s};
 * a pair -> [c, o]; a container with a shared iterator -> the container (the iterator is not observable).
 */
export const encodeState = (container: ContainerType, state: ContainerState): PyValue => {
  const shape = shapeOf(container), base = baseOf(container);
  if (shape === 'pair') {
    const [c, o] = state as unknown as PairState;
    return [encodeBase(base, c), encodeBase(base, o)];
  }
  if (shape === 'iter') return encodeBase(base, (state as unknown as IterState)[0]);
  return encodeBase(base, state);
};

/** Every base-kind container inside a state (for the universe of elements). */
export const containersIn = (container: ContainerType, state: ContainerState): readonly ContainerState[] => {
  const shape = shapeOf(container);
  if (shape === 'pair') return state as unknown as PairState;
  if (shape === 'iter') return [(state as unknown as IterState)[0]];
  return [state];
};

/** A set's members in the model's canonical (sorted) order. */
const canonical = (base: BaseType, s: unknown): unknown =>
  (base === 'set' ? [...(s as readonly PyValue[])].sort(pyCompare) : s);

/**
 * The model's initial state for a scenario's initial value (sets sorted): a shared list iterator starts at
 * 0; a dict or set iterator as its iterInitial says.
 */
export const modelInitial = (container: ContainerType, initial: unknown): ContainerState => {
  const shape = shapeOf(container), base = baseOf(container);
  if (shape === 'iter') {
    if (base === 'list') return [initial, 0] as unknown as ContainerState;
    if (base === 'dict') return dictIterInitial(initial as DictIterInitial) as unknown as ContainerState;
    return setIterInitial(canonical(base, initial) as SetState) as unknown as ContainerState;
  }
  if (shape === 'pair') return (initial as readonly unknown[]).map((p) => canonical(base, p)) as unknown as ContainerState;
  return canonical(base, initial) as ContainerState;
};
