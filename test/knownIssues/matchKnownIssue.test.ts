import { describe, expect, it } from 'vitest';
import { loadKnownIssues } from '../../src/knownIssues/loadKnownIssues.ts';
import { knownAsOne, matchKnownIssue, type FindingShape } from '../../src/knownIssues/matchKnownIssue.ts';
import type { KnownIssue } from '../../src/knownIssues/knownIssue.ts';
import { dropsIteratorTwice } from '../../src/oracle/dropsIteratorTwice.ts';
import { freedAfterDrop } from '../../src/oracle/freedAfterDrop.ts';
import type { Scenario } from '../../src/scenario/scenario.ts';
import { existsSync } from 'node:fs';
import { expectationsOf } from '../../src/oracle/expectations.ts';
import { gradeOutcome } from '../../src/oracle/gradeOutcome.ts';
import { planOf } from '../../src/oracle/plan.ts';
import { bugExplains } from '../../src/oracle/bugExplains.ts';
import { catalogue } from '../../src/catalogue/catalogue.ts';
import { LEAVE_STALE_SLOTS } from '../../src/catalogue/list.ts';

// gh-130744 (3.13): a negative index is turned into a position with one load of the size, and the slot read
// later. Its entry matches by the bug's model: the finding's forbidden outcomes, graded as the catalogue's
// model of the bug (Operation.bugs) runs the scenario.
const list = (initial: number[], reader: Scenario['threads'][number], writer: Scenario['threads'][number]): Scenario =>
  ({ container: 'list', initial, lock: 'none', threads: [reader, writer] });
const get = (i: number) => [{ op: 'list.getitem', args: [i] }];
// ftconform's first sight on 3.13.5t: lst[-1] raised IndexError beside a thread that only pops and appends.
const popAppend = (reader = get(-1)) => list([0, 0], reader, [{ op: 'list.pop', args: [] }, { op: 'list.append', args: [0] }]);
// The upstream report's form: l[-1] beside l.insert(0, x) returns what was last before, at l[-2] by then.
const insertFront = (reader = get(-1)) => list([1, 2], reader, [{ op: 'list.insert', args: [0, 3] }]);

/** A failed finding with these forbidden outcomes, each first checked FORBIDDEN by the documented model. */
const failed = (scenario: Scenario, outcomes: string[], version = '3.13.15'): FindingShape => {
  for (const o of outcomes) {
    const g = gradeOutcome(expectationsOf(planOf(scenario, version)), o);
    expect([g.expect, g.unexpectedException], o).toEqual(['FORBIDDEN', undefined]);
  }
  return { version, scenario, forbidden: outcomes, explains: (k, o) => bugExplains(scenario, version, k.id, [o]),
    iteratorEndTwice: () => dropsIteratorTwice(scenario, version) };
};

/** The entry (or, for several, the joined entry) that explains all of a finding, if any. */
const match = (issues: readonly KnownIssue[], f: FindingShape): KnownIssue | undefined => {
  const m = matchKnownIssue(issues, f);
  return m && knownAsOne(m);
};

describe('known issues', () => {
  const issues = loadKnownIssues();

  it('every entry names a reproducer that exists', () => {
    for (const k of issues) expect(existsSync(k.reproducer), k.reproducer).toBe(true);
    // An issue nobody has filed upstream yet carries the short script its report needs.
    for (const k of issues.filter((e) => e.id.startsWith('unfiled-'))) expect(k.report && existsSync(k.report), k.id).toBe(true);
  });

  it('matches gh-130744 on 3.13 when its model gives the outcome: IndexError on a list never that short', () => {
    expect(match(issues, failed(popAppend(), ['[[{"e":"IndexError"}],[0,null],[0,0]]'], '3.13.5'))?.id).toBe('gh-130744');
    expect(match(issues, failed(popAppend(), ['[[{"e":"IndexError"}],[0,null],[0,0]]']))?.id).toBe('gh-130744');
  });

  it('and a value that never lived at that index (the upstream report; a default run on 3.13.15t, seed 616161)', () => {
    expect(match(issues, failed(insertFront(), ['[[1],[null],[3,1,2]]']))?.id).toBe('gh-130744');
    const seed616161 = list([0, 0, 0, 0, 1, 1], get(-2), [{ op: 'list.insert', args: [0, 0] }, { op: 'list.imul', args: [0] }]);
    expect(match(issues, failed(seed616161, ['[[0],[null,null],[]]']))?.id).toBe('gh-130744');
    // lst[-1] += 1 reads the same way (its write computes the position under the lock): 7 + 1 stored last.
    const rmw = list([7, 0], [{ op: 'list.rmw-increment', args: [-1] }], [{ op: 'list.insert', args: [0, 5] }]);
    expect(match(issues, failed(rmw, ['[[8],[null],[5,7,8]]']))?.id).toBe('gh-130744');
  });

  it('not an outcome the bug cannot give, nor one of several that it cannot', () => {
    // 3 was only ever at index 0, which the size read never names.
    expect(match(issues, failed(insertFront(), ['[[3],[null],[3,1,2]]']))).toBeUndefined();
    // A value no thread ever stored.
    expect(match(issues, failed(popAppend(), ['[[7],[0,null],[0,0]]']))).toBeUndefined();
    // The reader right but the list wrong afterwards: the bug only reads.
    expect(match(issues, failed(insertFront(), ['[[2],[null],[1,3,2]]']))).toBeUndefined();
    expect(match(issues, failed(insertFront(), ['[[1],[null],[3,1,2]]', '[[3],[null],[3,1,2]]']))).toBeUndefined();
  });

  it('not on another version, a non-negative index, lst[i] = x, another symptom or without the model', () => {
    const f = failed(insertFront(), ['[[1],[null],[3,1,2]]']);
    expect(match(issues, { ...f, version: '3.14.0' })).toBeUndefined();
    // The model gives nothing new for a non-negative index: its read is the documented one.
    expect(bugExplains(insertFront(get(1)), '3.13.15', 'gh-130744', ['[[3],[null],[3,1,2]]'])).toBe(false);
    expect(match(issues, { ...f, scenario: insertFront(get(1)), explains: (k) => k.id === 'gh-130744' })).toBeUndefined();
    // list_ass_subscript turns the index into a position under the lock: a setitem finding is another bug.
    const setitem = insertFront([{ op: 'list.setitem', args: [-1, 9] }]);
    expect(match(issues, { ...f, scenario: setitem, explains: (k) => k.id === 'gh-130744' })).toBeUndefined();
    expect(match(issues, { ...f, forbidden: [], symptom: 'crashed' })).toBeUndefined();
    expect(match(issues, { ...f, explains: undefined })).toBeUndefined();
    expect(match(issues, { ...f, scenario: { ...insertFront(), container: 'dict' } })).toBeUndefined();
  });

  it('matches gh-129519 for s == o when its model gives True: the sizes compared before o grew, s <= o after', () => {
    const eq = (writes: number[]): Scenario => ({ container: 'set+set', initial: [[1, 2], [3]] as never, lock: 'none',
      threads: [writes.map((x) => ({ op: 'set+set:o.add', args: [x] })), [{ op: 'set+set.eq', args: [] }]] });
    // The reproducer's scenario: c == o was True though c = {1, 2} and o went {3}, {1, 3}, {1, 2, 3}.
    expect(match(issues, failed(eq([1, 2]), ['[[null,null],[true],[{"s":[1,2]},{"s":[1,2,3]}]]']))?.id).toBe('gh-129519');
    // True though o never held c: no course of the bug gives it.
    expect(match(issues, failed(eq([1]), ['[[null],[true],[{"s":[1,2]},{"s":[1,3]}]]']))).toBeUndefined();
  });

  it('matches gh-129519 when its model gives the count: len(s) between two members of a bulk update in another thread', () => {
    const bulk: Scenario = { container: 'set', initial: [], lock: 'none',
      threads: [[{ op: 'set.len', args: [] }], [{ op: 'set.symmetric_difference_update', args: [[0, 1, 2]] }]] };
    // ^= (0, 1, 2) on an empty set: len(s) saw 1, a count the set had neither before nor after.
    expect(match(issues, failed(bulk, ['[[1],[null],{"s":[0,1,2]}]']))?.id).toBe('gh-129519');
    // A count no member-by-member course gives, or a member lost besides: another bug.
    expect(match(issues, failed(bulk, ['[[4],[null],{"s":[0,1,2]}]']))).toBeUndefined();
    expect(match(issues, failed(bulk, ['[[1],[null],{"s":[0,1,2]}]', '[[3],[null],{"s":[0,1]}]']))).toBeUndefined();
    // The same wrong length beside single-element writers only is another bug.
    const single: Scenario = { ...bulk, threads: [[{ op: 'set.len', args: [] }], [{ op: 'set.add', args: [1] }]] };
    expect(match(issues, { ...failed(bulk, []), scenario: single, forbidden: ['x'], explains: () => true })).toBeUndefined();
    // A bulk update in the reading thread itself does not count.
    const own: Scenario = { ...bulk, threads: [[{ op: 'set.len', args: [] }, { op: 'set.update', args: [[1]] }], [{ op: 'set.add', args: [1] }]] };
    expect(match(issues, { ...failed(bulk, []), scenario: own, forbidden: ['x'], explains: () => true })).toBeUndefined();
  });
});

