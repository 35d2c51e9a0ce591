import { describe, expect, it } from 'vitest';
import { formatScaling, scalingThreads } from '../../src/bench/formatScaling.ts';
import { lostUpdates } from '../../src/bench/lostUpdates.ts';

const out = (rs: number[], count: number) => JSON.stringify([...rs.map((r) => [r]), { d: [[1, count]] }]);

describe('lostUpdates', () => {
  it('counts the runs whose final count is below the number of threads', () => {
    const hist = { [out([1, 2, 3], 3)]: 10, [out([1, 1, 2], 2)]: 4, [out([1, 1, 1], 1)]: 1 };
    expect(lostUpdates(hist, 3)).toBe(5);
    expect(lostUpdates(hist, 2)).toBe(1);
  });

  it('counts nothing for outcomes without a final count (a crash marker, an exception)', () => {
    expect(lostUpdates({ [JSON.stringify([[1], [{ e: 'KeyError' }], { x: 'broken' }])]: 3 }, 2)).toBe(0);
  });
});

describe('scalingThreads', () => {
  it('takes powers of two up to the usable CPUs, never fewer than 2 threads', () => {
    expect(scalingThreads(1)).toEqual([2]);
    expect(scalingThreads(2)).toEqual([2]);
    expect(scalingThreads(12)).toEqual([2, 4, 8]);
    expect(scalingThreads(16)).toEqual([2, 4, 8, 16]);
  });
});

describe('formatScaling', () => {
  it('prints rates and their ratios per thread count, and marks more threads than CPUs', () => {
    const m = (runs: number, hist: Record<string, number> = {}, timed?: number, overlapped?: number) =>
      ({ runs, seconds: 2, hist, timed, overlapped });
    const text = formatScaling([
      { threads: 2, baseline: { race: m(40_000), control: m(40_000, { [out([1, 1], 1)]: 20 }) },
        engine: { race: m(800_000, {}, 1000, 650), control: m(800_000, { [out([1, 1], 1)]: 8_000 }) } },
      { threads: 4, baseline: { race: m(10_000), control: m(10_000) },
        engine: { race: m(100_000), control: m(100_000, { [out([1, 1, 2, 3], 3)]: 50 }) } },
    ], 2);
    const lines = text.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[2]).toMatch(/^2\s+20,000\s+400,000\s+20\.0×\s+65\.0 %\s+10\s+4,000\s+400\.0×$/);
    expect(lines[3]).toMatch(/^4 \(> CPUs\)\s+5,000\s+50,000\s+10\.0×\s+—\s+0\s+25\s+∞$/);
  });
});
