import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaseStatus } from '../../src/results/caseResult.ts';
import { isFinding, worstStatus } from '../../src/engine/worstStatus.ts';

// Worst first.
const ORDER: readonly CaseStatus[] = ['crashed', 'hung', 'error', 'failed', 'known', 'inconclusive', 'passed'];

describe('worstStatus', () => {
  it('nothing at all counts as passed', () => {
    expect(worstStatus([])).toBe('passed');
  });

  it('ranks crashed > hung > error > failed > known > inconclusive > passed', () => {
    ORDER.forEach((s, i) => {
      for (const better of ORDER.slice(i)) expect(worstStatus([better, s, better])).toBe(s);
    });
  });

  it('is the worst member whatever the order', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...ORDER), { minLength: 1 }), (xs) => {
      const expected = ORDER.find((s) => xs.includes(s));
      expect(worstStatus(xs)).toBe(expected);
      expect(worstStatus([...xs].reverse())).toBe(expected);
    }));
  });

  it('findings are failed, error, hung and crashed; known issues are not', () => {
    expect(ORDER.filter(isFinding)).toEqual(['crashed', 'hung', 'error', 'failed']);
  });
});