describe('gh-140551: a clear() while an insert compares keys whose __eq__ is Python code', () => {
  const issues = loadKnownIssues();
  const X = '{"x":"d[_Y(0)] is missing but iteration gave it with 0"}';
  const pair = (threads: Scenario['threads'], final = `[{"d":[]},${X}]`): FindingShape => ({
    version: '3.13.5', scenario: { container: 'dict+dict', initial: [[], []] as never, lock: 'none', threads },
    forbidden: [`[${threads.map((ops) => `[${ops.map(() => 'null').join(',')}]`).join(',')},${final}]`],
  });
  const insert = { op: 'dict+dict:o.setdefault', args: [{ y: 0 }, 0] }, clear = { op: 'dict+dict:o.clear', args: [] };

  it('excuses the corrupted dict it leaves: an insert and, in another thread, a clear(), keys with a Python __eq__, below 3.13.10', () => {
    expect(match(issues, pair([[clear], [insert]]))?.id).toBe('gh-140551');
    // Whichever of the two the oracle would have blamed: the iterators suite's d.clear() beside d[_Y(0)] = 1000.
    const dict: FindingShape = { version: '3.13.5', forbidden: [`[[null,[]],[null],${X}]`],
      scenario: { container: 'dict', initial: [[{ y: 0 }, 1000]] as never, lock: 'none',
        threads: [[{ op: 'dict.clear', args: [] }, { op: 'dict.items-iterate', args: [] }], [{ op: 'dict.setitem', args: [{ y: 0 }, 1000] }]] } };
    expect(match(issues, dict)?.id).toBe('gh-140551');
    expect(match(issues, { ...pair([[clear], [insert]]), forbidden: [], symptom: 'crashed' })?.id).toBe('gh-140551');
  });

  it('also under a shared iterator, beside its double drop (a default run on 3.13.5t, seed 20261207)', () => {
    const n = { op: 'dict+iter.next', args: [] };
    const scenario: Scenario = { container: 'dict+iter', initial: [[], 'keys', []] as never, lock: 'none', threads: [
      [n, { op: 'dict+iter:c.update', args: [{ d: [[{ y: 0 }, 0]] }] }],
      [n, { op: 'dict+iter:c.setdefault', args: [{ y: 0 }, 0] }, { op: 'dict+iter:c.clear', args: [] }]] };
    const f: FindingShape = { version: '3.13.5', scenario, symptom: 'crashed',
      forbidden: ['[[null,null],[null,0,null],{"x":"d[_Y(0)] is missing but iteration gave it with 0"}]'],
      iteratorEndTwice: () => dropsIteratorTwice(scenario, '3.13.5'), freedBy: (o) => freedAfterDrop(planOf(scenario, '3.13.5'), o) };
    // The crash is what either bug can do; the first entry that can reach it names it.
    expect(match(issues, f)?.id).toBe('gh-140551');
    expect(match(issues, { ...f, version: '3.13.15' })).toBeUndefined();
  });

  it('not with int keys: compare_generic lets the lock go only for Python code, so the insert is whole', () => {
    expect(match(issues, pair([[clear], [{ op: 'dict+dict:o.setdefault', args: [0, 0] }]]))).toBeUndefined();
    expect(match(issues, { ...pair([[clear], [{ op: 'dict+dict:o.setdefault', args: [0, 0] }]]), forbidden: [], symptom: 'crashed' })).toBeUndefined();
  });

  it('not without a clear() in another thread, not on 3.13.10 and later, and never a hang', () => {
    expect(match(issues, pair([[clear, insert], [{ op: 'dict+dict:c.get', args: [0] }]]))).toBeUndefined();
    expect(match(issues, { ...pair([[clear], [insert]]), version: '3.13.15' })).toBeUndefined();
    expect(match(issues, { ...pair([[clear], [insert]]), forbidden: [], symptom: 'hung' })).toBeUndefined();
  });

  it('not a consistent dict with a wrong result beside it: only the corruption is its bug', () => {
    const f = pair([[clear], [insert]]);
    expect(match(issues, { ...f, forbidden: [...f.forbidden!, '[[null],[7],{"d":[]}]'] })).toBeUndefined();
  });
});

