import { describe, expect, it } from 'vitest';
import type { PyValue } from '../../src/catalogue/pyValue.ts';
import { expectationsOf } from '../../src/oracle/expectations.ts';
import { gradeOutcome } from '../../src/oracle/gradeOutcome.ts';
import { planOf } from '../../src/oracle/plan.ts';
import { call, outcome, scenarioOf } from './scenarioOf.ts';

/**
 * d.update(other) with keys whose __eq__ is Python code: the doc's "the lock can be released during
 * comparison" lets another thread's locked operation run between two of the merge's inserts (each insert
 * stays whole). With int keys the merge holds the lock throughout.
 */
const K = (n: number): PyValue => ({ k: n });
const Y = (n: number): PyValue => ({ y: n });
const merge = (op: 'dict.update' | 'dict.ior', key: (n: number) => PyValue) => scenarioOf('dict', [
  [call(op, { d: [[key(1), 1], [key(2), 2]] })],
  [call('dict.setdefault', key(2), 9)],
]);
const grade = (s: ReturnType<typeof merge>, o: string) => gradeOutcome(expectationsOf(planOf(s, '3.13.15')), o).expect;
const d = (...pairs: [PyValue, PyValue][]) => ({ d: pairs });

describe('a merge with Python-__eq__ keys', () => {
  it.each([['dict.update', K], ['dict.update', Y], ['dict.ior', K]] as const)(
    '%s: a setdefault between its two inserts is reachable (its value then overwritten)', (op, key) => {
      // setdefault(k2, 9) after k1 went in, before k2: it returns 9, then the merge stores 2 over it.
      expect(grade(merge(op, key), outcome([[null], [9]], d([key(1), 1], [key(2), 2])))).not.toBe('FORBIDDEN');
    });

  it('with int keys the same outcome is FORBIDDEN: the merge holds the lock throughout', () => {
    const ints = (n: number): PyValue => n;
    expect(grade(merge('dict.update', ints), outcome([[null], [9]], d([1, 1], [2, 2])))).toBe('FORBIDDEN');
  });

  it('the serial outcomes stay reachable, and each insert stays whole', () => {
    const s = merge('dict.update', K);
    expect(grade(s, outcome([[null], [9]], d([K(2), 2], [K(1), 1])))).toBe('ACCEPTABLE');
    expect(grade(s, outcome([[null], [2]], d([K(1), 1], [K(2), 2])))).toBe('ACCEPTABLE');
    // The merge's store of k2 lost, or setdefault's value kept after the merge stored k2: no order gives it.
    expect(grade(s, outcome([[null], [9]], d([K(1), 1], [K(2), 9])))).toBe('FORBIDDEN');
    expect(grade(s, outcome([[null], [9]], d([K(1), 1])))).toBe('FORBIDDEN');
    // setdefault cannot see k2 = 2 and still store its own 9.
    expect(grade(s, outcome([[null], [2]], d([K(2), 9], [K(1), 1])))).toBe('FORBIDDEN');
  });

  it('under the scenario\'s lock nothing runs in between', () => {
    const s = { ...merge('dict.update', K), lock: 'all' as const };
    expect(grade(s, outcome([[null], [9]], d([K(1), 1], [K(2), 2])))).toBe('FORBIDDEN');
  });
});
