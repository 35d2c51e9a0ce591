import fc from 'fast-check';
import type { Operation } from '../src/catalogue/operation.ts';
import type { OpCall } from '../src/scenario/scenario.ts';
import type { Domain } from './argument.ts';
import { argumentArb } from './argument.ts';

/** A call of one of the given operations with arguments drawn from their kinds' domains. */
export const opCallArb = (ops: readonly Operation[], dom: Domain): fc.Arbitrary<OpCall> =>
  fc.oneof(...ops.map((op) => fc.tuple(...op.args.map((kind) => argumentArb(kind, dom)))
    .map((args): OpCall => ({ op: op.id, args }))));
