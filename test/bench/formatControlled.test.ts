import { describe, expect, it } from 'vitest';
import { formatControlled } from '../../src/bench/formatControlled.ts';

describe('the bench\'s controlled-mode table', () => {
  it('prints schedules per second beside the stress loop\'s runs per second on the same scenarios, and their ratio', () => {
    const text = formatControlled([{ property: 'p', scenarios: 6, schedules: 1200, seconds: 2, walked: 1000, complete: 5, pct: 200,
      stressRuns: 60_000, stressSeconds: 2 }]);
    expect(text).toContain('schedules explored per second');
    const row = text.split('\n').find((l) => l.trim().startsWith('p '))!;
    expect(row.trim().split(/\s{2,}/)).toEqual(['p', '6', '600', '1000 (5/6)', '200', '30000', '0.020×']);
  });
});
