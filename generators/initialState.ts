import fc from 'fast-check';
import type { ContainerType } from '../src/catalogue/operation.ts';
import type { Scenario } from '../src/scenario/scenario.ts';
import type { PyValue } from '../src/catalogue/pyValue.ts';
import type { Domain } from './argument.ts';
import { baseOf, shapeOf } from '../src/catalogue/containerKind.ts';
import { keyArb, keyDomain, valueArb } from './argument.ts';
import { iterInitialArb } from './iterInitial.ts';

/** How many items an initial state holds: a few, or in a 'large' domain dozens (past a table's resize point). */
const sizes = (dom: Domain) => (dom.size === 'large' ? { minLength: 6, maxLength: 18 } : { maxLength: 3 });

/** A dict's values: a defaultdict(list) holds lists (in the model: arrays), a Counter counts 1..3. */
export const dictValueArb = (container: ContainerType, dom: Domain): fc.Arbitrary<PyValue> =>
  container === 'defaultdict' ? fc.array(valueArb(dom), { maxLength: 2 })
    : container === 'counter' ? fc.integer({ min: 1, max: 3 }) : valueArb(dom);

/** A small initial state: lists of values, dicts with unique keys, sets of keys. */
export const initialStateArb = (container: ContainerType, dom: Domain): fc.Arbitrary<Scenario['initial']> => {
  const shape = shapeOf(container);
  if (shape === 'pair') {
    const base = baseOf(container);
    return fc.tuple(initialStateArb(base, dom), initialStateArb(base, dom)) as unknown as fc.Arbitrary<Scenario['initial']>;
  }
  if (shape === 'iter' && baseOf(container) !== 'list') return iterInitialArb(container, dom, initialStateArb(baseOf(container), dom));
  if (container === 'list' || shape === 'iter') {
    return fc.array(valueArb(dom), dom.size === 'large' ? { minLength: 6, maxLength: 18 } : { maxLength: 4 });
  }
  if (baseOf(container) === 'dict') {
    return fc.uniqueArray(fc.tuple(keyArb(dom), dictValueArb(container, dom)), { ...sizes(dom), selector: ([k]) => JSON.stringify(k) });
  }
  return fc.uniqueArray(keyArb(dom), { ...sizes(dom), selector: (k) => JSON.stringify(k) });
};

/** A container holding every key of the domain (a list: as many items), values drawn. */
export const fullStateArb = (container: ContainerType, dom: Domain): fc.Arbitrary<Scenario['initial']> => {
  const shape = shapeOf(container);
  if (shape === 'pair') {
    const base = baseOf(container);
    return fc.tuple(fullStateArb(base, dom), fullStateArb(base, dom)) as unknown as fc.Arbitrary<Scenario['initial']>;
  }
  if (shape === 'iter' && baseOf(container) !== 'list') return iterInitialArb(container, dom, fullStateArb(baseOf(container), dom));
  const domain = keyDomain(dom);
  const values = fc.array(valueArb(dom), { minLength: domain.length, maxLength: domain.length });
  if (container === 'list' || shape === 'iter') return values;
  if (baseOf(container) === 'dict') {
    return fc.array(dictValueArb(container, dom), { minLength: domain.length, maxLength: domain.length })
      .map((vs) => domain.map((k, i) => [k, vs[i]] as const));
  }
  return fc.constant(domain);
};
