// --budget plans for the cases whose programs are expected to crash or hang (issue 24): a known issue of the
// interpreter's version marks them, each is charged its cost beyond its share (measured once one has ended),
// and the other cases' shares shrink to make room for it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { iteratorsSuite } from '../../suites/iterators.suite.ts';
import { breakCostMs, EXPECTED_BREAK_MS, overrunMs, rescheduleProfile } from '../../src/engine/planProfile.ts';
import { PROFILES } from '../../src/engine/profile.ts';
import { expectsBreak } from '../../src/knownIssues/expectsBreak.ts';
import { loadKnownIssues } from '../../src/knownIssues/loadKnownIssues.ts';

const breaking = (version: string) =>
  iteratorsSuite.filter((p) => expectsBreak(loadKnownIssues(), p.shape, version)).map((p) => p.shape.containers.join(' '));

describe('expectsBreak', () => {
  it("marks the shared set, frozenset and dict iterators on 3.13.15 (gh-144356, gh-154130), not the list's or plain iteration", () => {
    const marked = breaking('3.13.15');
    for (const c of ['set+iter', 'frozenset+iter', 'dict+iter', 'dict+reviter']) expect(marked.some((m) => m.includes(c))).toBe(true);
    expect(marked.some((m) => m.includes('list+iter'))).toBe(false);
    expect(marked.some((m) => m === 'list' || m === 'dict' || m === 'set')).toBe(false);
  });

  it('needs the operation the issue blames and, for a `during` entry, the writer it names', () => {
    const issues = loadKnownIssues();
    const shape = { containers: ['dict'] as const, ops: ['dict.clear', 'dict.get'] };
    expect(expectsBreak(issues, shape, '3.13.5')).toBe(false);
    expect(expectsBreak(issues, { ...shape, ops: ['dict.clear', 'dict.setitem'] }, '3.13.5')).toBe(true);
    // gh-140551 was fixed in 3.13.10.
    expect(expectsBreak(issues, { ...shape, ops: ['dict.clear', 'dict.setitem'] }, '3.13.15')).toBe(false);
  });
});

describe('rescheduleProfile with the cost of cases expected to break', () => {
  const base = { leftMs: 300_000, casesLeft: 20, budgetMs: 600_000, planned: 40 };

  it('gives the other cases less stress, never less than before for no reserve', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 600_000 }), fc.integer({ min: 0, max: 600_000 }), (a, b) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      const s = (reserveMs: number) => rescheduleProfile(PROFILES.soak, { ...base, reserveMs }).secondsPerScenario;
      expect(s(hi)).toBeLessThanOrEqual(s(lo));
      expect(s(0)).toBe(rescheduleProfile(PROFILES.soak, base).secondsPerScenario);
    }));
  });

  it('charges EXPECTED_BREAK_MS per case until one was measured, then the measured mean', () => {
    expect(breakCostMs([])).toBe(EXPECTED_BREAK_MS);
    expect(breakCostMs([10_000, 30_000])).toBe(20_000);
    // A soak case of 200 scenarios at 1 s plans 222 s; one that took 250 s overran by 28 s, one that took 100 s not at all.
    expect(overrunMs(PROFILES.soak, 250_000)).toBeCloseTo(250_000 - 200_000 / 0.9, 6);
    expect(overrunMs(PROFILES.soak, 100_000)).toBe(0);
  });
});