describe('gh-129519 seen by an iteration: its size check loads the count lock-free too', () => {
  const issues = loadKnownIssues();
  // A CI run on 3.13.15t (seed 815731487): tuple(c) raised RuntimeError beside s ^= (1, 'a') on {'a'}, whose
  // count goes 1, 0, 1 while it holds the lock; no state before or after differs in size.
  const xor: Scenario = { container: 'set', initial: [] as never, lock: 'compound', threads: [
    [{ op: 'set.symmetric_difference_update', args: [[1, 'a']] }],
    [{ op: 'set.update', args: [['a']] }, { op: 'set.tuple', args: [] }]] };
  const raised = '[[null],[null,{"e":"RuntimeError"}],{"s":[1]}]';

  it('is gh-129519 by its model', () => {
    expect(match(issues, failed(xor, [raised]))?.id).toBe('gh-129519');
  });

  it('but not a member the set never held', () => {
    expect(match(issues, failed(xor, ['[[null],[null,[2]],{"s":[1]}]']))).toBeUndefined();
  });
});

describe('a corrupted structure (a final state that failed the consistency check)', () => {
  const issues = loadKnownIssues();
  const X = '{"x":"d[_K(2)] is missing but iteration gave it with 1"}';
  // The 3.13.5t finding of the dict suite: d.update beside d.clear(), keys with a Python __eq__.
  const merge: Scenario = { container: 'dict', initial: [[{ k: 0 }, 1], [{ k: 2 }, 0]] as never, lock: 'none', threads: [
    [{ op: 'dict.update', args: [{ d: [[{ k: 2 }, 1], [{ k: 0 }, 3], [{ k: 1 }, 1]] }] }, { op: 'dict.delitem', args: [{ k: 0 }] }],
    [{ op: 'dict.pop-default', args: [{ k: 0 }, 0] }, { op: 'dict.clear', args: [] }]] };
  const corrupted = (scenario: Scenario, version: string, final = X): FindingShape =>
    ({ version, scenario, forbidden: [`[${scenario.threads.map((ops) => `[${ops.map(() => 'null').join(',')}]`).join(',')},${final}]`] });

  it('is gh-140551 when an insert (d.update too) and a clear() in another thread are in the scenario, below 3.13.10', () => {
    expect(match(issues, corrupted(merge, '3.13.5'))?.id).toBe('gh-140551');
    expect(match(issues, corrupted(merge, '3.13.15'))).toBeUndefined();
    const noClear = { ...merge, threads: [merge.threads[0], [{ op: 'dict.pop-default', args: [{ k: 0 }, 0] }]] };
    expect(match(issues, corrupted(noClear, '3.13.5'))).toBeUndefined();
  });

  it('is never a bug that cannot corrupt one, whichever operations the scenario runs', () => {
    // gh-142495 loses an append (below 3.13.12); it leaves a consistent dict.
    const dd: Scenario = { container: 'defaultdict', initial: [] as never, lock: 'none', threads: [
      [{ op: 'defaultdict.append', args: [0, 1] }], [{ op: 'defaultdict.getitem', args: [0] }]] };
    expect(match(issues, corrupted(dd, '3.13.5'))).toBeUndefined();
  });
});

describe('gh-142495: the factory\'s list stored over another thread\'s (appends lost, below 3.13.12)', () => {
  const issues = loadKnownIssues();
  const appends: Scenario = { container: 'defaultdict', initial: [] as never, lock: 'none', threads: [
    [{ op: 'defaultdict.append', args: [0, 1] }], [{ op: 'defaultdict.append', args: [0, 2] }]] };

  it('is known by its model: both threads missed the key, the later store replaced the list appended to', () => {
    expect(match(issues, failed(appends, ['[[null],[null],{"d":[[0,[2]]]}]'], '3.13.5'))?.id).toBe('gh-142495');
    expect(match(issues, failed(appends, ['[[null],[null],{"d":[[0,[1]]]}]'], '3.13.5'))?.id).toBe('gh-142495');
  });

  it('not a key nobody inserted, even beside a lost append in the same case (3.13.5t)', () => {
    const lost = '[[null],[null],{"d":[[0,[2]]]}]', stranger = '[[null],[null],{"d":[[0,[1,2]],[5,[]]]}]';
    expect(match(issues, failed(appends, [stranger], '3.13.5'))).toBeUndefined();
    expect(match(issues, failed(appends, [lost, stranger], '3.13.5'))).toBeUndefined();
  });

  it('not on 3.13.12 and later, where the first list stored wins', () => {
    expect(match(issues, failed(appends, ['[[null],[null],{"d":[[0,[2]]]}]'], '3.13.15'))).toBeUndefined();
  });
});

