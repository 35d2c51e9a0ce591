import { describe, expect, it } from 'vitest';
import { formatDuration } from '../../src/report/formatDuration.ts';
import { formatProgress } from '../../src/report/formatProgress.ts';

describe('formatProgress', () => {
  it('shows cases done / planned, findings, elapsed / budget', () => {
    expect(formatProgress({ done: 12, planned: 40, findings: 1, elapsedMs: 42_500, budgetMs: 300_000 })).toBe(
      'cases 12 / 40 (30 %) · findings 1 · 0:42 / 5:00',
    );
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
