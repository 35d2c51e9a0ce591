import type { ContainerType, Operation } from './operation.ts';
import { dictOps } from './dict.ts';

/** The catalogue: every operation ftconform knows, the single source of truth. */
export const catalogue: readonly Operation[] = [...(dictOps as readonly Operation[])];

const byId = new Map(catalogue.map((op) => [op.id, op]));

export const operation = (id: string): Operation => {
  const op = byId.get(id);
  if (!op) throw new Error(`unknown operation '${id}'`);
  return op;
};

export const operationsOf = (container: ContainerType): readonly Operation[] =>
  catalogue.filter((op) => op.container === container);
