import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Property } from '../../src/engine/property.ts';
import { planUnits } from '../../src/shard/planUnits.ts';
import { shardSelection } from '../../src/shard/shardSelection.ts';
import { shardOf } from '../../src/shard/workUnit.ts';

const prop = (i: number, negative: boolean): Property => ({
  suite: `s${i % 3}`, name: `p${i}`, kind: negative ? 'negative-control' : 'conformance', shape: { containers: ['dict'] },
});
const propsArb = fc.array(fc.boolean(), { minLength: 1, maxLength: 30 }).map((kinds) => kinds.map((n, i) => prop(i, n)));

describe('work units and shards', () => {
  it('every unit falls to exactly one shard, and the shards together are the whole run', () => {
    fc.assert(fc.property(propsArb, fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 12 }),
      (props, interps, scenarios, total) => {
        const units = planUnits({ props, interps, scenarios, secondsPerScenario: 0.25 });
        const whole = shardSelection(units, undefined);
        const covered = new Map<string, number[]>();
        for (let index = 1; index <= total; index++) {
          for (const [key, draws] of shardSelection(units, { index, total })) {
            const mine = Array.from({ length: scenarios * 3 }, (_, d) => d).filter((d) => draws === undefined || draws(d));
            covered.set(key, [...(covered.get(key) ?? []), ...(draws === undefined ? [-1] : mine.filter((d) => d < scenarios))]);
          }
        }
        expect([...covered.keys()].sort()).toEqual([...whole.keys()].sort());
        for (const [key, draws] of covered) {
          // A negative control (all its draws, -1 here) sits whole in one shard; a conformance property's draws are split.
          const expected = draws.includes(-1) ? [-1] : Array.from({ length: scenarios }, (_, d) => d);
          expect(draws.sort((a, b) => a - b), key).toEqual(expected);
        }
      }));
  });

  it('shards are balanced by expected time to within one unit', () => {
    fc.assert(fc.property(propsArb, fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 12 }), (props, scenarios, total) => {
      const units = planUnits({ props, interps: 1, scenarios, secondsPerScenario: 0.5 });
      const load = Array.from({ length: total }, () => 0);
      for (const u of units) load[shardOf(u, total) - 1] += u.weight;
      const whole = units.reduce((a, u) => a + u.weight, 0);
      const biggest = Math.max(...units.map((u) => u.weight));
      for (const l of load) expect(Math.abs(l - whole / total)).toBeLessThanOrEqual(biggest + 1e-9);
    }));
  });

  it('keeps the unsharded order, one unit per draw, and a negative control as one unit', () => {
    const units = planUnits({ props: [prop(0, false), prop(1, true)], interps: 2, scenarios: 2, secondsPerScenario: 1 });
    expect(units.map((u) => [u.interp, u.property, u.draw, u.weight])).toEqual([
      [0, 'p0', 0, 1], [0, 'p0', 1, 1], [0, 'p1', 'all', 2], [1, 'p0', 0, 1], [1, 'p0', 1, 1], [1, 'p1', 'all', 2],
    ]);
    expect(units.map((u) => shardOf(u, 2))).toEqual([1, 1, 1, 2, 2, 2]);
  });
});
