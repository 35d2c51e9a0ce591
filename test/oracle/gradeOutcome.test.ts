import { describe, expect, it } from 'vitest';
import { operation } from '../../src/catalogue/catalogue.ts';
import type { PyValue } from '../../src/catalogue/pyValue.ts';
import { expectationsOf } from '../../src/oracle/expectations.ts';
import { gradeOutcome } from '../../src/oracle/gradeOutcome.ts';
import { planOf } from '../../src/oracle/plan.ts';
import type { Scenario } from '../../src/scenario/scenario.ts';
import {
  BOTH_WON, INCREMENTS_SERIAL, LOST_UPDATE, call, outcome, scenarioOf, setdefaultRace, twoIncrements,
} from './scenarioOf.ts';

const grade = (s: Scenario, o: string) => gradeOutcome(expectationsOf(planOf(s)), o);

describe('gradeOutcome', () => {
  it('a serial outcome is ACCEPTABLE', () => {
    for (const o of INCREMENTS_SERIAL) expect(grade(twoIncrements(), o).expect).toBe('ACCEPTABLE');
  });

  it('the lost update without a lock is ACCEPTABLE_INTERESTING (never atomic, not a bug)', () => {
    const g = grade(twoIncrements(), LOST_UPDATE);
    expect(g.expect).toBe('ACCEPTABLE_INTERESTING');
    expect(g.broken).toBeUndefined();
  });

  it.each(['compound', 'all'] as const)('the lost update under lock %s is FORBIDDEN, blaming a locked increment', (lock) => {
    const g = grade(twoIncrements(lock), LOST_UPDATE);
    expect(g.expect).toBe('FORBIDDEN');
    expect(g.unexpectedException).toBeUndefined();
    expect(g.blamed).toEqual([0, 0]);
    expect(g.broken).toBe(operation('dict.rmw-increment').doc);
  });

  it('an exception the operation may not raise is FORBIDDEN with unexpectedException, blaming that operation', () => {
    const g = grade(setdefaultRace(), outcome([[10], [{ e: 'KeyError' }]], { d: [[1, 10]] }));
    expect(g).toMatchObject({ expect: 'FORBIDDEN', unexpectedException: 'KeyError', blamed: [1, 0] });
    expect(g.broken).toBe(operation('dict.setdefault').doc);
    expect(g.description).toContain('raised KeyError');
  });

  it('an exception the operation documents is graded like any other result', () => {
    const s = scenarioOf('dict', [[call('dict.pop', 1)], [call('dict.pop', 1)]], { initial: [[1, 5]] });
    expect(grade(s, outcome([[5], [{ e: 'KeyError' }]], { d: [] })).expect).toBe('ACCEPTABLE');
  });

  it.each([
    ['not JSON at all', '[[10], [20'],
    ['too few threads', JSON.stringify([[10], { d: [] }])],
    ['a thread with the wrong number of results', JSON.stringify([[10, 10], [20], { d: [] }])],
    ['not an array', JSON.stringify({ d: [] })],
  ])('malformed output (%s) is FORBIDDEN/malformed', (_, text) => {
    expect(grade(setdefaultRace(), text)).toMatchObject({ expect: 'FORBIDDEN', unexpectedException: 'malformed' });
  });

  it("the broken fixture's typical outcome (both threads win setdefault) is FORBIDDEN, citing the setdefault doc", () => {
    const g = grade(setdefaultRace('fixture.dict.setdefault-unlocked'), BOTH_WON);
    expect(g.expect).toBe('FORBIDDEN');
    expect(g.unexpectedException).toBeUndefined();
    expect(g.broken).toEqual(operation('dict.setdefault').doc);
    expect(g.broken?.sentence).toContain('d.setdefault(key, v)');
    expect(g.blamed).toEqual([0, 0]);
  });

  it('the same outcome is FORBIDDEN for the real setdefault too: the model is the documented one', () => {
    expect(grade(setdefaultRace(), BOTH_WON).expect).toBe('FORBIDDEN');
  });

  it('blames the first operation whose result no interleaving gives', () => {
    const s = scenarioOf('dict', [[call('dict.setitem', 1, 1)], [call('dict.get', 1)]]);
    const g = grade(s, outcome([[null], [7]], { d: [[1, 1]] }));
    expect(g).toMatchObject({ expect: 'FORBIDDEN', blamed: [1, 0] });
    expect(g.broken).toBe(operation('dict.get').doc);
  });

  describe('lock-free reads racing a multi-key writer', () => {
    // len(d) while d.update({1: 0, 2: 0}) inserts one key after the other.
    const s = scenarioOf('dict', [[call('dict.update', { d: [[1, 0], [2, 0]] })], [call('dict.len')]]);
    const final: PyValue = { d: [[1, 0], [2, 0]] };

    it('an intermediate length is ACCEPTABLE_INTERESTING', () => {
      expect(grade(s, outcome([[null], [1]], final)).expect).toBe('ACCEPTABLE_INTERESTING');
    });

    it('a length the dict never had is FORBIDDEN, blaming the read', () => {
      expect(grade(s, outcome([[null], [5]], final))).toMatchObject({ expect: 'FORBIDDEN', blamed: [1, 0] });
    });
  });

  it('"safe" writers hold the lock: two updates never interleave, whatever their doc class', () => {
    const s = scenarioOf('dict', [[call('dict.update', { d: [[1, 0], [2, 0]] })], [call('dict.update', { d: [[2, 1], [1, 1]] })]]);
    const nulls = [[null], [null]];
    expect(grade(s, outcome(nulls, { d: [[1, 1], [2, 1]] })).expect).toBe('ACCEPTABLE');
    expect(grade(s, outcome(nulls, { d: [[2, 0], [1, 0]] })).expect).toBe('ACCEPTABLE');
    // One update's keys with the other's values, or a mix: only an interleaving of the two merges gives it.
    expect(grade(s, outcome(nulls, { d: [[2, 1], [1, 1]] })).expect).toBe('FORBIDDEN');
    expect(grade(s, outcome(nulls, { d: [[1, 0], [2, 1]] })).expect).toBe('FORBIDDEN');
    expect(grade(s, outcome(nulls, { d: [[1, 1], [2, 9]] })).expect).toBe('FORBIDDEN');
  });
});

