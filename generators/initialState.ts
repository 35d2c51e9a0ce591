import fc from 'fast-check';
import type { ContainerType } from '../src/catalogue/operation.ts';
import type { Scenario } from '../src/scenario/scenario.ts';
import type { KeyKind } from './argument.ts';
import { baseOf, shapeOf } from '../src/catalogue/containerKind.ts';
import { keyArb, keyDomain, valueArb } from './argument.ts';
import { iterInitialArb } from './iterInitial.ts';

/** A small initial state: lists of ints, dicts with unique keys, sets of keys. */
export const initialStateArb = (container: ContainerType, keys: KeyKind): fc.Arbitrary<Scenario['initial']> => {
  const shape = shapeOf(container);
  if (shape === 'pair') {
    const base = baseOf(container);
    return fc.tuple(initialStateArb(base, keys), initialStateArb(base, keys)) as unknown as fc.Arbitrary<Scenario['initial']>;
  }
  if (shape === 'iter' && baseOf(container) !== 'list') return iterInitialArb(container, keys, initialStateArb(baseOf(container), keys));
  if (container === 'list' || shape === 'iter') return fc.array(valueArb, { maxLength: 4 });
  if (container === 'dict') {
    return fc.uniqueArray(fc.tuple(keyArb(keys), valueArb), { maxLength: 3, selector: ([k]) => JSON.stringify(k) });
  }
  return fc.uniqueArray(keyArb(keys), { maxLength: 3, selector: (k) => JSON.stringify(k) });
};

/** A container holding every key of the domain (a list: as many items), values drawn. */
export const fullStateArb = (container: ContainerType, keys: KeyKind): fc.Arbitrary<Scenario['initial']> => {
  const shape = shapeOf(container);
  if (shape === 'pair') {
    const base = baseOf(container);
    return fc.tuple(fullStateArb(base, keys), fullStateArb(base, keys)) as unknown as fc.Arbitrary<Scenario['initial']>;
  }
  if (shape === 'iter' && baseOf(container) !== 'list') return iterInitialArb(container, keys, fullStateArb(baseOf(container), keys));
  const domain = keyDomain(keys);
  if (container === 'list' || shape === 'iter') return fc.array(valueArb, { minLength: domain.length, maxLength: domain.length });
  if (container === 'dict') return fc.array(valueArb, { minLength: domain.length, maxLength: domain.length }).map((vs) => domain.map((k, i) => [k, vs[i]] as const));
  return fc.constant(domain);
};
