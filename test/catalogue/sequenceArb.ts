import fc from 'fast-check';
import { baseOf, shapeOf } from '../../src/catalogue/containerKind.ts';
import { modelInitial } from '../../src/catalogue/encodeState.ts';
import type { ArgKind, ContainerState, ContainerType, Operation } from '../../src/catalogue/operation.ts';
import type { PyValue } from '../../src/catalogue/pyValue.ts';
import type { OpCall, Scenario } from '../../src/scenario/scenario.ts';
import type { SerialSequence } from './serialSequence.ts';

// Small domains, so that operations keep meeting the same elements: keys 0..3 or 'a'..'c' (one kind per
// sequence, shared by both objects of a pair: Python cannot sort a set of ints and strings), values 0..3,
// indexes -3..4.
const value = fc.integer({ min: 0, max: 3 });
const index = fc.integer({ min: -3, max: 4 });
export const intKey = fc.integer({ min: 0, max: 3 });
export const strKey = fc.constantFrom('a', 'b', 'c');

const argArb = (kind: ArgKind, key: fc.Arbitrary<PyValue>): fc.Arbitrary<PyValue> => {
  switch (kind) {
    case 'key': return key;
    case 'value': return value;
    case 'index': return index;
    case 'count': return fc.integer({ min: 0, max: 2 });
    case 'values': return fc.array(value, { maxLength: 3 });
    case 'keys': return fc.array(key, { maxLength: 3 });
    case 'items':
      return fc.uniqueArray(fc.tuple(key, value), { maxLength: 3, selector: ([k]) => k })
        .map((d) => ({ d }));
  }
};

export const callArb = (op: Operation, key: fc.Arbitrary<PyValue>): fc.Arbitrary<OpCall> =>
  fc.tuple(...op.args.map((kind) => argArb(kind, key))).map((args) => ({ op: op.id, args }));

/** The key kinds a sequence may draw from: lists (and their pairs) hold ints only. */
export const keysFor = (container: ContainerType): fc.Arbitrary<fc.Arbitrary<PyValue>> =>
  baseOf(container) === 'list' ? fc.constant(intKey) : fc.constantFrom(intKey, strKey);

/**
 * An initial value as a scenario holds it (modelInitial turns it into the model's state): a container;
 * [c, o] for a pair, both drawn alike; the list under a shared iterator.
 */
export const initialArb = (container: ContainerType, key: fc.Arbitrary<PyValue>): fc.Arbitrary<Scenario['initial']> => {
  const base = baseOf(container);
  if (shapeOf(container) === 'pair') {
    return fc.tuple(initialArb(base, key), initialArb(base, key)) as unknown as fc.Arbitrary<Scenario['initial']>;
  }
  if (base === 'list') return fc.array(value, { maxLength: 5 });
  if (base === 'set') return fc.uniqueArray(key, { maxLength: 4 });
  return fc.uniqueArray(fc.tuple(key, value), { maxLength: 4, selector: ([k]) => k });
};

/**
 * Any model state a serial run can reach: the initial ones, and for a shared iterator any position,
 * -1 (exhausted) or past the end of a list that shrank.
 */
export const modelStateArb = (container: ContainerType, key: fc.Arbitrary<PyValue>): fc.Arbitrary<ContainerState> =>
  shapeOf(container) === 'iter'
    ? fc.tuple(initialArb(container, key), fc.integer({ min: -1, max: 6 })) as unknown as fc.Arbitrary<ContainerState>
    : initialArb(container, key).map((initial) => modelInitial(container, initial));

/** A sequence on `container` that calls `focus` at least once among random operations of the container. */
export const sequenceArb = (container: ContainerType, ops: readonly Operation[], focus: Operation):
fc.Arbitrary<SerialSequence> =>
  keysFor(container).chain((key) => {
    const any = fc.oneof(...ops.map((op) => callArb(op, key)));
    return fc.tuple(initialArb(container, key), fc.array(any, { maxLength: 5 }),
      fc.array(callArb(focus, key), { minLength: 1, maxLength: 2 }), fc.array(any, { maxLength: 3 }))
      .map(([initial, before, focused, after]) => ({ container, initial, calls: [...before, ...focused, ...after] }));
  });

/** `perOp` sequences focused on each operation of the container: every one of them runs in each batch. */
export const batchArb = (container: ContainerType, ops: readonly Operation[], perOp: number):
fc.Arbitrary<SerialSequence[]> =>
  fc.tuple(...ops.map((op) => fc.array(sequenceArb(container, ops, op), { minLength: perOp, maxLength: perOp })))
    .map((groups) => groups.flat());
