import fc from 'fast-check';
import { baseOf, shapeOf } from '../../src/catalogue/containerKind.ts';
import { modelInitial } from '../../src/catalogue/encodeState.ts';
import type { ArgKind, ContainerState, ContainerType, Operation } from '../../src/catalogue/operation.ts';
import type { PyValue } from '../../src/catalogue/pyValue.ts';
import type { OpCall, Scenario } from '../../src/scenario/scenario.ts';
import type { SerialSequence } from './serialSequence.ts';
import { KEY_KINDS, keyArb, valueArb, type KeyKind, type ValueKind } from '../../generators/argument.ts';
import { holeKeys } from '../../generators/iterInitial.ts';

// Small domains, so that operations keep meeting the same elements: the keys of one of the generators' key
// kinds (one kind per sequence, shared by both objects of a pair), small or mortal values, indexes -3..4.
const index = fc.integer({ min: -3, max: 4 });

/** What a sequence draws its keys and values from. */
export interface SeqDomain {
  readonly kind: KeyKind;
  readonly key: fc.Arbitrary<PyValue>;
  readonly value: fc.Arbitrary<PyValue>;
}

const argArb = (kind: ArgKind, dom: SeqDomain): fc.Arbitrary<PyValue> => {
  switch (kind) {
    case 'key': return dom.key;
    case 'value': return dom.value;
    case 'index': return index;
    case 'count': return fc.integer({ min: 0, max: 2 });
    case 'values': return fc.array(dom.value, { maxLength: 3 });
    case 'keys': return fc.array(dom.key, { maxLength: 3 });
    case 'items':
      return fc.uniqueArray(fc.tuple(dom.key, dom.value), { maxLength: 3, selector: ([k]) => JSON.stringify(k) })
        .map((d) => ({ d }));
  }
};

export const callArb = (op: Operation, dom: SeqDomain): fc.Arbitrary<OpCall> =>
  fc.tuple(...op.args.map((kind) => argArb(kind, dom))).map((args) => ({ op: op.id, args }));

/** The domains a sequence may draw from: every key kind, small or mortal values. */
export const keysFor = (container: ContainerType): fc.Arbitrary<SeqDomain> =>
  fc.record({ key: fc.constantFrom<KeyKind>(...(baseOf(container) === 'list' ? ['int' as const]
    : container === 'instdict' ? ['str' as const, 'fresh-str' as const] : KEY_KINDS)),
    value: fc.constantFrom<ValueKind>('small', 'mortal') })
    .map((dom) => ({ kind: dom.key, key: keyArb(dom), value: valueArb(dom) as fc.Arbitrary<PyValue> }));

/**
 * An initial value as a scenario holds it (modelInitial turns it into the model's state): a container;
 * [c, o] for a pair, both drawn alike; the container under a shared iterator (a dict's with which
 * iterator and its holes).
 */
export const initialArb = (container: ContainerType, dom: SeqDomain): fc.Arbitrary<Scenario['initial']> => {
  const base = baseOf(container);
  if (shapeOf(container) === 'pair') {
    return fc.tuple(initialArb(base, dom), initialArb(base, dom)) as unknown as fc.Arbitrary<Scenario['initial']>;
  }
  if (container === 'dict+iter' || container === 'dict+reviter') {
    const how = container === 'dict+reviter' ? fc.constant('reversed') : fc.constantFrom('keys', 'values', 'items');
    // At most 5 entries with the holes, and none in an empty dict: a reversed iterator's position stays
    // inside the smallest entry table (5 entries; an emptied dict's shared empty table has none) — past it
    // an interpreter older than 3.13.15 reads out of bounds (gh-154709) and crashes. The iterators suite
    // goes past it.
    const most = (items: unknown[]) => (items.length === 0 ? 0 : 5 - items.length);
    return initialArb('dict', dom).chain((items) => fc.tuple(how, fc.integer({ min: 0, max: most(items as unknown[]) }))
      .map(([h, n]) => [items, h, holeKeys({ key: dom.kind, value: 'small' }, n)] as unknown as Scenario['initial']));
  }
  if (shapeOf(container) === 'iter' && base === 'set') return initialArb('set', dom);
  if (base === 'list') return fc.array(dom.value, { maxLength: 5 });
  if (base === 'set') return fc.uniqueArray(dom.key, { maxLength: 4, selector: (k) => JSON.stringify(k) });
  // A defaultdict(list) holds lists, a Counter positive counts.
  const value: fc.Arbitrary<PyValue> = container === 'defaultdict' ? fc.array(dom.value, { maxLength: 2 })
    : container === 'counter' ? fc.integer({ min: 1, max: 3 }) : dom.value;
  return fc.uniqueArray(fc.tuple(dom.key, value), { maxLength: 4, selector: ([k]) => JSON.stringify(k) });
};

/** A dict or set iterator's fields, anything a run (threads racing on it included) could leave. */
const iterFieldsArb = (container: ContainerType, state: ContainerState): fc.Arbitrary<ContainerState> => {
  const [c, it] = state as unknown as readonly [readonly PyValue[], Record<string, unknown>];
  const common = { used: fc.integer({ min: -1, max: 5 }), done: fc.boolean(), exact: fc.boolean() };
  const fields = baseOf(container) === 'dict'
    // A reversed iterator's position goes down to -1.
    ? fc.record({ ...common, pos: fc.integer({ min: -1, max: 5 }), yields: fc.integer({ min: 0, max: 6 }) })
    // A set iterator's position counts slots from 0; while exact, into the order it has seen (some of the
    // members, each once).
    : fc.record({ ...common, order: fc.shuffledSubarray([...c]) })
      .chain((f) => fc.integer({ min: 0, max: f.exact ? f.order.length : 5 }).map((pos) => ({ ...f, pos })));
  return fields.map((f) => [c, { ...it, ...f }] as unknown as ContainerState);
};

/**
 * Any model state a serial run can reach: the initial ones, and for a shared iterator any position,
 * -1 (exhausted) or past the end of a list that shrank; for a dict or set iterator any fields.
 */
export const modelStateArb = (container: ContainerType, key: SeqDomain): fc.Arbitrary<ContainerState> => {
  if (shapeOf(container) !== 'iter') return initialArb(container, key).map((initial) => modelInitial(container, initial));
  if (baseOf(container) === 'list') {
    return fc.tuple(initialArb(container, key), fc.integer({ min: -1, max: 6 })) as unknown as fc.Arbitrary<ContainerState>;
  }
  return initialArb(container, key).chain((initial) => iterFieldsArb(container, modelInitial(container, initial)));
};

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
