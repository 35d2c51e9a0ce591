import { describe, expect, it } from 'vitest';
import { explainedMemo, judgeKnown } from '../../src/engine/judgeKnown.ts';
import type { ScenarioVerdict } from '../../src/engine/judgeScenario.ts';
import type { Observation } from '../../src/engine/observation.ts';
import type { Scenario } from '../../src/scenario/scenario.ts';

// judgeKnown turns a finding into KNOWN only when the registry explains all of it, and says what it excused.
const interp = { version: '3.13.5' } as never;
const appends: Scenario = { container: 'defaultdict', initial: [] as never, lock: 'none', threads: [
  [{ op: 'defaultdict.append', args: [0, 1] }], [{ op: 'defaultdict.append', args: [0, 2] }]] };
const lost = '[[null],[null],{"d":[[0,[2]]]}]';
const verdict = (status: ScenarioVerdict['status'], outcomes: [string, number][],
  expect: ScenarioVerdict['histogram'][number]['expect'][] = []): ScenarioVerdict => ({
  status, message: 'm', interesting: 0, overlap: { timed: 0, overlapped: 0, interleavedShare: 0 },
  histogram: outcomes.map(([outcome, count], k) => ({ outcome, count, expect: expect[k] ?? 'FORBIDDEN', description: '' })),
});
const ok = { status: 'ok' } as Observation;

describe('judgeKnown', () => {
  it('counts the runs each known issue excused', () => {
    const v = judgeKnown({ interp }, appends, verdict('failed', [[lost, 37]]), ok, explainedMemo());
    expect(v.status).toBe('known');
    expect(v.excused).toEqual([{ issue: 'gh-142495', runs: 37, programs: 0 }]);
  });

  it('keeps the finding when one outcome is unexplained, and with --known off', () => {
    const stranger = '[[null],[null],{"d":[[0,[1,2]],[5,[]]]}]';
    expect(judgeKnown({ interp }, appends, verdict('failed', [[lost, 3], [stranger, 1]]), ok, explainedMemo()).status).toBe('failed');
    expect(judgeKnown({ interp, known: 'off' }, appends, verdict('failed', [[lost, 37]]), ok, explainedMemo()).status).toBe('failed');
  });

  it('excuses an outcome the oracle left undecided only as a forbidden one: when the bug model gives it', () => {
    const stranger = '[[null],[null],{"d":[[0,[1,2]],[5,[]]]}]';
    // The forbidden outcome explained, the undecided one not: neither KNOWN nor a finding, inconclusive.
    const undecided = judgeKnown({ interp }, appends, verdict('failed', [[lost, 3], [stranger, 1]], ['FORBIDDEN', 'UNDECIDED']), ok, explainedMemo());
    expect([undecided.status, undecided.excused]).toEqual(['inconclusive', [{ issue: 'gh-142495', runs: 3, programs: 0 }]]);
    expect(undecided.message).toMatch(/not the 1 outcome\(s\) the oracle could not decide \(1 runs\)/);
    // An unexplained forbidden outcome beside an undecided one stays a finding.
    const worse = verdict('failed', [[stranger, 3], [lost, 1]], ['FORBIDDEN', 'UNDECIDED']);
    expect(judgeKnown({ interp }, appends, worse, ok, explainedMemo()).status).toBe('failed');
    const both = judgeKnown({ interp }, appends, verdict('failed', [[lost, 3], [lost.replace('[2]', '[1]'), 2]], ['FORBIDDEN', 'UNDECIDED']), ok, explainedMemo());
    expect([both.status, both.excused]).toEqual(['known', [{ issue: 'gh-142495', runs: 5, programs: 0 }]]);
  });

  it('counts a crashed program a known issue explains', () => {
    const n = { op: 'set+iter.next', args: [] };
    const set: Scenario = { container: 'set+iter', initial: ['a'] as never, lock: 'none', threads: [[n, n], [n, n]] };
    const v = judgeKnown({ interp: { version: '3.13.15' } as never }, set, verdict('crashed', []), { status: 'crash' } as Observation, explainedMemo());
    expect([v.status, v.excused]).toEqual(['known', [{ issue: 'gh-144356', runs: 0, programs: 1 }]]);
  });
});
