import { describe, expect, it } from 'vitest';
import { expectationsOf } from '../../src/oracle/expectations.ts';
import { gradeOutcome } from '../../src/oracle/gradeOutcome.ts';
import { planOf } from '../../src/oracle/plan.ts';
import type { Scenario } from '../../src/scenario/scenario.ts';

// A dict iteration is checked against the states its window saw (the entry table is not in the model). When
// other threads change only values, every state has the same entries: dictiter_iternext_threadsafe raises
// RuntimeError only on a size change or when an entry turns up after di->len counted down to 0, so neither can
// happen, and the keys come in the one order every state has (Objects/dictobject.c 3.13.15).
const grade = (scenario: Scenario, outcome: string) => gradeOutcome(expectationsOf(planOf(scenario, '3.13.15')), outcome).expect;
const beside = (reader: string, writer: Scenario['threads'][number]): Scenario => ({
  container: 'dict', initial: [[0, 0], [1, 1]] as never, lock: 'none', threads: [[{ op: reader, args: [] }], writer],
});
const valueOnly = [{ op: 'dict.setitem', args: [1, 5] }];

describe('dict iteration windows', () => {
  it('no RuntimeError beside a value-only d[1] = 5', () => {
    expect(grade(beside('dict.iterate', valueOnly), '[[{"e":"RuntimeError"}],[null],{"d":[[0,0],[1,5]]}]')).toBe('FORBIDDEN');
    expect(grade(beside('dict.values-iterate', valueOnly), '[[{"e":"RuntimeError"}],[null],{"d":[[0,0],[1,5]]}]')).toBe('FORBIDDEN');
    expect(grade(beside('dict.reversed', valueOnly), '[[{"e":"RuntimeError"}],[null],{"d":[[0,0],[1,5]]}]')).toBe('FORBIDDEN');
  });

  it('no order that no state had, nor a value in the wrong entry, beside a value-only writer', () => {
    expect(grade(beside('dict.iterate', valueOnly), '[[[1,0]],[null],{"d":[[0,0],[1,5]]}]')).toBe('FORBIDDEN');
    expect(grade(beside('dict.values-iterate', valueOnly), '[[[5,0]],[null],{"d":[[0,0],[1,5]]}]')).toBe('FORBIDDEN');
    expect(grade(beside('dict.values-iterate', valueOnly), '[[[0]],[null],{"d":[[0,0],[1,5]]}]')).toBe('FORBIDDEN');
  });

  it('but the old or the new value of each entry, in the one order', () => {
    for (const vs of ['[0,1]', '[0,5]']) {
      expect(grade(beside('dict.values-iterate', valueOnly), `[[${vs}],[null],{"d":[[0,0],[1,5]]}]`)).not.toBe('FORBIDDEN');
    }
    expect(grade(beside('dict.iterate', valueOnly), '[[[0,1]],[null],{"d":[[0,0],[1,5]]}]')).not.toBe('FORBIDDEN');
  });

  it('a size change may still raise RuntimeError', () => {
    const grow = [{ op: 'dict.setitem', args: [2, 2] }];
    expect(grade(beside('dict.iterate', grow), '[[{"e":"RuntimeError"}],[null],{"d":[[0,0],[1,1],[2,2]]}]')).not.toBe('FORBIDDEN');
  });
});