describe('a shared iterator whose container reference is dropped twice (gh-154130, gh-144356)', () => {
  const issues = loadKnownIssues();
  const next = { op: 'dict+iter.next', args: [] };
  const dictIter = (threads: Scenario['threads'], items: [number, number][] = [[0, 0]]): Scenario =>
    ({ container: 'dict+iter', initial: [items, 'keys', []] as never, lock: 'none', threads });
  // Two threads, two next() each, on a one-item dict: both can run the exhaustion path.
  const both = dictIter([[next, next], [next, next]]);
  const freed = '{"x":"the dict is now a _D object: freed while still referenced"}';
  const shape = (scenario: Scenario, extra: Partial<FindingShape>, version = '3.13.15'): FindingShape => ({
    version, scenario, iteratorEndTwice: () => dropsIteratorTwice(scenario, version),
    freedBy: (o) => freedAfterDrop(planOf(scenario, version), o), ...extra,
  });

  it('excuses a crash, a hang, a dead harness and the freed container where two threads can both reach the end', () => {
    expect(dropsIteratorTwice(both, '3.13.15')).toBe('yes');
    for (const symptom of ['crashed', 'hung', 'error'] as const) expect(match(issues, shape(both, { symptom }))?.id).toBe('gh-154130');
    expect(match(issues, shape(both, { forbidden: [`[[0,null],[null,null],${freed}]`] }))?.id).toBe('gh-154130');
    // The harness holds references of its own, so the dict stays alive: every result keeps its documented value,
    // and only the harness's report replaces the final state. A lost write is a finding (the 3.13.15t finding of
    // seed 515151, {} after c[2] = 2 on an empty dict's iterator, came from a harness that let the dict be freed).
    const write = dictIter([[next, next], [next, { op: 'dict+iter:c.setitem', args: [2, 2] }]], []);
    const dropped = '{"x":"the dict\'s reference was dropped twice (9 references where at least 10 are held): freed while still referenced"}';
    expect(match(issues, shape(write, { forbidden: [`[[null,null],[null,null],${dropped}]`] }))?.id).toBe('gh-154130');
    expect(match(issues, shape(write, { forbidden: ['[[null,null],[null,null],{"d":[]}]'] }))).toBeUndefined();
  });

  it('not where the models let only one thread reach the end: one next() each on a one-item dict', () => {
    const once = dictIter([[next], [next]]);
    expect(dropsIteratorTwice(once, '3.13.15')).toBe('no');
    expect(match(issues, shape(once, { symptom: 'crashed' }))).toBeUndefined();
    expect(match(issues, shape(once, { forbidden: [`[[0],[null],${freed}]`] }))).toBeUndefined();
    // Nor with next() in one thread only, whatever the others do to the dict.
    const alone = dictIter([[next, next, next], [{ op: 'dict+iter:c.delitem', args: [0] }]]);
    expect(match(issues, shape(alone, { symptom: 'crashed' }))).toBeUndefined();
    // A lost d[3] = 3 where no drop can happen is a finding (the dict is never freed there).
    const lost = dictIter([[next, next, next], [{ op: 'dict+iter:c.setitem', args: [3, 3] }]]);
    expect(dropsIteratorTwice(lost, '3.13.15')).toBe('no');
    expect(match(issues, shape(lost, { forbidden: ['[[0,null,null],[null],{"d":[[0,0]]}]'] }))).toBeUndefined();
  });

  it('never what the bug does not do, on any version: an element never held, a wrong result before the drop', () => {
    for (const version of ['3.13.15', '3.15.0']) {
      // next() returned 7, which the dict never held; a next() after the drop answers None (its di_dict is NULL).
      expect(match(issues, shape(both, { forbidden: ['[[7,null],[null,null],{"d":[[0,0]]}]'] }, version))).toBeUndefined();
      expect(match(issues, shape(both, { forbidden: ['[[0,null],[null,7],{"d":[]}]'] }, version))).toBeUndefined();
      // d.pop(5, 9) on a dict without 5 beside the drop: 9 is its result, a KeyError is a finding even in a run whose
      // check reports the drop (the dict was never freed).
      const pop = dictIter([[{ op: 'dict+iter:c.pop-default', args: [5, 9] }, next, next], [next, next]]);
      expect(match(issues, shape(pop, { forbidden: [`[[9,0,null],[null,null],${freed}]`] }, version))?.id).toBe('gh-154130');
      expect(match(issues, shape(pop, { forbidden: [`[[{"e":"KeyError"},0,null],[null,null],${freed}]`] }, version))).toBeUndefined();
      // A next() that raised RuntimeError where no other thread changed the size: a finding, report or not.
      const aliased = '{"x":"the dict is now another pair\'s dict: freed while still referenced"}';
      expect(match(issues, shape(both, { forbidden: [`[[{"e":"RuntimeError"},null],[null,null],${aliased}]`] }, version))).toBeUndefined();
      // Beside a crash the bug explains, such an outcome still keeps the finding.
      expect(match(issues, shape(both, { symptom: 'crashed', forbidden: ['[[7,null],[null,null],{"d":[[0,0]]}]'] }, version))).toBeUndefined();
    }
  });

  it('a next() that loaded di_dict before another thread dropped it checks the size later, and may drop it again', () => {
    // 3.13.5t, --suite iterators --seed=20261207: t0's next() passed the size check on the empty dict, found the key
    // t1's setdefault had just inserted, raised "keys changed" and dropped the dict (concurrent_modification: goto
    // fail); t1's next(), which had loaded di_dict before that, passed the size check after t0's del d['a'] and
    // found no entry: a second drop. The models had the load of di_dict and the size check as one instant.
    const s = dictIter([[next, { op: 'dict+iter:c.delitem', args: ['a'] }],
      [{ op: 'dict+iter:c.setdefault', args: ['a', 2] }, next]] as never, []);
    const dropped = '{"x":"the dict\'s reference was dropped twice (9 references where at least 10 are held): freed while still referenced"}';
    for (const version of ['3.13.5', '3.13.15']) {
      expect(dropsIteratorTwice(s, version)).toBe('yes');
      expect(match(issues, shape(s, { forbidden: [`[[{"e":"RuntimeError"},null],[2,null],${dropped}]`] }, version))?.id).toBe('gh-154130');
      // Not with a result the drop does not give: t1's setdefault cannot return 3.
      expect(match(issues, shape(s, { forbidden: [`[[{"e":"RuntimeError"},null],[3,null],${dropped}]`] }, version))).toBeUndefined();
    }
  });

  it('the set iterator the same way (gh-144356): a harness dead of a Python error, two threads at the end', () => {
    const snext = { op: 'set+iter.next', args: [] };
    const set = (threads: Scenario['threads'], initial: string[]): Scenario => ({ container: 'set+iter', initial: initial as never, lock: 'none', threads });
    expect(match(issues, shape(set([[snext, snext], [snext]], ['a']), { symptom: 'error' }))?.id).toBe('gh-144356');
    expect(match(issues, shape(set([[snext], [snext]], ['a', 'b']), { symptom: 'error' }))).toBeUndefined();
    expect(match(issues, shape(set([[snext, snext], [{ op: 'set+iter:c.clear', args: [] }]], ['a']), { symptom: 'error' }))).toBeUndefined();
  });
});

