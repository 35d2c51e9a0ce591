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

  // Keys present in every state of the window keep the dict's order and come out once at most: inserts append
  // entries, deletes empty them in place, dictresize copies the live ones down in order, and the iterator's
  // position only moves up (dictiter_iternext_threadsafe). Keys deleted or inserted meanwhile may turn up anywhere.
  const initial3 = [[0, 0], [1, 1], [2, 2]];
  const churn = [{ op: 'dict.pop-default', args: [1, 9] }, { op: 'dict.setitem', args: [1, 7] }];
  const scenario = (reader: string): Scenario => ({ container: 'dict', initial: initial3 as never, lock: 'none',
    threads: [[{ op: reader, args: [] }], churn] });
  const after = '{"d":[[0,0],[2,2],[1,7]]}';

  it('keys present throughout come out in the dict\'s order, each once at most', () => {
    expect(grade(scenario('dict.iterate'), `[[[2,0]],[1,null],${after}]`)).toBe('FORBIDDEN');
    expect(grade(scenario('dict.iterate'), `[[[0,2,0]],[1,null],${after}]`)).toBe('FORBIDDEN');
    expect(grade(scenario('dict.items-iterate'), `[[[[2,2],[0,0]]],[1,null],${after}]`)).toBe('FORBIDDEN');
    expect(grade(scenario('dict.tuple'), `[[[2,1,0]],[1,null],${after}]`)).toBe('FORBIDDEN');
  });

  it('a key deleted and inserted again may come out before or after the others, or not at all', () => {
    for (const ks of ['[0,1,2]', '[0,2,1]', '[0,2]']) {
      expect(grade(scenario('dict.iterate'), `[[${ks}],[1,null],${after}]`), ks).not.toBe('FORBIDDEN');
    }
  });

  it('reversed(d) is not held to it: its position walks down while a resize moves entries down', () => {
    expect(grade(scenario('dict.reversed'), `[[[0,2]],[1,null],${after}]`)).not.toBe('FORBIDDEN');
  });
});
