import type { ContainerType, Operation } from './operation.ts';
import { listOps } from './list.ts';
import { dictOps } from './dict.ts';
import { setOps } from './set.ts';
import { compoundOps } from './compound.ts';
import { fixtureOps } from './fixtures.ts';

/** The catalogue: every operation ftconform knows, the single source of truth. */
export const catalogue: readonly Operation[] = [
  ...(listOps as readonly Operation[]),
  ...(dictOps as readonly Operation[]),
  ...(setOps as readonly Operation[]),
  ...compoundOps,
  ...fixtureOps,
];

const byId = new Map(catalogue.map((op) => [op.id, op]));

export const operation = (id: string): Operation => {
  const op = byId.get(id);
  if (!op) throw new Error(`unknown operation '${id}'`);
  return op;
};

/** The container's operations; broken fixtures only when asked for by id. */
export const operationsOf = (container: ContainerType, ids?: readonly string[]): readonly Operation[] =>
  catalogue.filter((op) => op.container === container && (ids ? ids.includes(op.id) : !op.fixture));