describe('a shared set iterator\'s size check seeing a bulk operation half done (gh-129519)', () => {
  const issues = loadKnownIssues();
  const c = (op: string, ...args: unknown[]) => ({ op, args: args as never });
  // 3.13.5t, --suite iterators --seed=20261207 (shrunk; the reproducer showed it 10 of 10): t1's next() gave '~k0'
  // after its own discard('~k0'), the size check passing on the count 1 that t0's update(['~k0', '~k1']) passes
  // through; setiter_iternext loads so->used lock-free, the bulk operation stores it once per member.
  const s: Scenario = { container: 'set+iter', initial: ['~k0'] as never, lock: 'none', threads: [
    [c('set+iter:c.pop'), c('set+iter:c.update', ['~k0', '~k1']), c('set+iter.next')],
    [c('set+iter:c.discard', '~k0'), c('set+iter.next')],
    [c('set+iter:c.isub', ['~k0', '~k1']), c('set+iter:c.isub', ['~k3', '~k0', '~k2']), c('set+iter.next'),
      c('set+iter:c.add', '~k2'), c('set+iter:c.pop')]] };
  const seen = '[["~k0",null,{"e":"RuntimeError"}],[null,"~k0"],[null,null,{"e":"RuntimeError"},null,"~k2"],{"s":[]}]';

  it('is excused on 3.13 by the bug\'s model, and needs no excuse where the bulk operation is staged (3.14)', () => {
    for (const version of ['3.13.5', '3.13.15']) expect(match(issues, failed(s, [seen], version))?.id).toBe('gh-129519');
    expect(gradeOutcome(expectationsOf(planOf(s, '3.14.0')), seen).expect).toBe('ACCEPTABLE_INTERESTING');
  });

  it('never an element the set never held, nor without a bulk operation in another thread', () => {
    const invented = '[["~k0",null,{"e":"RuntimeError"}],[null,"~k9"],[null,null,{"e":"RuntimeError"},null,"~k2"],{"s":[]}]';
    expect(match(issues, failed(s, [invented], '3.13.15'))).toBeUndefined();
    const noBulk: Scenario = { ...s, threads: [[c('set+iter:c.pop'), c('set+iter:c.add', '~k0'), c('set+iter.next')],
      [c('set+iter:c.discard', '~k0'), c('set+iter.next')]] };
    expect(match(issues, { version: '3.13.15', scenario: noBulk, forbidden: ['[["~k0",null,null],[null,"~k1"],{"s":["~k0"]}]'],
      explains: () => true })).toBeUndefined();
  });
});

describe('OrderedDict on 3.13 (gh-125996): only what its unlocked linked list does', () => {
  const issues = loadKnownIssues();
  const od = (threads: Scenario['threads']): Scenario => ({ container: 'odict', initial: [[0, 0], [1, 1]] as never, lock: 'none', threads });
  const pops = od([[{ op: 'odict.popitem', args: [] }], [{ op: 'odict.setitem', args: [2, 2] }, { op: 'odict.popitem', args: [] }]]);

  it('a crash, a hang or a corrupted structure where two threads change the linked list', () => {
    expect(match(issues, { version: '3.13.15', scenario: pops, symptom: 'crashed' })?.id).toBe('gh-125996');
    expect(match(issues, { version: '3.13.15', scenario: pops, forbidden: ['[[null],[null,null],{"x":"len 2 but iteration gave 1 keys"}]'] })?.id).toBe('gh-125996');
  });

  it('and what its model gives: two popitem() took the same last key, the second raises KeyError on a non-empty OrderedDict', () => {
    const two = od([[{ op: 'odict.popitem', args: [] }], [{ op: 'odict.popitem', args: [] }]]);
    expect(match(issues, failed(two, ['[[[1,1]],[{"e":"KeyError"}],{"d":[[0,0]]}]']))?.id).toBe('gh-125996');
    // Not a key it never held, nor a pop that took nothing yet lost the key.
    expect(match(issues, failed(two, ['[[[1,1]],[[1,1]],{"d":[[0,0]]}]']))).toBeUndefined();
    expect(match(issues, failed(two, ['[[[1,1]],[{"e":"KeyError"}],{"d":[]}]']))).toBeUndefined();
  });

  // CI on 3.13.15t (seed 1382695925): od[k] = v had stored in the dict (len 1) but not linked its node yet
  // (_odict_add_new_node runs without a lock) when two popitem(last=False) found the list empty.
  const insertPops = (initial: never) => ({ container: 'odict', initial, lock: 'none', threads: [
    [{ op: 'odict.setitem', args: [0, 1002] }],
    [{ op: 'odict.popitem_first', args: [] }, { op: 'odict.get', args: [3] }, { op: 'odict.len', args: [] }],
    [{ op: 'odict.len', args: [] }, { op: 'odict.popitem_first', args: [] }]] }) as Scenario;

  it('an insert seen in the dict part before its node is linked: popitem() finds the list empty', () => {
    const s = insertPops([] as never);
    expect(match(issues, failed(s, ['[[null],[{"e":"KeyError"},null,1],[1,{"e":"KeyError"}],{"d":[[0,1002]]}]']))?.id).toBe('gh-125996');
    // pop(k, default) finds no node for a key the dict holds: the default, and the key stays.
    const pop: Scenario = { ...s, threads: [s.threads[0], [{ op: 'odict.get', args: [0] }, { op: 'odict.pop-default', args: [0, 7] }]] };
    expect(match(issues, failed(pop, ['[[null],[1002,7],{"d":[[0,1002]]}]']))?.id).toBe('gh-125996');
    // Not a popitem() that finds nothing where no insert is pending, nor a length the dict never had.
    const full = insertPops([[5, 5]] as never);
    expect(match(issues, failed({ ...full, threads: [[{ op: 'odict.get', args: [5] }], full.threads[1]] },
      ['[[5],[{"e":"KeyError"},null,1],{"d":[[5,5]]}]']))).toBeUndefined();
    expect(match(issues, failed(s, ['[[null],[{"e":"KeyError"},null,2],[1,{"e":"KeyError"}],{"d":[[0,1002]]}]']))).toBeUndefined();
    // The order the nodes were linked in, not a pop of the value another key holds.
    expect(match(issues, failed(s, ['[[null],[[0,5],null,0],[1,{"e":"KeyError"}],{"d":[]}]']))).toBeUndefined();
  });

  it('a lookup of a missing key during a half-done clear() finds a node the dict lost (CI, 3.13.15t, seed 1391098009)', () => {
    const k = (v: number) => ({ k: v });
    const s: Scenario = { container: 'odict', initial: [[k(3), 1], [k(1), 2], [k(0), 1]] as never, lock: 'none', threads: [
      [{ op: 'odict.move_to_end', args: [k(0)] }, { op: 'odict.pop-default', args: [k(2), 1] }],
      [{ op: 'odict.clear', args: [] }, { op: 'odict.setitem', args: [k(1), 0] }, { op: 'odict.setitem', args: [k(1), 3] }],
      [{ op: 'odict.move_to_end', args: [k(3)] }, { op: 'odict.move_to_front', args: [k(2)] }, { op: 'odict.move_to_front', args: [k(1)] }]] };
    // move_to_front of _K(2), never inserted, returned None.
    expect(match(issues, failed(s, ['[[null,1],[null,null,null],[null,null,null],{"d":[[{"k":1},3]]}]']))?.id).toBe('gh-125996');
    // Without a clear() no node is left without its key: the same success is not excused.
    const noClear: Scenario = { ...s, threads: [s.threads[0], s.threads[1].slice(1), s.threads[2]] };
    expect(match(issues, failed(noClear, ['[[null,1],[null,null],[null,null,null],{"d":[[{"k":3},1],[{"k":1},3],[{"k":0},1]]}]'])))
      .toBeUndefined();
  });

  it('not a wrong value of a consistent OrderedDict, not beside readers only, not on 3.14', () => {
    expect(match(issues, { version: '3.13.15', scenario: pops, forbidden: ['[[[1,7]],[null,[0,0]],{"d":[[2,2]]}]'], explains: () => false })).toBeUndefined();
    const readers = od([[{ op: 'odict.popitem', args: [] }], [{ op: 'odict.get', args: [0] }, { op: 'odict.len', args: [] }]]);
    expect(match(issues, { version: '3.13.15', scenario: readers, symptom: 'crashed' })).toBeUndefined();
    expect(match(issues, { version: '3.14.0', scenario: pops, symptom: 'crashed' })).toBeUndefined();
  });
});

