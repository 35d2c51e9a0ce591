import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/catalogue/compareVersions.ts';

const version = fc.tuple(fc.nat(40), fc.nat(40), fc.nat(40)).map((p) => p.join('.'));

describe('compareVersions', () => {
  it('orders numerically, not as text', () => {
    expect(compareVersions('3.9.1', '3.13.0')).toBeLessThan(0);
    expect(compareVersions('3.13', '3.13.0')).toBe(0);
  });

  it('is antisymmetric and agrees with sorting by number tuples', () => {
    fc.assert(fc.property(version, version, (a, b) => {
      // (0 - sign: `toBe` tells -0 from 0, which equal versions give.)
      expect(Math.sign(compareVersions(a, b))).toBe(0 - Math.sign(compareVersions(b, a)));
      const [x, y] = [a, b].map((v) => v.split('.').map(Number));
      const byTuple = x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
      expect(Math.sign(compareVersions(a, b))).toBe(Math.sign(byTuple));
    }));
  });
});
