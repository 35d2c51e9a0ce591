import { describe, expect, it } from 'vitest';
import { loadKnownIssues } from '../../src/knownIssues/loadKnownIssues.ts';
import { matchKnownIssue, type FindingShape } from '../../src/knownIssues/matchKnownIssue.ts';
import type { Scenario } from '../../src/scenario/scenario.ts';
import { existsSync } from 'node:fs';
import { expectationsOf } from '../../src/oracle/expectations.ts';
import { gradeOutcome } from '../../src/oracle/gradeOutcome.ts';
import { planOf } from '../../src/oracle/plan.ts';

// The shape of gh-130744 as ftconform found it on 3.13.5t: lst[-1] raised IndexError on a list that
// another thread only popped and appended to (it never had fewer than one element).
const scenario = (index: number, op = 'list.getitem'): Scenario => ({
  container: 'list', initial: [0, 0], lock: 'none',
  threads: [[{ op, args: [index] }], [{ op: 'list.pop', args: [] }, { op: 'list.append', args: [0] }]],
});
const finding = (over: Partial<FindingShape> = {}): FindingShape =>
  ({ version: '3.13.5', status: 'failed', scenario: scenario(-1), blamed: [0, 0], blamedResult: { e: 'IndexError' }, ...over });

describe('known issues', () => {
  const issues = loadKnownIssues();

  it('every entry names a reproducer that exists', () => {
    for (const k of issues) expect(existsSync(k.reproducer), k.reproducer).toBe(true);
  });

  it('matches gh-130744 on 3.13 when a negative-index read is blamed', () => {
    expect(matchKnownIssue(issues, finding())?.id).toBe('gh-130744');
    expect(matchKnownIssue(issues, finding({ scenario: scenario(-2, 'list.rmw-increment') }))?.id).toBe('gh-130744');
  });

  it('does not excuse the same symptom elsewhere', () => {
    expect(matchKnownIssue(issues, finding({ version: '3.14.0' }))).toBeUndefined();
    expect(matchKnownIssue(issues, finding({ scenario: scenario(1) }))).toBeUndefined();
    expect(matchKnownIssue(issues, finding({ blamed: [1, 0] }))).toBeUndefined();
    expect(matchKnownIssue(issues, finding({ status: 'crashed', blamed: undefined, scenario: scenario(1) }))).toBeUndefined();
    expect(matchKnownIssue(issues, finding({ scenario: { ...scenario(-1), container: 'dict' } }))).toBeUndefined();
  });

  it('excuses only the symptom it names: the blamed operation must have raised IndexError', () => {
    // lst[-1] returning a wrong element, or lst[-1] = x leaving a wrong final state, is another bug.
    expect(matchKnownIssue(issues, finding({ blamedResult: 7 }))).toBeUndefined();
    expect(matchKnownIssue(issues, finding({ scenario: scenario(-1, 'list.setitem'), blamedResult: null }))).toBeUndefined();
    expect(matchKnownIssue(issues, finding({ scenario: scenario(-1, 'list.setitem') }))?.id).toBe('gh-130744');
  });

  it('matches gh-129519 only for len(s) racing a bulk update in another thread', () => {
    const bulk: Scenario = { container: 'set', initial: [], lock: 'none',
      threads: [[{ op: 'set.len', args: [] }], [{ op: 'set.symmetric_difference_update', args: [[0, 1, 2]] }]] };
    const f: FindingShape = { version: '3.13.15', status: 'failed', scenario: bulk, blamed: [0, 0], blamedResult: 1 };
    expect(matchKnownIssue(issues, f)?.id).toBe('gh-129519');
    // The same wrong length beside single-element writers only is another bug.
    const single: Scenario = { ...bulk, threads: [[{ op: 'set.len', args: [] }], [{ op: 'set.add', args: [1] }]] };
    expect(matchKnownIssue(issues, { ...f, scenario: single })).toBeUndefined();
    // A bulk update in the reading thread itself does not count.
    const own: Scenario = { ...bulk, threads: [[{ op: 'set.len', args: [] }, { op: 'set.update', args: [[1]] }], [{ op: 'set.add', args: [1] }]] };
    expect(matchKnownIssue(issues, { ...f, scenario: own })).toBeUndefined();
  });
});

