import { describe, expect, it } from 'vitest';
import { expectationsOf } from '../../src/oracle/expectations.ts';
import { planOf } from '../../src/oracle/plan.ts';
import { call, outcome, scenarioOf } from './scenarioOf.ts';

describe('expectationsOf', () => {
  it('reaches an interleaved outcome only in split, a serial one in both', () => {
    const s = scenarioOf('dict', [[call('dict.update', { d: [[1, 0], [2, 0]] })], [call('dict.len')]]);
    const e = expectationsOf(planOf(s));
    expect(e.windows).toEqual([]);
    // len() between the two inserts of the update: a state the update really passes through.
    const between = outcome([[null], [1]], { d: [[1, 0], [2, 0]] });
    expect(e.reaches(between, 'split')).toBe('yes');
    expect(e.reaches(between, 'atomic')).toBe('no');
    expect(e.reaches(outcome([[null], [2]], { d: [[1, 0], [2, 0]] }), 'atomic')).toBe('yes');
    expect(e.reaches(outcome([[null], [3]], { d: [[1, 0], [2, 0]] }), 'split')).toBe('no');
  });

  it('checks a windowed read against the states its window saw, exactly when it saw one', () => {
    const s = scenarioOf('dict', [[call('dict.setitem', 2, 0)], [call('dict.iterate')]], { initial: [[1, 0]] });
    const e = expectationsOf(planOf(s));
    expect(e.windows).toEqual([[1, 0]]);
    const final = { d: [[1, 0], [2, 0]] } as const;
    expect(e.reaches(outcome([[null], [[1, 2]]], final as never), 'atomic')).toBe('yes');
    // The dict grew under the iterator: RuntimeError, or keys each in some state it saw.
    expect(e.reaches(outcome([[null], [{ e: 'RuntimeError' }]], final as never), 'split')).toBe('yes');
    expect(e.reaches(outcome([[null], [[1]]], final as never), 'split')).toBe('yes');
    expect(e.reaches(outcome([[null], [[1, 3]]], final as never), 'split')).toBe('no');
  });

  it('a wildcard position accepts any result there (how blame finds the culprit)', () => {
    const s = scenarioOf('dict', [[call('dict.setitem', 1, 1)], [call('dict.get', 1)]]);
    const e = expectationsOf(planOf(s));
    const bad = outcome([[null], [7]], { d: [[1, 1]] });
    expect(e.reaches(bad, 'split')).toBe('no');
    expect(e.reaches(bad, 'split', [1, 0])).toBe('yes');
    expect(e.reaches(bad, 'split', [0, 0])).toBe('no');
  });
});
