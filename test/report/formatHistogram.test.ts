import { describe, expect, it } from 'vitest';
import { formatCount } from '../../src/report/format/formatCount.ts';
import { formatHistogram } from '../../src/report/format/formatHistogram.ts';
import { formatPercent } from '../../src/report/format/formatPercent.ts';
import type { GradedOutcome } from '../../src/results/caseResult.ts';

const h: GradedOutcome[] = [
  { outcome: '[[1],[2],[1,2]]', count: 450_000, expect: 'ACCEPTABLE', description: 'serial' },
  { outcome: '[[1],[1],[1]]', count: 12, expect: 'FORBIDDEN', description: 'lost update' },
  { outcome: '[[2],[1],[2,1]]', count: 1_099_988, expect: 'ACCEPTABLE', description: 'serial' },
  { outcome: '[[{"e":"KeyError"}],[1],[]]', count: 450_000, expect: 'ACCEPTABLE_INTERESTING', description: 'racy read' },
];

describe('formatHistogram', () => {
  it('lays out a jcstress table: FORBIDDEN first, then by count (ties: interesting first), numbers right-aligned', () => {
    expect(formatHistogram(h)).toBe(
      [
        'RESULT                              SAMPLES     FREQ  EXPECT                  DESCRIPTION',
        't0: 1 | t1: 1 | final [1]                12  <0.01 %  FORBIDDEN               lost update',
        't0: 2 | t1: 1 | final [2, 1]      1,099,988  55.00 %  ACCEPTABLE              serial',
        't0: KeyError! | t1: 1 | final []    450,000  22.50 %  ACCEPTABLE_INTERESTING  racy read',
        't0: 1 | t1: 2 | final [1, 2]        450,000  22.50 %  ACCEPTABLE              serial',
      ].join('\n'),
    );
  });
  it('says so when there is nothing', () => {
    expect(formatHistogram([], '  ')).toBe('  (no outcomes recorded)');
  });
});

describe('number formats', () => {
  it('separates thousands whatever the locale', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1000)).toBe('1,000');
    expect(formatCount(-1234567)).toBe('-1,234,567');
  });
  it('never rounds a rare outcome to zero or a near-total to 100', () => {
    expect(formatPercent(0)).toBe('0.0 %');
    expect(formatPercent(1)).toBe('100.0 %');
    expect(formatPercent(0.123)).toBe('12.3 %');
    expect(formatPercent(1e-7, 2)).toBe('<0.01 %');
    expect(formatPercent(1 - 1e-7, 2)).toBe('>99.99 %');
  });
});