describe('known issues without a blamed operation (corrupted structures, crashes)', () => {
  const issues = loadKnownIssues();
  const clearDuringInsert = (threads: Scenario['threads']): FindingShape => ({
    version: '3.13.5', status: 'failed', scenario: { container: 'dict+dict', initial: [[], []] as never, lock: 'none', threads },
  });

  it('gh-140551 needs the insert and, in another thread, the clear', () => {
    const insert = { op: 'dict+dict:o.setdefault', args: [{ y: 0 }, 0] }, clear = { op: 'dict+dict:o.clear', args: [] };
    expect(matchKnownIssue(issues, clearDuringInsert([[clear], [insert]]))?.id).toBe('gh-140551');
    expect(matchKnownIssue(issues, clearDuringInsert([[clear, insert], [{ op: 'dict+dict:c.get', args: [0] }]]))).toBeUndefined();
    expect(matchKnownIssue(issues, { ...clearDuringInsert([[clear], [insert]]), version: '3.13.15' })).toBeUndefined();
  });

  it('gh-140551 also when the oracle blames the clear() (the iterators suite on 3.13.5t), never a clear alone', () => {
    const threads: Scenario['threads'] = [[{ op: 'dict.clear', args: [] }, { op: 'dict.items-iterate', args: [] }],
      [{ op: 'dict.setitem', args: [{ y: 0 }, 1000] }]];
    const f: FindingShape = { version: '3.13.5', status: 'failed', blamed: [0, 0], blamedResult: null,
      scenario: { container: 'dict', initial: [[{ y: 0 }, 1000]] as never, lock: 'none', threads } };
    expect(matchKnownIssue(issues, f)?.id).toBe('gh-140551');
    // The iteration blamed, or no insert in another thread: another bug.
    expect(matchKnownIssue(issues, { ...f, blamed: [0, 1] })).toBeUndefined();
    expect(matchKnownIssue(issues, { ...f, scenario: { ...f.scenario, threads: [threads[0], [{ op: 'dict.get', args: [0] }]] } })).toBeUndefined();
    expect(matchKnownIssue(issues, { ...f, version: '3.13.15' })).toBeUndefined();
  });
});

describe('known issues of a freed container (gh-154130)', () => {
  const issues = loadKnownIssues();
  const next = { op: 'dict+iter.next', args: [] };
  const shape = (threads: Scenario['threads'], blamed: [number, number]): FindingShape => ({
    version: '3.13.15', status: 'failed', blamed, blamedResult: null,
    scenario: { container: 'dict+iter', initial: [[[0, 0]], 'keys', []] as never, lock: 'none', threads },
  });

  it('any operation may be blamed once threads share the iterator\'s end: the dict may be another one by then', () => {
    const threads = [[next, { op: 'dict+iter:c.update', args: [{ d: [] }] }], [{ op: 'dict+iter:c.delitem', args: [0] }, next]];
    expect(matchKnownIssue(issues, shape(threads, [1, 0]))?.id).toBe('gh-154130');
  });

  it('but not without a next() in another thread than the blamed one', () => {
    const threads = [[next, { op: 'dict+iter:c.delitem', args: [0] }], [{ op: 'dict+iter:c.setitem', args: [1, 1] }]];
    expect(matchKnownIssue(issues, shape(threads, [0, 1]))).toBeUndefined();
  });
});

describe('a harness that dies of a Python error beside a freed set (gh-144356)', () => {
  const issues = loadKnownIssues();
  const next = { op: 'set+iter.next', args: [] };
  const error = (threads: Scenario['threads']): FindingShape => ({
    version: '3.13.15', status: 'error',
    scenario: { container: 'set+iter', initial: ['a', 'b'] as never, lock: 'none', threads },
  });

  // Seen on 16 cores: `TypeError: unhashable type: 'set'` when a worker's histogram was merged (a result freed).
  it('is the known issue when two threads call next() on the shared iterator', () => {
    expect(matchKnownIssue(issues, error([[next, { op: 'set+iter:c.pop', args: [] }], [next]]))?.id).toBe('gh-144356');
  });

  it('but not when one thread alone calls next()', () => {
    expect(matchKnownIssue(issues, error([[next], [{ op: 'set+iter:c.clear', args: [] }]]))).toBeUndefined();
  });
});

describe('a lock-free list reader that reads the array list.sort() is rewriting in place (gh-154756)', () => {
  const issues = loadKnownIssues();
  // Seen on 16 cores: c == [1, 0] while another thread sorts it, and tuple(reversed(c)) gives (1,).
  const s: Scenario = { container: 'list', initial: [0] as never, lock: 'none', threads: [
    [{ op: 'list.setitem', args: [0, 1] }, { op: 'list.append', args: [0] }, { op: 'list.reversed', args: [] }],
    [{ op: 'list.sort', args: [] }]] };

  it('is graded FORBIDDEN, blaming the reader, and matched to the known issue', () => {
    const g = gradeOutcome(expectationsOf(planOf(s, '3.13.15')), '[[null,null,[1]],[null],[0,1]]');
    expect(g).toMatchObject({ expect: 'FORBIDDEN', blamed: [0, 2] });
    expect(matchKnownIssue(issues, { version: '3.13.15', status: 'failed', scenario: s, blamed: g.blamed,
      blamedResult: [1] })?.id).toBe('gh-154756');
  });

  it('but not without a sort in another thread, nor when a writer is blamed', () => {
    const noSort: Scenario = { ...s, threads: [s.threads[0], [{ op: 'list.reverse', args: [] }]] };
    expect(matchKnownIssue(issues, { version: '3.13.15', status: 'failed', scenario: noSort, blamed: [0, 2] })).toBeUndefined();
    expect(matchKnownIssue(issues, { version: '3.13.15', status: 'failed', scenario: s, blamed: [0, 1] })).toBeUndefined();
  });
});
