import type { Operation } from './operation.ts';
import { listOps } from './list.ts';
import { listReaderOps } from './listReaders.ts';
import { dictOps } from './dict.ts';
import { dictIterationOps, dictReaderOps } from './dictReaders.ts';
import { setOps } from './set.ts';
import { setReaderOps } from './setReaders.ts';
import { compoundOps } from './compound.ts';

/** Operations on one container; the two-object ones (cross.ts, sharedIterator.ts) are built from them. */
export const baseOps: readonly Operation[] = [
  ...(listOps as readonly Operation[]),
  ...(listReaderOps as readonly Operation[]),
  ...(dictOps as readonly Operation[]),
  ...(dictReaderOps as readonly Operation[]),
  ...(dictIterationOps as readonly Operation[]),
  ...(setOps as readonly Operation[]),
  ...(setReaderOps as readonly Operation[]),
  ...compoundOps,
];

const byId = new Map(baseOps.map((op) => [op.id, op]));

export const operation = (id: string): Operation => {
  const op = byId.get(id);
  if (!op) throw new Error(`unknown operation '${id}'`);
  return op;
};
