import { describe, expect, it } from 'vitest';
import { gilDifferential } from '../../src/engine/gilDifferential.ts';
import type { ScenarioVerdict } from '../../src/engine/judgeScenario.ts';
import type { GradedOutcome } from '../../src/results/caseResult.ts';
import { graded, observation } from './fixtures.ts';

const verdict = (histogram: GradedOutcome[]): ScenarioVerdict => ({
  status: 'passed', message: 'ok', histogram, overlap: { timed: 0, overlapped: 0, interleavedShare: 0 }, interesting: 0,
});

describe('gilDifferential', () => {
  it('keeps the outcomes a scenario showed with the GIL off and never with it on', () => {
    const off = verdict([graded('A', 90), graded('LOST', 7, 'ACCEPTABLE_INTERESTING'), graded('B', 3)]);
    const d = gilDifferential([{ off, on: observation({ A: 50, B: 50 }) }]);
    expect(d).toEqual({ runsWithGil: 100, distinct: 1, onlyWithoutGil: [graded('LOST', 7, 'ACCEPTABLE_INTERESTING')] });
  });

  it('compares scenario by scenario: an outcome seen with the GIL in another scenario still counts', () => {
    const d = gilDifferential([
      { off: verdict([graded('X', 5)]), on: observation({ Y: 10 }) },
      { off: verdict([graded('Y', 2)]), on: observation({ X: 10 }) },
    ]);
    expect(d.runsWithGil).toBe(20);
    expect(d.onlyWithoutGil.map((g) => g.outcome)).toEqual(['X', 'Y']);
  });

  it('lists the ten most frequent, and counts them all', () => {
    const off = verdict(Array.from({ length: 12 }, (_, i) => graded(`o${i}`, i + 1)));
    const d = gilDifferential([{ off, on: observation({}) }]);
    expect(d.distinct).toBe(12);
    expect(d.onlyWithoutGil.map((g) => g.count)).toEqual([12, 11, 10, 9, 8, 7, 6, 5, 4, 3]);
  });

  it('nothing to compare: zero everywhere', () => {
    expect(gilDifferential([])).toEqual({ runsWithGil: 0, distinct: 0, onlyWithoutGil: [] });
  });
});