// The holes of issue 8, each a real locking bug that an earlier oracle graded ACCEPTABLE.
describe('writers are serialised, results and order checked exactly', () => {
  it('a pop that returns the same element twice is FORBIDDEN even with an insert racing it', () => {
    const s = scenarioOf('list', [[call('list.pop')], [call('list.pop')], [call('list.insert', 0, 3)]], { initial: [1, 2] });
    const g = grade(s, outcome([[2], [2], [null]], [3]));
    expect(g.expect).toBe('FORBIDDEN');
    expect(grade(s, outcome([[2], [1], [null]], [3])).expect).toBe('ACCEPTABLE');
  });

  it('the broken setdefault is FORBIDDEN with a third thread updating the dict', () => {
    const s = scenarioOf('dict', [[call('dict.setdefault', 1, 10)], [call('dict.setdefault', 1, 20)],
      [call('dict.update', { d: [[2, 0]] })]]);
    expect(grade(s, outcome([[10], [20], [null]], { d: [[1, 20], [2, 0]] })).expect).toBe('FORBIDDEN');
  });

  it('list order and dict insertion order are checked', () => {
    const l = scenarioOf('list', [[call('list.extend', [1, 2])], [call('list.append', 3)]]);
    expect(grade(l, outcome([[null], [null]], [1, 3, 2])).expect).toBe('FORBIDDEN');
    const d = scenarioOf('dict', [[call('dict.update', { d: [[1, 0], [2, 0]] })], [call('dict.setitem', 3, 0)]]);
    expect(grade(d, outcome([[null], [null]], { d: [[1, 0], [3, 0], [2, 0]] })).expect).toBe('FORBIDDEN');
  });
});

describe('list.sort holds the lock: writers wait, only lock-free readers see the list empty', () => {
  const sorting = (other: ReturnType<typeof call>, initial: PyValue[] = [2, 1]) =>
    scenarioOf('list', [[call('list.sort')], [other]], { initial: initial as Scenario['initial'] });

  it('a clear() during the sort is not lost', () => {
    expect(grade(sorting(call('list.clear')), outcome([[null], [null]], [1, 2])).expect).toBe('FORBIDDEN');
    expect(grade(sorting(call('list.clear')), outcome([[null], [null]], [])).expect).toBe('ACCEPTABLE');
  });

  it('pop() and remove() never see the emptied list', () => {
    expect(grade(sorting(call('list.pop')), outcome([[null], [{ e: 'IndexError' }]], [1, 2])).expect).toBe('FORBIDDEN');
    expect(grade(sorting(call('list.remove', 1)), outcome([[null], [{ e: 'ValueError' }]], [1, 2])).expect).toBe('FORBIDDEN');
  });

  it('two sorts never leave the list empty', () => {
    const s = scenarioOf('list', [[call('list.sort')], [call('list.sort')]], { initial: [2, 1] });
    expect(grade(s, outcome([[null], [null]], [])).expect).toBe('FORBIDDEN');
  });

  it('a lock-free reader may see the empty list (documented), len 0 and IndexError', () => {
    expect(grade(sorting(call('list.len')), outcome([[null], [0]], [1, 2])).expect).toBe('ACCEPTABLE_INTERESTING');
    expect(grade(sorting(call('list.getitem', 0)), outcome([[null], [{ e: 'IndexError' }]], [1, 2])).expect)
      .toBe('ACCEPTABLE_INTERESTING');
  });
});