describe('a lock-free list reader that reads the array list.sort() is rewriting in place (gh-154756)', () => {
  const issues = loadKnownIssues();
  const sorting = (initial: number[], reader: Scenario['threads'][number]): Scenario =>
    ({ container: 'list', initial: initial as never, lock: 'none', threads: [reader, [{ op: 'list.sort', args: [] }]] });
  // Seen on 16 cores: c == [1, 0] while another thread sorts it, and tuple(reversed(c)) gives (1,).
  const s: Scenario = { container: 'list', initial: [0] as never, lock: 'none', threads: [
    [{ op: 'list.setitem', args: [0, 1] }, { op: 'list.append', args: [0] }, { op: 'list.reversed', args: [] }],
    [{ op: 'list.sort', args: [] }]] };

  it('matches by the bug\'s model: the 16-core finding', () => {
    expect(match(issues, failed(s, ['[[null,null,[1]],[null],[0,1]]']))?.id).toBe('gh-154756');
  });

  it('a read of an array the sort has half rewritten: a value never at that index in any state of the list', () => {
    // sortTrace([2, 0, 1]): [0, 0, 1], [0, 2, 1], [0, 2, 2], [0, 1, 2]; c[1] reads 2 from the middle two.
    expect(match(issues, failed(sorting([2, 0, 1], get(1)), ['[[2],[null],[0,1,2]]']))?.id).toBe('gh-154756');
    // An iteration: its first read before the sort, its second from the array, then the list is empty.
    const iterate = sorting([2, 0, 1], [{ op: 'list.iterate', args: [] }]);
    expect(match(issues, failed(iterate, ['[[[2,2]],[null],[0,1,2]]']))?.id).toBe('gh-154756');
    // ... or the sort has finished by the third read, which sees the sorted list.
    expect(match(issues, failed(iterate, ['[[[2,2,2]],[null],[0,1,2]]']))?.id).toBe('gh-154756');
  });

  it('and lst[i] += 1, whose read is one too: 2 read from the array, 3 stored after the sort', () => {
    const rmw = sorting([2, 0, 1], [{ op: 'list.rmw-increment', args: [1] }]);
    expect(match(issues, failed(rmw, ['[[3],[null],[0,3,2]]']))?.id).toBe('gh-154756');
    expect(match(issues, failed(rmw, ['[[4],[null],[0,4,2]]']))).toBeUndefined();
  });

  it('not what the sort never stores there, nor two reads from the array in one iteration', () => {
    // 3 is never in the list; 1 is never at index 0 of any array the sort makes.
    expect(match(issues, failed(sorting([2, 0, 1], get(1)), ['[[3],[null],[0,1,2]]']))).toBeUndefined();
    expect(match(issues, failed(sorting([2, 0, 1], get(0)), ['[[1],[null],[0,1,2]]']))).toBeUndefined();
    // (2, 2, 1): the 1 at index 2 is only in the array while the sort runs, but a read that began after the
    // read before it took from the array finds the list empty (size 0) or the sort done (2 there).
    const iterate = sorting([2, 0, 1], [{ op: 'list.iterate', args: [] }]);
    expect(match(issues, failed(iterate, ['[[[2,2,1]],[null],[0,1,2]]']))).toBeUndefined();
    // len(c) saw the emptied list, so c[1] began while the sort ran: out of bounds, or 1 after it.
    const lenThenGet = sorting([2, 0, 1], [{ op: 'list.len', args: [] }, ...get(1)]);
    expect(match(issues, failed(lenThenGet, ['[[0,2],[null],[0,1,2]]']))).toBeUndefined();
  });

  it('nor without a sort in another thread', () => {
    const noSort: Scenario = { ...s, threads: [s.threads[0], [{ op: 'list.reverse', args: [] }]] };
    expect(match(issues, failed(noSort, ['[[null,null,[1]],[null],[0,1]]']))).toBeUndefined();
  });
});

