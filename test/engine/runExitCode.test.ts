import { describe, expect, it } from 'vitest';
import { EXIT, runExitCode } from '../../src/engine/runExitCode.ts';
import type { CaseStatus } from '../../src/results/caseResult.ts';
import { summaryOf } from './fixtures.ts';

describe('runExitCode', () => {
  it.each<[string, CaseStatus[], boolean, number]>([
    ['everything passed', ['passed', 'passed'], false, 0],
    ['a known issue only', ['passed', 'known'], false, 0],
    ['a failed case', ['passed', 'failed'], false, 1],
    ['a crash', ['crashed'], false, 1],
    ['a hang', ['passed', 'hung'], false, 1],
    ['an error', ['error', 'inconclusive'], false, 1],
    ['an inconclusive case among passes', ['passed', 'inconclusive'], false, 3],
    ['no case at all', [], false, 3],
    ['an interrupted run that passed so far', ['passed'], true, 130],
    ['an interrupted run with nothing run', [], true, 130],
    ['an interrupted run with a finding: the finding wins', ['passed', 'failed'], true, 1],
  ])('%s exits %i', (_, statuses, interrupted, code) => {
    expect(runExitCode(summaryOf(statuses, interrupted))).toBe(code);
  });

  it('uses the documented codes', () => {
    expect(EXIT).toEqual({ pass: 0, findings: 1, usage: 2, inconclusive: 3, interrupted: 130 });
  });
});
