import { describe, expect, it } from 'vitest';
import type { Figures } from '../../src/bench/benchFigures.ts';
import { formatBench, type Pair } from '../../src/bench/formatBench.ts';
import { medianPair } from '../../src/bench/medianPair.ts';

const f = (perSecond: number, violationsPerSecond = 0): Figures => ({ perSecond, minority: 0.5, violationsPerSecond, overlap: 0.5 });
const p = (it: number, viol: number): Pair => ({ race: f(it), control: f(it / 10, viol) });

describe('medianPair', () => {
  it('takes the median of each figure over the runs, and keeps their range', () => {
    const m = medianPair([p(100, 5), p(300, 1), p(200, 9)]);
    expect(m.race.perSecond).toBe(200);
    expect(m.control.violationsPerSecond).toBe(5);
    expect(m.spread).toEqual({ n: 3, perSecond: [100, 300], violationsPerSecond: [1, 9] });
  });
});

describe('formatBench', () => {
  it('compares the engine with the loop before issue 10 and the baseline, quiet and busy, with the spread', () => {
    const engine = medianPair([p(300_000, 3000), p(330_000, 3300)]);
    const text = formatBench({
      interp: '3.13.15t', seconds: 2, raw: f(5e6),
      engine: [{ meetEvery: 1, ...p(250_000, 4000) }, { meetEvery: 2, ...engine }],
      before: medianPair([p(200_000, 1000), p(210_000, 1100)]), baseline: medianPair([p(15_000, 10), p(15_000, 20)]),
      busy: { baseline: p(3000, 1), before: p(15_000, 5), engine: p(40_000, 400) },
    });
    expect(text).toContain('engine (meet 2) vs the loop before issue 10 (meet 2): 1.5× iterations/s, 3.0× violations/s (target ≥ 1.5× iterations/s)');
    expect(text).toContain('busy: engine (meet 2) vs baseline: 13.3× iterations/s, 400.0× violations/s (target ≥ 10× both)');
    expect(text).toContain('medians of 2 runs each, interleaved (ranges):');
    expect(text).toContain('  engine, meet every 2: 300,000–330,000 iterations/s, 3,000–3,300 violations/s');
    expect(text).toMatch(/busy: engine, meet every 2 +40,000/);
    expect(text).not.toContain('one group');
  });

  it('with the CPU-bound process in the programs\' own scheduling group, a row pair and a ratio of their own', () => {
    const text = formatBench({
      interp: '3.13.15t', seconds: 2, raw: f(5e6), engine: [{ meetEvery: 2, ...p(300_000, 3000) }],
      before: p(200_000, 1000), baseline: p(15_000, 10),
      busyGroup: { baseline: medianPair([p(4000, 2), p(5000, 4)]), engine: medianPair([p(250, 1), p(300, 1)]) },
    });
    expect(text).toContain("busy, one group: that process in the program's own scheduling group (as in a container's one cgroup)");
    expect(text).toMatch(/busy, one group: engine, meet every 2 +275 /);
    expect(text).toContain('busy, one group: engine (meet 2) vs baseline: 0.1× iterations/s, 0.3× violations/s (target ≥ 10× both)');
    expect(text).toContain('  busy, one group: baseline: 4,000–5,000 iterations/s, 2–4 violations/s');
  });

  it('prints the bare loop (the operation alone, with the same meetings), its ratio to the baseline and the engine\'s share of it', () => {
    const text = formatBench({
      interp: '3.13.15t', seconds: 2, raw: f(5e6), engine: [{ meetEvery: 2, ...p(300_000, 3000) }],
      before: p(200_000, 1000), baseline: p(20_000, 10), bare: f(350_000),
      busyGroup: { baseline: p(4000, 2), engine: p(300, 1), bare: f(240) },
    });
    expect(text).toMatch(/bare: the operation alone, meet every 2 +350,000/);
    expect(text).toContain('bare (the operation alone, meet 2): 350,000 iterations/s, 17.5× baseline; engine (meet 2) / bare: 0.86×');
    expect(text).toMatch(/busy, one group: bare, meet every 2 +240/);
    expect(text).toContain('busy, one group: bare: 240 iterations/s, 0.1× baseline; engine (meet 2) / bare: 1.25×');
  });

  it('without a bare loop measured, no bare row or line', () => {
    const text = formatBench({ interp: '3.13.15t', seconds: 2, raw: f(5e6), engine: [{ meetEvery: 2, ...p(300_000, 3000) }],
      before: p(200_000, 1000), baseline: p(20_000, 10) });
    expect(text).not.toContain('bare');
  });
});
