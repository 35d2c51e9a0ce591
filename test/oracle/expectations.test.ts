import { describe, expect, it } from 'vitest';
import { expectationsOf, maskPositions } from '../../src/oracle/expectations.ts';
import { planOf } from '../../src/oracle/plan.ts';
import { call, outcome, scenarioOf } from './scenarioOf.ts';

describe('expectationsOf', () => {
  it('a scenario without windowed reads keeps its interleaved outcomes exact', () => {
    const s = scenarioOf('dict', [[call('dict.update', { d: [[1, 0], [2, 0]] })], [call('dict.len')]]);
    const e = expectationsOf(planOf(s));
    expect(e.windows).toEqual([]);
    // len() between the two inserts of the update: a state the update really passes through.
    expect(e.split.has(outcome([[null], [1]], { d: [[1, 0], [2, 0]] }))).toBe(true);
    expect(e.atomic.has(outcome([[null], [1]], { d: [[1, 0], [2, 0]] }))).toBe(false);
  });

  it('a windowed read keeps, per masked outcome, the window each way of reaching it saw', () => {
    const s = scenarioOf('dict', [[call('dict.setitem', 2, 0)], [call('dict.iterate')]], { initial: [[1, 0]] });
    const e = expectationsOf(planOf(s));
    expect(e.windows).toEqual([[1, 0]]);
    const windows = e.windowed.get(maskPositions(JSON.parse(outcome([[null], ['any']], { d: [[1, 0], [2, 0]] })), e.windows));
    // Only the iteration that saw the dict change is windowed; before or after the write it is exact.
    expect(windows?.map((w) => ('states' in w[0] ? w[0].states.length : 0))).toEqual([2]);
    expect(e.split.has(outcome([[null], [[1, 2]]], { d: [[1, 0], [2, 0]] }))).toBe(true);
  });
});

describe('maskPositions', () => {
  it('masks only the given positions, never the final state', () => {
    expect(maskPositions([[1, 2], [3], { d: [] }], [[0, 1]])).toBe(JSON.stringify([[1, '*'], [3], { d: [] }]));
  });
});
