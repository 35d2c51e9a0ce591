import { describe, expect, it } from 'vitest';
import { expectationsOf, finalMultiset, maskWeak } from '../../src/oracle/expectations.ts';
import { planOf } from '../../src/oracle/plan.ts';
import type { LockMode } from '../../src/scenario/scenario.ts';
import { call, scenarioOf, twoIncrements } from './scenarioOf.ts';

const lenDuringUpdate = (lock: LockMode) =>
  scenarioOf('dict', [[call('dict.update', { d: [[1, 0], [2, 0]] })], [call('dict.len')]], { lock });

describe('expectationsOf', () => {
  it('marks a lock-free read racing an intermediate writer as weak', () => {
    expect(expectationsOf(planOf(lenDuringUpdate('none'))).weak).toEqual([[1, 0]]);
  });

  it('a read is not weak when everything runs under the lock', () => {
    expect(expectationsOf(planOf(lenDuringUpdate('all'))).weak).toEqual([]);
  });

  it('a read racing only single-step writers is not weak', () => {
    const s = scenarioOf('dict', [[call('dict.setitem', 1, 1)], [call('dict.len')]]);
    expect(expectationsOf(planOf(s)).weak).toEqual([]);
  });

  it('flags unlocked "safe" writers, and not locked ones', () => {
    expect(expectationsOf(planOf(lenDuringUpdate('none'))).safeWriters).toBe(true);
    expect(expectationsOf(planOf(lenDuringUpdate('all'))).safeWriters).toBe(false);
    expect(expectationsOf(planOf(twoIncrements())).safeWriters).toBe(false);
  });
});

describe('maskWeak / finalMultiset', () => {
  it('masks only the weak positions, never the final state', () => {
    expect(maskWeak([[1, 2], [3], { d: [] }], [[0, 1]])).toBe(JSON.stringify([[1, '*'], [3], { d: [] }]));
  });

  it('a multiset ignores order: dict items, set members, list items', () => {
    expect(finalMultiset({ d: [[2, 1], [1, 1]] })).toBe(finalMultiset({ d: [[1, 1], [2, 1]] }));
    expect(finalMultiset([3, 1, 3])).toBe(finalMultiset([1, 3, 3]));
    expect(finalMultiset([1, 3])).not.toBe(finalMultiset([1, 3, 3]));
    expect(finalMultiset({ s: ['b', 'a'] })).toBe(finalMultiset({ s: ['a', 'b'] }));
  });
});
