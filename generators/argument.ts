import fc from 'fast-check';
import type { ArgKind } from '../src/catalogue/operation.ts';
import type { PyValue } from '../src/catalogue/pyValue.ts';

import type { KeyKind, ValueKind } from '../src/scenario/scenarioShape.ts';

export type { KeyKind, ValueKind };

/**
 * The domains of one scenario: key and value kinds, and 'small' (four keys, containers of a few items, so
 * that threads collide) or 'large' (24 keys, containers of dozens that cross the tables' resize points).
 */
export interface Domain {
  readonly key: KeyKind;
  readonly value: ValueKind;
  readonly size?: 'small' | 'large';
}

export const SMALL_INT: Domain = { key: 'int', value: 'small' };

export const KEY_KINDS: readonly KeyKind[] = ['int', 'str', 'mortal', 'fresh-str', 'tuple', 'mixed', 'collide', 'yield-eq'];

// Small domains (four of each) so that operations of different threads collide on the same keys and
// values. How each is written in the model is how the program prints it (see src/render/pyLiteral.ts):
// a number from 1000 on is built at run time, a string starting with '~' too, an array starting with 't'
// is a tuple built at run time, {k} and {y} are instances of the colliding key classes.
const LETTERS = 'abcdefghijklmnopqrstuvwx';
const key = (kind: KeyKind, i: number): PyValue => {
  switch (kind) {
    case 'int': return i;
    case 'str': return LETTERS[i];
    case 'mortal': return 1000 + i;
    case 'fresh-str': return `~k${i}`;
    case 'tuple': return ['t', i];
    case 'mixed': return i % 2 === 0 ? i >> 1 : LETTERS[i >> 1];
    case 'collide': return { k: i };
    case 'yield-eq': return { y: i };
  }
};

/** How many keys a domain has. */
export const domainSize = (dom: Domain): number => (dom.size === 'large' ? 24 : 4);

export const keyDomain = (dom: Domain): readonly PyValue[] => Array.from({ length: domainSize(dom) }, (_, i) => key(dom.key, i));

/** The first key is the smallest, so that fast-check shrinks towards it. */
export const keyArb = (dom: Domain): fc.Arbitrary<PyValue> => fc.integer({ min: 0, max: domainSize(dom) - 1 }).map((i) => key(dom.key, i));

const VALUES: Readonly<Record<ValueKind, readonly number[]>> = { small: [0, 1, 2, 3], mortal: [1000, 1001, 1002, 1003] };

export const valueArb = (dom: Domain): fc.Arbitrary<number> => fc.integer({ min: 0, max: 3 }).map((i) => VALUES[dom.value][i]);

const bulk = (dom: Domain): number => (dom.size === 'large' ? 12 : 3);

/** One argument of an operation, drawn from the small domain of its kind. */
export const argumentArb = (kind: ArgKind, dom: Domain): fc.Arbitrary<PyValue> => {
  switch (kind) {
    case 'key': return keyArb(dom);
    case 'value': return valueArb(dom);
    case 'index': return fc.integer({ min: -2, max: 3 });
    case 'count': return fc.integer({ min: 0, max: 2 });
    // Bulk arguments: a few items, or in a 'large' domain enough to grow a table past a resize point.
    case 'values': return fc.array(valueArb(dom), { maxLength: bulk(dom) });
    case 'keys': return fc.uniqueArray(keyArb(dom), { maxLength: bulk(dom), selector: (k) => JSON.stringify(k) });
    case 'items':
      return fc.uniqueArray(fc.tuple(keyArb(dom), valueArb(dom)), { maxLength: bulk(dom), selector: ([k]) => JSON.stringify(k) })
        .map((d) => ({ d }));
  }
};
