import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scenarioArb } from '../../generators/scenario.ts';
import { enumerateOutcomes } from '../../src/oracle/enumerateOutcomes.ts';
import { planOf } from '../../src/oracle/plan.ts';
import { serialOutcomes } from '../../src/oracle/serialOutcomes.ts';
import { INCREMENTS_SERIAL, call, outcome, scenarioOf, twoIncrements } from './scenarioOf.ts';

const subset = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].filter((x) => !b.has(x));

describe('serialOutcomes', () => {
  it('runs whole threads one after another, in every order', () => {
    expect([...serialOutcomes(planOf(twoIncrements()))].sort()).toEqual([...INCREMENTS_SERIAL].sort());
  });

  it('leaves out orders that interleave the operations of one thread with another', () => {
    const s = scenarioOf('list', [[call('list.append', 1), call('list.append', 2)], [call('list.append', 3)]]);
    const serial = serialOutcomes(planOf(s));
    const interleaved = outcome([[null, null], [null]], [1, 3, 2]);
    expect([...serial].sort()).toEqual([
      outcome([[null, null], [null]], [1, 2, 3]),
      outcome([[null, null], [null]], [3, 1, 2]),
    ].sort());
    expect(enumerateOutcomes(planOf(s), 'atomic').outcomes).toContain(interleaved);
  });
});

describe('outcome sets nest: serial ⊆ atomic ⊆ split', () => {
  // Small shapes keep the enumeration cheap; every operation of every container can be drawn.
  const small = scenarioArb({
    containers: ['list', 'dict', 'set'],
    threads: { min: 2, max: 3 },
    opsPerThread: { min: 1, max: 2 },
  });

  it('holds for drawn scenarios of every container and lock mode', () => {
    fc.assert(fc.property(small, (s) => {
      const plan = planOf(s);
      const serial = serialOutcomes(plan);
      const atomic = enumerateOutcomes(plan, 'atomic').outcomes;
      const reached = enumerateOutcomes(plan, 'split');
      const split = reached.outcomes;
      // Locks never leave every thread waiting: the models' waits always end.
      expect(reached.deadlocks).toBe(0);
      expect(serial.size).toBeGreaterThan(0);
      expect(subset(serial, atomic)).toEqual([]);
      expect(subset(atomic, split)).toEqual([]);
    }), { numRuns: 150 });
  });

  it('splitting changes nothing when every operation runs under the lock', () => {
    fc.assert(fc.property(small.map((s) => ({ ...s, lock: 'all' as const })), (s) => {
      const plan = planOf(s);
      expect([...enumerateOutcomes(plan, 'split').outcomes].sort())
        .toEqual([...enumerateOutcomes(plan, 'atomic').outcomes].sort());
    }), { numRuns: 100 });
  });
});
