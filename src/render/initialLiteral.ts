import type { ContainerType } from '../catalogue/operation.ts';
import type { PyValue } from '../catalogue/pyValue.ts';
import type { Scenario } from '../scenario/scenario.ts';
import { pyList, pyLiteral } from './pyLiteral.ts';

/** The Python literal that builds a fresh container in the scenario's initial state. */
export const initialLiteral = (container: ContainerType, initial: Scenario['initial']): string => {
  if (container === 'list') return pyList(initial as readonly PyValue[]);
  if (container === 'dict') return pyLiteral({ d: initial as readonly (readonly [PyValue, PyValue])[] });
  return pyLiteral({ s: initial as readonly PyValue[] });
};

/** The prelude function that freezes the container's final state into a hashable outcome. */
export const freezeFunction = (container: ContainerType): string =>
  container === 'list' ? 'tuple' : container === 'dict' ? 'FD' : 'FS';