describe('a growing list hands a lock-free reader a stale slot (unfiled-list-stale-slot)', () => {
  const issues = loadKnownIssues();
  const grown = (initial: number[], grower: Scenario['threads'][number], reader: Scenario['threads'][number]): Scenario =>
    ({ container: 'list', initial: initial as never, lock: 'none', threads: [grower, reader] });
  // The reproducer: c.pop(2) took 1001, then c[2] gave it back while another thread ran c *= 2.
  const imul = grown([1000, 1000, 1001], [{ op: 'list.imul', args: [2] }], [{ op: 'list.pop-index', args: [2] }, ...get(2)]);
  const insert = grown([1000, 1001, 1002], [{ op: 'list.insert', args: [0, 1003] }], [{ op: 'list.pop', args: [] }, ...get(2)]);

  it('matches by the bug\'s model: an item popped before, read back from a slot the grower has not stored yet', () => {
    expect(match(issues, failed(imul, ['[[null],[1001,1001],[1000,1000,1000,1000]]']))?.id).toBe('unfiled-list-stale-slot');
    expect(match(issues, failed(insert, ['[[null],[1002,1002],[1003,1000,1001]]']))?.id).toBe('unfiled-list-stale-slot');
  });

  it('and lst[i] += 1, which adds 1 to the popped item and stores it', () => {
    const rmw = grown([1000, 1001, 1002], [{ op: 'list.insert', args: [0, 1003] }], [{ op: 'list.pop', args: [] }, { op: 'list.rmw-increment', args: [2] }]);
    expect(match(issues, failed(rmw, ['[[null],[1002,1003],[1003,1000,1003]]']))?.id).toBe('unfiled-list-stale-slot');
    expect(match(issues, failed(rmw, ['[[null],[1002,1008],[1003,1000,1008]]']))).toBeUndefined();
  });

  it('and a shared list iterator that yields the popped item from the grown slot (3.13.15t: after 512 runs)', () => {
    const it3: Scenario = { container: 'list+iter', initial: [1000, 1001, 1002] as never, lock: 'none', threads: [
      [{ op: 'list+iter:c.insert', args: [0, 1003] }],
      [{ op: 'list+iter:c.pop', args: [] }, ...[0, 1, 2].map(() => ({ op: 'list+iter.next', args: [] }))]] };
    expect(match(issues, failed(it3, ['[[null],[1002,1000,1001,1002],[1003,1000,1001]]']))?.id).toBe('unfiled-list-stale-slot');
    expect(match(issues, failed(it3, ['[[null],[1002,1000,1001,7],[1003,1000,1001]]']))).toBeUndefined();
  });

  it('not a value the scenario never puts in the list, nor without an operation that vacates slots', () => {
    expect(match(issues, failed(insert, ['[[null],[1002,7],[1003,1000,1001]]']))).toBeUndefined();
    // Nothing ever shrinks the list: its grown slots are NULL (fresh, zeroed) and the reader waits for the store.
    const neverShrinks = grown([1, 2], [{ op: 'list.insert', args: [0, 3] }], get(-1));
    expect(match(issues, failed(neverShrinks, ['[[null],[3],[3,1,2]]']))).toBeUndefined();
    // append stores the slot before the size: no window, whatever was popped.
    const append = grown([1000, 1001, 1002], [{ op: 'list.append', args: [1003] }], [{ op: 'list.pop', args: [] }, ...get(2)]);
    expect(match(issues, failed(append, ['[[null],[1002,1002],[1000,1001,1003]]']))).toBeUndefined();
  });

  it('only an item that sat at that same index: not one that only ever sat at slot 0, nor an argument only compared', () => {
    // [1000, 1001, 1002]: c.pop() then c[2] beside c.insert(0, 1003); 1000 was only ever at index 0 or 1.
    expect(match(issues, failed(insert, ['[[null],[1002,1000],[1003,1000,1001]]']))).toBeUndefined();
    // 9 in c, where 9 is only the argument of `in`: never stored, so never in any slot.
    const contains = grown([1000, 1001, 1002], [{ op: 'list.insert', args: [0, 1003] }],
      [{ op: 'list.pop', args: [] }, { op: 'list.contains', args: [9] }]);
    expect(match(issues, failed(contains, ['[[null],[1002,true],[1003,1000,1001]]']))).toBeUndefined();
    // The popped 1002 read back from its own slot (index 2) is the bug, through `in` too.
    const has1002 = grown([1000, 1001, 1002], [{ op: 'list.insert', args: [0, 1003] }],
      [{ op: 'list.pop', args: [] }, { op: 'list.contains', args: [1002] }]);
    expect(match(issues, failed(has1002, ['[[null],[1002,true],[1003,1000,1001]]']))?.id).toBe('unfiled-list-stale-slot');
  });

  it('only the last item stored in that slot of that array: not one overwritten since, not one from before a clear()', () => {
    // c[2] = 5 replaced the pointer 1002 in slot 2; c.pop() then left 5 there, which the grown slot hands back
    // (the reader's IndexError places its second read after the pop).
    const overwritten = grown([1000, 1001, 1002], [{ op: 'list.setitem', args: [2, 5] }, { op: 'list.pop', args: [] },
      { op: 'list.insert', args: [0, 9] }], [...get(2), ...get(2)]);
    const ie = '{"e":"IndexError"}';
    expect(match(issues, failed(overwritten, [`[[null,5,null],[${ie},5],[9,1000,1001]]`]))?.id).toBe('unfiled-list-stale-slot');
    expect(match(issues, failed(overwritten, [`[[null,5,null],[${ie},1002],[9,1000,1001]]`]))).toBeUndefined();
    // clear() frees the array (list_clear): the list regrown from empty has zeroed slots, so the reader that saw
    // the regrown list waits for the store; 1002, popped before the clear, is not in any slot of the new array.
    const cleared = grown([1000, 1001, 1002], [{ op: 'list.pop', args: [] }, { op: 'list.clear', args: [] },
      { op: 'list.append', args: [7] }, { op: 'list.append', args: [8] }, { op: 'list.insert', args: [0, 9] }],
    [...get(0), ...get(2)]);
    expect(match(issues, failed(cleared, ['[[1002,null,null,null,null],[7,1002],[9,7,8]]']))).toBeUndefined();
    // After the clear the new array is tracked as the old one was: 6, popped from it, comes back from its slot 1
    // (c[0] == 7 places the read after the pop).
    const refilled = grown([1000, 1001, 1002], [{ op: 'list.clear', args: [] }, { op: 'list.append', args: [5] },
      { op: 'list.append', args: [6] }, { op: 'list.pop', args: [] }, { op: 'list.setitem', args: [0, 7] },
      { op: 'list.insert', args: [0, 9] }], [...get(0), ...get(1)]);
    expect(match(issues, failed(refilled, ['[[null,null,null,6,null,null],[7,6],[9,7]]']))?.id).toBe('unfiled-list-stale-slot');
    // list.sort() empties the list for a while but puts its array back (keepsArrayWhenEmpty): the pointer 2, popped
    // before the sort, is still in slot 2 (len(c) == 0, seen only while the sort runs, places the read after it).
    const sorted = grown([3, 1, 2], [{ op: 'list.pop', args: [] }, { op: 'list.sort', args: [] }, { op: 'list.insert', args: [0, 9] }],
      [{ op: 'list.len', args: [] }, ...get(2)]);
    expect(match(issues, failed(sorted, ['[[2,null,null],[0,2],[9,1,3]]']))?.id).toBe('unfiled-list-stale-slot');
    // Without the clear the popped pointer is still in slot 2 when the list grows back over it.
    const kept = grown([1000, 1001, 1002], [{ op: 'list.pop', args: [] }, { op: 'list.insert', args: [0, 9] }],
      [...get(0), ...get(2)]);
    expect(match(issues, failed(kept, ['[[1002,null],[9,1002],[9,1000,1001]]']))?.id).toBe('unfiled-list-stale-slot');
  });

  it('names only operations the catalogue has', () => {
    const ids = new Set(catalogue.map((op) => op.id));
    const entry = issues.find((k) => k.id === 'unfiled-list-stale-slot')!;
    for (const id of [...entry.ops, ...entry.during ?? [], ...LEAVE_STALE_SLOTS]) expect(ids.has(id), id).toBe(true);
  });
});

