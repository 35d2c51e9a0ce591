import { describe, expect, it } from 'vitest';
import { enumerateOutcomes } from '../../src/oracle/enumerateOutcomes.ts';
import { planOf } from '../../src/oracle/plan.ts';
import type { LockMode } from '../../src/scenario/scenario.ts';
import { INCREMENTS_SERIAL, LOST_UPDATE, call, outcome, scenarioOf, setdefaultRace, twoIncrements } from './scenarioOf.ts';

const outcomes = (s: Parameters<typeof planOf>[0], g: 'atomic' | 'split') => [...enumerateOutcomes(planOf(s), g).outcomes].sort();

describe('enumerateOutcomes: hand-checked scenarios', () => {
  it('two setdefaults of one key: whoever comes first wins, for both threads', () => {
    const expected = [outcome([[10], [10]], { d: [[1, 10]] }), outcome([[20], [20]], { d: [[1, 20]] })].sort();
    expect(outcomes(setdefaultRace(), 'atomic')).toEqual(expected);
    // setdefault is atomic: splitting changes nothing.
    expect(outcomes(setdefaultRace(), 'split')).toEqual(expected);
  });

  it('two unlocked increments: atomic gives the two serial orders, split adds the lost update', () => {
    expect(outcomes(twoIncrements(), 'atomic')).toEqual([...INCREMENTS_SERIAL].sort());
    expect(outcomes(twoIncrements(), 'split')).toEqual([...INCREMENTS_SERIAL, LOST_UPDATE].sort());
  });

  it.each<LockMode>(['compound', 'all'])('with lock %s the lost update is not reachable', (lock) => {
    expect(outcomes(twoIncrements(lock), 'split')).toEqual([...INCREMENTS_SERIAL].sort());
    expect(outcomes(twoIncrements(lock), 'atomic')).toEqual([...INCREMENTS_SERIAL].sort());
  });

  it('set.pop may take any member: every choice is enumerated', () => {
    const s = scenarioOf('set', [[call('set.pop')], [call('set.pop')]], { initial: [1, 2, 3] });
    const pairs = [[1, 2], [1, 3], [2, 1], [2, 3], [3, 1], [3, 2]];
    const expected = pairs.map(([a, b]) => outcome([[a], [b]], { s: [6 - a - b] })).sort();
    expect(outcomes(s, 'atomic')).toEqual(expected);
  });

  it('set.pop on a set another thread empties: KeyError is reachable, and only after the other pop', () => {
    const s = scenarioOf('set', [[call('set.pop')], [call('set.discard', 1)]], { initial: [1] });
    expect(outcomes(s, 'atomic')).toEqual([
      outcome([[1], [null]], { s: [] }),
      outcome([[{ e: 'KeyError' }], [null]], { s: [] }),
    ].sort());
  });

  it('encodes the final set sorted, whatever order the model holds it in', () => {
    const s = scenarioOf('set', [[call('set.add', 'b')], [call('set.add', 'a')]], { initial: ['c'] });
    expect(outcomes(s, 'atomic')).toEqual([outcome([[null], [null]], { s: ['a', 'b', 'c'] })]);
  });

  it('check-then-act splits: both threads may see the key and one then raises KeyError', () => {
    const s = scenarioOf('dict', [[call('dict.check-then-delete', 1)], [call('dict.check-then-delete', 1)]],
      { initial: [[1, 0]] });
    const raced = outcome([[true], [{ e: 'KeyError' }]], { d: [] });
    expect(outcomes(s, 'atomic')).not.toContain(raced);
    expect(outcomes(s, 'split')).toContain(raced);
  });
});

describe('enumerateOutcomes: memoisation', () => {
  // 3 threads x 4 ops: 12! / (4!)^3 = 34 650 interleavings without memoisation.
  const INTERLEAVINGS = 34_650;

  it('3 threads x 4 atomic writes of one key explore far fewer nodes than interleavings', () => {
    const s = scenarioOf('dict', [0, 1, 2].map((t) => [0, 1, 2, 3].map((i) => call('dict.setitem', 1, t * 4 + i))));
    const r = enumerateOutcomes(planOf(s), 'atomic');
    // The last write of some thread wins; every result is None.
    const nulls = [null, null, null, null];
    expect([...r.outcomes].sort()).toEqual([3, 7, 11].map((v) => outcome([nulls, nulls, nulls], { d: [[1, v]] })).sort());
    // At most 5^3 positions x 4 possible last values.
    expect(r.nodes).toBeLessThanOrEqual(5 ** 3 * 4);
    expect(r.nodes).toBeLessThan(INTERLEAVINGS / 50);
  });
});
