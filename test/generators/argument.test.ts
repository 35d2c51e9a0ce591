import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { argumentArb, keyArb } from '../../generators/argument.ts';
import { initialStateArb } from '../../generators/initialState.ts';
import type { KeyKind } from '../../generators/argument.ts';
import type { ArgKind, ContainerType } from '../../src/catalogue/operation.ts';

const isKey = (k: unknown) => (typeof k === 'number' && k >= 0 && k <= 3) || ['a', 'b', 'c', 'd'].includes(k as string);

describe('argument domains', () => {
  it('int keys are 0..3, str keys one letter a..d', () => {
    fc.assert(fc.property(keyArb('int'), (k) => { expect(Number.isInteger(k) && isKey(k)).toBe(true); }));
    fc.assert(fc.property(keyArb('str'), (k) => { expect(typeof k === 'string' && isKey(k)).toBe(true); }));
  });

  it.each<[ArgKind, (v: unknown) => boolean]>([
    ['value', (v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 3],
    ['index', (v) => Number.isInteger(v) && (v as number) >= -2 && (v as number) <= 3],
    ['count', (v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 2],
    ['values', (v) => Array.isArray(v) && v.length <= 3],
    ['keys', (v) => Array.isArray(v) && v.length <= 3 && new Set(v).size === v.length && v.every(isKey)],
    ['items', (v) => {
      const d = (v as { d: [unknown, unknown][] }).d;
      return d.length <= 3 && new Set(d.map(([k]) => k)).size === d.length && d.every(([k]) => isKey(k));
    }],
  ])('%s arguments stay in their small domain', (kind, ok) => {
    const arb = fc.constantFrom<KeyKind>('int', 'str').chain((keys) => argumentArb(kind, keys));
    fc.assert(fc.property(arb, (v) => { expect(ok(v)).toBe(true); }));
  });

  it('initial states are small', () => {
    const arb = fc.tuple(fc.constantFrom<ContainerType>('list', 'dict', 'set'), fc.constantFrom<KeyKind>('int', 'str'))
      .chain(([container, keys]) => fc.tuple(fc.constant(container), initialStateArb(container, keys)));
    fc.assert(fc.property(arb, ([container, s]) => {
      expect(s.length).toBeLessThanOrEqual(container === 'list' ? 4 : 3);
    }));
  });
});
