import { describe, expect, it } from 'vitest';
import type { CaseResult } from '../../src/results/caseResult.ts';
import type { ParsedResults, RunRecord } from '../../src/results/runRecord.ts';
import { mergeResults, type ResultsInput } from '../../src/shard/mergeResults.ts';
import { caseWith, ftInterp } from '../engine/fixtures.ts';

const run = (over: Partial<RunRecord> = {}): RunRecord => ({
  record: 'run', format: 1, tool: 'ftconform 0.1.0', seed: 7, profile: 'quick', suites: ['dict'], shard: { index: 1, total: 2 },
  plan: 'abc', planned: 1, interps: [ftInterp()], startedAt: '2026-01-01T00:00:00Z', ...over,
});
const input = (source: string, r: RunRecord | undefined, cases: CaseResult[] = [caseWith('passed')], ended = true): ResultsInput => ({
  source, results: { run: r, cases, unreadable: 0, ...(ended ? { end: { record: 'end', finishedAt: '2026-01-01T00:01:00Z', interrupted: false, cases: cases.length } } : {}) } as ParsedResults,
});
const problem = (inputs: ResultsInput[]): string => {
  const m = mergeResults(inputs, 'now');
  if (m.ok) throw new Error('merged');
  return m.problem;
};

describe('mergeResults', () => {
  it('refuses shards that disagree on what run they are, naming what differs', () => {
    const a = input('a', run());
    expect(problem([a, input('b', run({ shard: { index: 2, total: 2 }, profile: 'soak' }))])).toBe('b is not from the same run as a: profile soak ≠ quick; not merged');
    expect(problem([a, input('b', run({ shard: { index: 2, total: 2 }, plan: 'xyz' }))])).toMatch(/work plan \(budget or code\) xyz ≠ abc/);
    expect(problem([a, input('b', run({ shard: { index: 2, total: 2 }, tool: 'ftconform 0.2.0' }))])).toMatch(/tool version ftconform 0.2.0 ≠ ftconform 0.1.0/);
    expect(problem([a, input('b', run({ shard: { index: 2, total: 3 } }))])).toMatch(/shard count 3 ≠ 2/);
  });

  it('refuses two whole runs, a file without a run record among several, and nothing at all', () => {
    expect(problem([input('a', run({ shard: undefined })), input('b', run({ shard: undefined }))])).toBe('b and a are both whole runs, not shards of one: nothing to merge');
    expect(problem([input('a', run()), input('b', undefined)])).toMatch(/^b: no run record/);
    expect(problem([input('a', undefined, [])])).toMatch(/^a: no results/);
    expect(problem([])).toMatch(/^nothing to merge/);
  });

  it('a shard that never ended makes the merged run interrupted; one input is taken as it is', () => {
    const m = mergeResults([input('a', run()), input('b', run({ shard: { index: 2, total: 2 } }), [caseWith('failed', 1)], false)], 'now');
    expect(m).toMatchObject({ ok: true, shards: 2, summary: { interrupted: true } });
    if (m.ok) expect(m.summary.cases.map((c) => c.status)).toEqual(['passed', 'failed']);
    const one = mergeResults([input('a', undefined, [caseWith('passed')], false)], 'now');
    expect(one).toMatchObject({ ok: true, shards: 1, summary: { interrupted: false, cases: [{ status: 'passed' }] } });
  });
});
