import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KEY_KINDS, argumentArb, keyArb, keyDomain } from '../../generators/argument.ts';
import type { Domain, KeyKind } from '../../generators/argument.ts';
import { fullStateArb, initialStateArb } from '../../generators/initialState.ts';
import type { ArgKind, ContainerType } from '../../src/catalogue/operation.ts';
import { pyLiteral } from '../../src/render/pyLiteral.ts';

const inDomain = (dom: Domain) => {
  const keys = new Set(keyDomain(dom).map((k) => JSON.stringify(k)));
  return (k: unknown) => keys.has(JSON.stringify(k));
};
const domainArb = fc.record({
  key: fc.constantFrom<KeyKind>(...KEY_KINDS),
  value: fc.constantFrom<Domain['value']>('small', 'mortal'),
});

describe('argument domains', () => {
  it('each key kind has four distinct keys, written as the program writes them', () => {
    const expected: Record<KeyKind, unknown[]> = {
      int: [0, 1, 2, 3], str: ['a', 'b', 'c', 'd'], mortal: [1000, 1001, 1002, 1003], 'fresh-str': ['~k0', '~k1', '~k2', '~k3'],
      tuple: [['t', 0], ['t', 1], ['t', 2], ['t', 3]], mixed: [0, 'a', 1, 'b'],
      collide: [{ k: 0 }, { k: 1 }, { k: 2 }, { k: 3 }], 'yield-eq': [{ y: 0 }, { y: 1 }, { y: 2 }, { y: 3 }],
    };
    for (const key of KEY_KINDS) expect(keyDomain({ key, value: 'small' })).toEqual(expected[key]);
    // Each kind renders as the run-time constructor that makes a fresh object of it.
    expect(keyDomain({ key: 'collide', value: 'small' }).map(pyLiteral)).toEqual(['_K(0)', '_K(1)', '_K(2)', '_K(3)']);
    expect([1000, '~k0', ['t', 0], { y: 2 }].map((v) => pyLiteral(v as never))).toEqual(['_M(1000)', '_S("~k0")', '_T("t", 0)', '_Y(2)']);
  });

  it('a large domain has 24 keys', () => {
    expect(new Set(keyDomain({ key: 'str', value: 'small', size: 'large' })).size).toBe(24);
    fc.assert(fc.property(keyArb({ key: 'mortal', value: 'small', size: 'large' }), (k) => { expect(k).toBeGreaterThanOrEqual(1000); }));
  });

  it.each<[ArgKind, (v: unknown, dom: Domain) => boolean]>([
    ['value', (v, dom) => (dom.value === 'small' ? [0, 1, 2, 3] : [1000, 1001, 1002, 1003]).includes(v as number)],
    ['index', (v) => Number.isInteger(v) && (v as number) >= -2 && (v as number) <= 3],
    ['count', (v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 2],
    ['values', (v) => Array.isArray(v) && v.length <= 3],
    ['keys', (v, dom) => Array.isArray(v) && v.length <= 3 && new Set(v.map((k) => JSON.stringify(k))).size === v.length && v.every(inDomain(dom))],
    ['items', (v, dom) => {
      const d = (v as { d: [unknown, unknown][] }).d;
      return d.length <= 3 && new Set(d.map(([k]) => JSON.stringify(k))).size === d.length && d.every(([k]) => inDomain(dom)(k));
    }],
  ])('%s arguments stay in their small domain', (kind, ok) => {
    fc.assert(fc.property(domainArb.chain((dom) => fc.tuple(fc.constant(dom), argumentArb(kind, dom))), ([dom, v]) => {
      expect(ok(v, dom)).toBe(true);
    }));
  });

  it('initial states are small, or hold the whole domain when full', () => {
    const arb = fc.tuple(fc.constantFrom<ContainerType>('list', 'dict', 'set'), domainArb)
      .chain(([container, dom]) => fc.tuple(fc.constant(container), initialStateArb(container, dom), fullStateArb(container, dom)));
    fc.assert(fc.property(arb, ([container, s, full]) => {
      expect(s.length).toBeLessThanOrEqual(container === 'list' ? 4 : 3);
      expect(full.length).toBe(4);
    }));
  });
});
