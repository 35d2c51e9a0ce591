import { describe, expect, it } from 'vitest';
import { formatDuration } from '../../src/report/format/formatDuration.ts';
import { formatProgress } from '../../src/report/console/formatProgress.ts';

describe('formatProgress', () => {
  it('shows cases done / planned, findings, elapsed / budget', () => {
    expect(formatProgress({ done: 12, planned: 40, findings: 1, elapsedMs: 42_500, budgetMs: 300_000 })).toBe(
      'cases 12 / 40 (30 %) · findings 1 · 0:42 / 5:00 · about 4:17 left',
    );
  });
  it('estimates the time left from the budget, else from the pace so far', () => {
    // Past the budget, or without one: 10 cases in 1:00, 30 to go.
    expect(formatProgress({ done: 10, planned: 40, findings: 0, elapsedMs: 60_000 })).toBe('cases 10 / 40 (25 %) · findings 0 · 1:00 elapsed · about 3:00 left');
    expect(formatProgress({ done: 10, planned: 40, findings: 0, elapsedMs: 60_000, budgetMs: 30_000 })).toMatch(/about 3:00 left$/);
    // Nothing done yet: only the budget can tell; done: nothing left to say.
    expect(formatProgress({ done: 0, planned: 40, findings: 0, elapsedMs: 1_000 })).toBe('cases 0 / 40 (0 %) · findings 0 · 0:01 elapsed');
    expect(formatProgress({ done: 40, planned: 40, findings: 2, elapsedMs: 90_000, budgetMs: 120_000 })).toBe('cases 40 / 40 (100 %) · findings 2 · 1:30 / 2:00');
  });
  it('without a budget shows elapsed time; with nothing planned, no percentage', () => {
    expect(formatProgress({ done: 1234, planned: 0, findings: 0, elapsedMs: 3_723_000 })).toBe(
      'cases 1,234 / 0 · findings 0 · 1:02:03 elapsed',
    );
  });
  it('formats durations as a clock', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(59_999)).toBe('0:59');
    expect(formatDuration(605_000)).toBe('10:05');
  });
});