describe('a finding that is two known bugs at once', () => {
  const issues = loadKnownIssues();
  // A default run on 3.13.15t (seed 919191, resize): c[-2] beside c[1:-1] = [] then c += [3, 2, 1, 2, 3] raised
  // IndexError (gh-130744: the position from the size before the shrink) and returned 3 (a stale slot: 3 was at
  // index 5 before the shrink, and the grown list's slot 5 still pointed at it).
  const s: Scenario = { container: 'list', initial: [0, 0, 0, 0, 0, 3, 0, 0, 0] as never, lock: 'none', threads: [
    get(-2), [{ op: 'list.setslice', args: [1, -1, []] }, { op: 'list.iadd', args: [[3, 2, 1, 2, 3]] }]] };
  const indexError = '[[{"e":"IndexError"}],[null,null],[0,0,3,2,1,2,3]]';
  const stale = '[[3],[null,null],[0,0,3,2,1,2,3]]';

  it('is known when each forbidden outcome is what one of the known bugs of its shape gives, and names them all', () => {
    expect(match(issues, failed(s, [indexError]))?.id).toBe('gh-130744');
    expect(match(issues, failed(s, [stale]))?.id).toBe('unfiled-list-stale-slot');
    expect(match(issues, failed(s, [indexError, stale]))?.id).toBe('gh-130744 + unfiled-list-stale-slot');
  });

  it('but not when one outcome is neither', () => {
    expect(match(issues, failed(s, [indexError, stale, '[[7],[null,null],[0,0,3,2,1,2,3]]']))).toBeUndefined();
    // Nor on 3.14, where gh-130744 is fixed: the IndexError is then a new finding.
    expect(match(issues, { ...failed(s, [indexError, stale]), version: '3.14.0' })).toBeUndefined();
  });
});

describe('a set holding one key twice (unfiled-set-add-equal-twice): only that corruption, only where it can happen', () => {
  const issues = loadKnownIssues();
  const y = (v: number) => ({ y: v });
  const s: Scenario = { container: 'set', initial: [y(0), y(2)] as never, lock: 'none', threads: [
    [{ op: 'set.add', args: [y(1)] }], [{ op: 'set.remove', args: [y(0)] }, { op: 'set.add', args: [y(1)] }]] };
  const twice = '[[null],[null,null],{"x":"len(s) is 3 but iteration gave [_Y(1), _Y(1), _Y(2)]"}]';

  it('excuses the member iterated twice, where two threads add and another removes, with Python-__eq__ keys', () => {
    expect(match(issues, { version: '3.13.15', scenario: s, forbidden: [twice] })?.id).toBe('unfiled-set-add-equal-twice');
  });

  it('not another corruption, not without the removal, not with keys whose __eq__ is C code', () => {
    const other = '[[null],[null,null],{"x":"_Y(1) was iterated but is not in the set"}]';
    expect(match(issues, { version: '3.13.15', scenario: s, forbidden: [other] })).toBeUndefined();
    const noRemoval: Scenario = { ...s, threads: [s.threads[0], [{ op: 'set.discard', args: [y(3)] }, { op: 'set.add', args: [y(1)] }]].map((ops) =>
      ops.filter((c) => c.op === 'set.add')) };
    expect(match(issues, { version: '3.13.15', scenario: noRemoval, forbidden: [twice] })).toBeUndefined();
    const ints: Scenario = { ...s, initial: [0, 2] as never, threads: [[{ op: 'set.add', args: [1] }], [{ op: 'set.remove', args: [0] }, { op: 'set.add', args: [1] }]] };
    expect(match(issues, { version: '3.13.15', scenario: ints, forbidden: ['[[null],[null,null],{"x":"len(s) is 3 but iteration gave [1, 1, 2]"}]'] }))
      .toBeUndefined();
  });
});
