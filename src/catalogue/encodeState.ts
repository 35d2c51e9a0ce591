import type { ContainerState, ContainerType, DictState } from './operation.ts';
import type { PyValue } from './pyValue.ts';
import { pyCompare } from './pyValue.ts';

/** The container's final state as the generated program encodes it (list -> array, dict -> {d}, set -> {s}). */
export const encodeState = (container: ContainerType, state: ContainerState): PyValue => {
  if (container === 'list') return state as readonly PyValue[];
  if (container === 'dict') return { d: state as DictState };
  return { s: [...(state as readonly PyValue[])].sort(pyCompare) };
};
