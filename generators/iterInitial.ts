import fc from 'fast-check';
import type { ContainerType, DictIterHow } from '../src/catalogue/operation.ts';
import type { PyValue } from '../src/catalogue/pyValue.ts';
import type { Scenario } from '../src/scenario/scenario.ts';
import type { Domain } from './argument.ts';

/**
 * Keys outside the drawn domain, of the same kind (a str-only dict stays on CPython's str-only table), that
 * the program adds and deletes before it makes a dict's iterator (see DictIterInitial).
 */
export const holeKeys = (dom: Domain, n: number): readonly PyValue[] =>
  Array.from({ length: n }, (_, i) => (dom.key === 'str' || dom.key === 'fresh-str' ? `~h${i}` : -1 - i));

/**
 * The initial value of a container with a shared iterator, from a drawn container: a dict's also says
 * which iterator (reversed for 'dict+reviter') and how many holes its entry table gets first (up to 7:
 * enough that the iterator's position lies past a refilled dict's table, where gh-154709 read).
 */
export const iterInitialArb = (container: ContainerType, dom: Domain, of: fc.Arbitrary<unknown>):
fc.Arbitrary<Scenario['initial']> => {
  if (container !== 'dict+iter' && container !== 'dict+reviter') return of as fc.Arbitrary<Scenario['initial']>;
  const how: fc.Arbitrary<DictIterHow> = container === 'dict+reviter' ? fc.constant('reversed')
    : fc.constantFrom('keys', 'values', 'items');
  return fc.tuple(of, how, fc.integer({ min: 0, max: 7 }))
    .map(([items, h, holes]) => [items, h, holeKeys(dom, holes)] as unknown as Scenario['initial']);
};
