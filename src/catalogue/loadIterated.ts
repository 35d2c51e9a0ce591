import type { ContainerState, StepOut } from './operation.ts';

/**
 * The first step of a shared dict or set iterator's next(): the load of the container it iterates (di_dict in
 * dictiter_iternextkey/value/item and dictreviter_iternext, si_set in setiter_iternext); NULL, the iterator
 * exhausted for good, is StopIteration. A thread that passed it keeps its container whatever the others do next,
 * as CPython's does. The state is [container, iterator info].
 */
export const loadIterated = <S extends ContainerState>(state: S): StepOut<S>[] =>
  ((state as unknown as readonly [unknown, { readonly done?: boolean }])[1].done ? [{ state, result: null, finish: true }] : [{ state }]);