describe('lock-free reads are checked against the states of their own window', () => {
  const merging = (read: ReturnType<typeof call>) => scenarioOf('dict', [[read], [call('dict.update', { d: [[2, 2], [3, 3]] })]],
    { initial: [[0, 0], [1, 1]] });
  const merged: PyValue = { d: [[0, 0], [1, 1], [2, 2], [3, 3]] };

  it('a key present in every state must be found, with a value it held', () => {
    expect(grade(merging(call('dict.getitem', 0)), outcome([[{ e: 'KeyError' }], [null]], merged)).expect).toBe('FORBIDDEN');
    expect(grade(merging(call('dict.getitem', 0)), outcome([[1], [null]], merged))).toMatchObject({ expect: 'FORBIDDEN', blamed: [0, 0] });
    expect(grade(merging(call('dict.contains', 1)), outcome([[false], [null]], merged)).expect).toBe('FORBIDDEN');
    expect(grade(merging(call('dict.getitem', 0)), outcome([[0], [null]], merged)).expect).toBe('ACCEPTABLE');
  });

  it('a key the update is inserting may or may not be seen yet', () => {
    expect(grade(merging(call('dict.get', 3)), outcome([[null], [null]], merged)).expect).toBe('ACCEPTABLE');
    expect(grade(merging(call('dict.len')), outcome([[3], [null]], merged)).expect).toBe('ACCEPTABLE_INTERESTING');
    expect(grade(merging(call('dict.len')), outcome([[5], [null]], merged)).expect).toBe('FORBIDDEN');
  });

  it('an index in range in every state must not raise; len is a length the list had', () => {
    const growing = (read: ReturnType<typeof call>) => scenarioOf('list', [[read], [call('list.append', 5)]], { initial: [1] });
    expect(grade(growing(call('list.getitem', 0)), outcome([[{ e: 'IndexError' }], [null]], [1, 5])).expect).toBe('FORBIDDEN');
    const inserting = scenarioOf('list', [[call('list.len')], [call('list.insert', 0, 5)]], { initial: [1, 2] });
    expect(grade(inserting, outcome([[0], [null]], [5, 1, 2])).expect).toBe('FORBIDDEN');
  });

  it("an insert's shift is an intermediate state a lock-free reader may see", () => {
    const s = scenarioOf('list', [[call('list.getitem', 0), call('list.getitem', 1)], [call('list.insert', 0, 3)]],
      { initial: [1, 2] });
    expect(grade(s, outcome([[3, 2], [null]], [3, 1, 2])).expect).toBe('ACCEPTABLE_INTERESTING');
    expect(grade(s, outcome([[3, 3], [null]], [3, 1, 2])).expect).toBe('FORBIDDEN');
  });
});

describe('a corrupted structure is its own finding', () => {
  it('the program reporting a failed consistency check is FORBIDDEN, whatever the results', () => {
    const s = scenarioOf('dict', [[call('dict.setitem', 1, 1)], [call('dict.setitem', 2, 2)]]);
    const g = grade(s, outcome([[null], [null]], { x: 'len 2 but 1 items iterated' } as unknown as PyValue));
    expect(g).toMatchObject({ expect: 'FORBIDDEN', corrupted: 'len 2 but 1 items iterated' });
  });
});

describe('an outcome the oracle cannot decide within its bound', () => {
  it('is UNDECIDED, never acceptable', async () => {
    const { reachesOutcome } = await import('../../src/oracle/reachesOutcome.ts');
    const { searchSpace } = await import('../../src/oracle/searchSpace.ts');
    const s = scenarioOf('list', [[call('list.insert', 0, 1), call('list.count', 2)], [call('list.reverse'), call('list.contains', 3)]],
      { initial: [1, 2, 3] });
    const plan = planOf(s);
    const never = JSON.parse(outcome([[null, 9], [null, true]], [9, 9, 9, 9])) as PyValue[][];
    expect(reachesOutcome(plan, searchSpace(plan, 'split'), never, { maxNodes: 3 })).toBe('unknown');
    expect(reachesOutcome(plan, searchSpace(plan, 'split'), never)).toBe('no');
  });
});

describe('blame', () => {
  it('a reader wrong at every call (len(s) twice during one s |= ...) is blamed, not the writer', () => {
    const s: Scenario = { container: 'set', initial: [2, 3, 0, 4, 1, 5] as never, lock: 'none',
      threads: [[{ op: 'set.len', args: [] }, { op: 'set.len', args: [] }], [{ op: 'set.ior', args: [[6, 7]] as never }]] };
    const g = gradeOutcome(expectationsOf(planOf(s, '3.13.15')), '[[7,7],[null],{"s":[0,1,2,3,4,5,6,7]}]');
    expect(g.expect).toBe('FORBIDDEN');
    expect(g.blamed).toEqual([0, 0]);
  });
});

