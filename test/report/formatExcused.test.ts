import { describe, expect, it } from 'vitest';
import { formatExcused, formatExcusedCases } from '../../src/report/format/formatExcused.ts';
import { sumExcused } from '../../src/results/sumExcused.ts';
import { replayCommand } from '../../src/engine/replayCommand.ts';
import { formatSummary } from '../../src/report/console/formatSummary.ts';
import { makeCase, makeSummary } from './fixtures.ts';

describe('what known issues excused, per case', () => {
  it('names each issue with its programs and runs', () => {
    expect(formatExcused([{ issue: 'gh-154130', runs: 37, programs: 2 }, { issue: 'gh-130744', runs: 1, programs: 0 }]))
      .toBe('gh-154130: 2 programs, 37 runs; gh-130744: 1 run');
    expect(formatExcused([{ issue: 'gh-144356', runs: 0, programs: 1 }])).toBe('gh-144356: 1 program');
  });

  it('sums the scenarios\' (and the shards\') counts per issue', () => {
    expect(sumExcused([{ issue: 'a', runs: 3, programs: 0 }, { issue: 'b', runs: 0, programs: 1 }, { issue: 'a', runs: 4, programs: 1 }]))
      .toEqual([{ issue: 'a', runs: 7, programs: 1 }, { issue: 'b', runs: 0, programs: 1 }]);
  });

  it('lists in the summary every case a known issue excused something in, and nothing when none did', () => {
    const known = makeCase({ suite: 'iterators', status: 'known', name: 'iterators › shared dict iterator', excused: [{ issue: 'gh-154130', runs: 0, programs: 3 }] });
    const lines = formatSummary(makeSummary({ cases: [known, makeCase()] })).split('\n');
    expect(lines).toContain('excused by known issues (--known off grades as if there were none): 1 case');
    expect(lines).toContain('  iterators › shared dict iterator: gh-154130: 3 programs');
    expect(formatExcusedCases([makeCase()])).toEqual([]);
  });

  it('a run with --known off replays with it', () => {
    const interp = { path: '/p/python3.13t', version: '3.13.15', build: '', freeThreaded: true, gilEnabled: false, cpus: 2 } as never;
    expect(replayCommand(interp, 5, '1:2', 'dict', { known: 'off' })).toMatch(/ --known off$/);
    expect(replayCommand(interp, 5, '1:2', 'dict', { known: 'on' })).not.toMatch(/--known/);
  });
});
