import fc from 'fast-check';
import type { ArgKind } from '../src/catalogue/operation.ts';
import type { PyValue } from '../src/catalogue/pyValue.ts';

/** Keys are small ints or one-letter strings (str keys take CPython's unicode-only dict paths). */
export type KeyKind = 'int' | 'str';

// Small domains so that operations of different threads collide on the same keys and values.
export const keyDomain = (kind: KeyKind): readonly PyValue[] => (kind === 'int' ? [0, 1, 2, 3] : ['a', 'b', 'c', 'd']);

export const keyArb = (kind: KeyKind): fc.Arbitrary<PyValue> =>
  kind === 'int' ? fc.integer({ min: 0, max: 3 }) : fc.constantFrom('a', 'b', 'c', 'd');

export const valueArb: fc.Arbitrary<number> = fc.integer({ min: 0, max: 3 });

/** One argument of an operation, drawn from the small domain of its kind. */
export const argumentArb = (kind: ArgKind, keys: KeyKind): fc.Arbitrary<PyValue> => {
  switch (kind) {
    case 'key': return keyArb(keys);
    case 'value': return valueArb;
    case 'index': return fc.integer({ min: -2, max: 3 });
    case 'count': return fc.integer({ min: 0, max: 2 });
    case 'values': return fc.array(valueArb, { maxLength: 3 });
    case 'keys': return fc.uniqueArray(keyArb(keys), { maxLength: 3, selector: (k) => JSON.stringify(k) });
    case 'items':
      return fc.uniqueArray(fc.tuple(keyArb(keys), valueArb), { maxLength: 3, selector: ([k]) => JSON.stringify(k) })
        .map((d) => ({ d }));
  }
};