describe('a set writer that rebuilds the table without changing the members', () => {
  const s = (writer: Scenario['threads'][number][number]): Scenario => ({ container: 'set', initial: ['a', 'c', 'd'] as never,
    lock: 'none', threads: [[{ op: 'set.tuple', args: [] }], [writer]] });
  const dup = '[[["a","c","c","d"]],[null],{"s":["a","c","d"]}]';

  it('lets a concurrent iteration see a member twice (s |= {present members}: set_merge_lock_held resizes first)', () => {
    expect(grade(s({ op: 'set.ior', args: [['d', 'c']] as never }), dup).expect).not.toBe('FORBIDDEN');
  });

  it('but a writer that leaves the table alone does not, and a rebuild never raises RuntimeError by itself', () => {
    expect(grade(s({ op: 'set.discard', args: ['b'] }), dup).expect).toBe('FORBIDDEN');
    expect(grade(s({ op: 'set.ior', args: [['d', 'c']] as never }), '[[{"e":"RuntimeError"}],[null],{"s":["a","c","d"]}]').expect).toBe('FORBIDDEN');
  });
});

describe('a shared list iterator (listiter_next: load it_index, read the slot, store index + 1 or -1)', () => {
  const it0: never[] = [];
  // Seen on 16 cores (3.13.15t): t0's first next() found the list empty, but before it stored -1, t2 inserted
  // and loaded index 0; t2's store of 1 over t0's -1 revived the iterator, and t0's second next() got c[1].
  const revived = scenarioOf('list+iter', [
    [call('list+iter.next'), call('list+iter.next')],
    [call('list+iter:c.pop')],
    [call('list+iter:c.insert', 0, 0), call('list+iter.next'), call('list+iter:c.append', 0)],
  ], { initial: it0 });

  it('a late store of index + 1 over -1 makes an exhausted iterator yield again: allowed', () => {
    expect(grade(revived, '[[null,0],[{"e":"IndexError"}],[null,0,null],[0,0]]').expect).toBe('ACCEPTABLE_INTERESTING');
  });

  it('without a racing next() an exhausted iterator stays exhausted, and it never invents an element', () => {
    const alone = scenarioOf('list+iter', [[call('list+iter.next'), call('list+iter.next')], [call('list+iter:c.append', 0)]],
      { initial: it0 });
    expect(grade(alone, '[[null,0],[null],[0]]').expect).toBe('FORBIDDEN');
    expect(grade(alone, '[[null,null],[null],[0]]').expect).toBe('ACCEPTABLE');
    expect(grade(revived, '[[null,7],[{"e":"IndexError"}],[null,0,null],[0,0]]').expect).toBe('FORBIDDEN');
  });
});

describe('a writer that changes the state at two of its steps (defaultdict d[k].append(x) on a missing key)', () => {
  // Found by a default run (seed 515151): defdict_missing inserts the empty list and lets go of the dict's lock,
  // then the append takes the list's. A reader in between finds the key, holding []. The search had run the
  // append's two steps as one move because the reader writes nothing ("a writer that writes only at its last
  // step"), and graded this outcome, seen 8,859 times in 94,720 runs on 3.13.15t, FORBIDDEN.
  const s = scenarioOf('defaultdict', [
    [call('defaultdict.contains', 1), call('defaultdict.get', 1)],
    [call('defaultdict.append', 1, 1000)],
  ], { initial: [] as never });

  it('a reader may see the list inserted but not yet appended to: allowed', () => {
    expect(grade(s, '[[true,[]],[null],{"d":[[1,[1000]]]}]').expect).not.toBe('FORBIDDEN');
  });

  it('but not an element that was never appended, nor the key gone at the end', () => {
    expect(grade(s, '[[true,[7]],[null],{"d":[[1,[1000]]]}]').expect).toBe('FORBIDDEN');
    expect(grade(s, '[[true,[1000]],[null],{"d":[]}]').expect).toBe('FORBIDDEN');
  });

  it('with the key already there the append is one change, and a reader sees the list before or after it', () => {
    const present = scenarioOf('defaultdict', [
      [call('defaultdict.get', 1), call('defaultdict.get', 1)],
      [call('defaultdict.append', 1, 1000)],
    ], { initial: [[1, [5]]] as never });
    expect(grade(present, '[[[5],[5,1000]],[null],{"d":[[1,[5,1000]]]}]').expect).not.toBe('FORBIDDEN');
    expect(grade(present, '[[[5,1000],[5]],[null],{"d":[[1,[5,1000]]]}]').expect).toBe('FORBIDDEN');
  });
});
