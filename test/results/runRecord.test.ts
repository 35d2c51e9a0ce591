import { describe, expect, it } from 'vitest';
import { parseResults } from '../../src/results/runRecord.ts';
import { caseWith } from '../engine/fixtures.ts';

const lines = (...records: object[]) => records.map((r) => JSON.stringify(r)).join('\n');

describe('parseResults', () => {
  it('a finding first seen stands for its case when the run stopped before the case ended', () => {
    const sight = { record: 'sight', ...caseWith('failed', 1), message: 'seen first, not shrunk' };
    const parsed = parseResults(lines({ record: 'case', ...caseWith('passed', 0) }, sight));
    expect(parsed.cases.map((c) => [c.name, c.status, c.message])).toEqual([['p #0', 'passed', 'passed'], ['p #1', 'failed', 'seen first, not shrunk']]);
    expect(parsed.unreadable).toBe(0);
  });

  it('the case record supersedes the sight record of the same case', () => {
    const parsed = parseResults(lines({ record: 'sight', ...caseWith('failed', 1), message: 'unshrunk' },
      { record: 'case', ...caseWith('failed', 1), message: 'shrunk' }));
    expect(parsed.cases.map((c) => c.message)).toEqual(['shrunk']);
  });
});
