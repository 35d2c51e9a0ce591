import { describe, expect, it } from 'vitest';
import { formatSummary } from '../../src/report/console/formatSummary.ts';
import { groupCases } from '../../src/report/format/groupCases.ts';
import { overallVerdict } from '../../src/report/format/overallVerdict.ts';
import { failedCase, makeCase, makeSummary, mixedSummary } from './fixtures.ts';

describe('groupCases', () => {
  it('groups by interpreter (in summary order) and suite (in order of appearance), with totals', () => {
    const groups = groupCases(mixedSummary());
    expect(groups.map((g) => `${g.suite} ${g.interpName}`)).toEqual([
      'dict 3.13.5t /opt/py/bin/python3.13t',
      'list 3.13.5t /opt/py/bin/python3.13t',
      'set 3.13.5t /opt/py/bin/python3.13t',
      'dict 3.13.5t /opt/py/bin/python3.13t [GIL on]',
    ]);
    const dict = groups[0];
    expect(dict.counts).toEqual({ passed: 1, failed: 1, crashed: 0, hung: 0, error: 1, raced: 0, inconclusive: 0, known: 1 });
    expect(dict.runs).toBe(40_000 * 3 + 1_234_610);
    expect(dict.overlap).toEqual({ timed: 4000, overlapped: 492, interleavedShare: expect.closeTo(0.041, 9) });
  });
});

describe('formatSummary', () => {
  it('has one row per suite and interpreter with counts, runs and overlap, then the verdict', () => {
    const lines = formatSummary(mixedSummary()).split('\n');
    expect(lines[0]).toBe('ftconform summary: profile quick, 2025-06-01T10:00:00.000Z → 2025-06-01T10:05:00.000Z');
    expect(lines[1].split(/ {2,}/)).toEqual([
      'SUITE', 'INTERPRETER', 'PASSED', 'FAILED', 'CRASHED', 'HUNG', 'ERROR', 'RACED', 'INCONCLUSIVE', 'KNOWN', 'RUNS', 'OVERLAPPED', 'INTERLEAVED',
    ]);
    expect(lines[2].split(/ {2,}/)).toEqual([
      'dict', '3.13.5t /opt/py/bin/python3.13t', '1', '1', '0', '0', '1', '0', '0', '1', '1,354,610', '12.3 %', '4.1 %',
    ]);
    expect(lines[5].split(/ {2,}/).slice(0, 2)).toEqual(['dict', '3.13.5t /opt/py/bin/python3.13t [GIL on]']);
    expect(lines.at(-1)).toBe(
      'verdict: FAIL: 4 findings in 7 cases (1 failed, 1 crashed, 1 hung, 1 error); 1 known, 1 inconclusive',
    );
  });
  it("gives the oracle's share of the cases' time when the cases measured it", () => {
    expect(formatSummary(mixedSummary())).not.toMatch(/^oracle:/m);
    const timed = mixedSummary();
    const text = formatSummary({ ...timed, cases: timed.cases.map((c) => ({ ...c, durationMs: 2000, oracleMs: 100 })) });
    expect(text.split('\n').at(-2)).toBe("oracle: 0.7 s of the cases' 14.0 s (5.0 %) went to grading outcomes");
    expect(text.split('\n').at(-1)).toMatch(/^verdict: /);
  });

  it('says when the run was interrupted', () => {
    const text = formatSummary(mixedSummary({ interrupted: true }));
    expect(text.split('\n')[1]).toMatch(/^run INTERRUPTED/);
    expect(text).toMatch(/\[interrupted: partial results\]$/);
  });
});

describe('overallVerdict', () => {
  it('passes, fails, is inconclusive or empty', () => {
    expect(overallVerdict(makeSummary())).toEqual({ verdict: 'pass', line: 'PASS: 1 of 1 cases passed' });
    expect(overallVerdict(makeSummary({ cases: [makeCase(), failedCase()] })).line).toBe(
      'FAIL: 1 finding in 2 cases (1 failed)',
    );
    expect(overallVerdict(makeSummary({ cases: [makeCase({ status: 'inconclusive' })] })).verdict).toBe('inconclusive');
    expect(overallVerdict(makeSummary({ cases: [makeCase(), makeCase({ status: 'known' })] })).line).toBe(
      'PASS: 1 of 2 cases passed; 1 known',
    );
    expect(overallVerdict(makeSummary({ cases: [] })).verdict).toBe('empty');
  });
});
