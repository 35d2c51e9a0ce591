import type { ContainerType, Operation } from './operation.ts';
import { baseOps } from './baseCatalogue.ts';
import { crossOps } from './cross.ts';
import { collectionsOps } from './collections.ts';
import { instanceDictOps } from './instanceDict.ts';
import { fixtureOps } from './fixtures.ts';
import { sharedIteratorOps } from './sharedIterator.ts';
import { dictIteratorOps } from './dictIterator.ts';
import { setIteratorOps } from './setIterator.ts';

/** The catalogue: every operation ftconform knows, the single source of truth. */
export const catalogue: readonly Operation[] = [
  ...baseOps, ...crossOps, ...sharedIteratorOps, ...dictIteratorOps, ...setIteratorOps, ...collectionsOps,
  ...(instanceDictOps as readonly Operation[]), ...fixtureOps,
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
