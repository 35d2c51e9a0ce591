import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../src/compare/comparison.ts';
import { formatComparison } from '../../src/compare/formatComparison.ts';
import { outcomesOnlyIn } from '../../src/compare/outcomeDiff.ts';
import { pairCases } from '../../src/compare/pairCases.ts';
import { acceptable, failedCase, forbiddenOutcome, makeCase, makeInterp, outcome } from '../report/fixtures.ts';

const a = makeInterp({ path: '/c/cpython-3.13.5t/bin/python3.13t', version: '3.13.5' });
const b = makeInterp({ path: '/c/cpython-3.13.15t/bin/python3.13t', version: '3.13.15' });
const on = (interp: typeof a, c: ReturnType<typeof makeCase>) => ({ ...c, interp });

describe('pairCases', () => {
  it('matches cases by suite and property across the two interpreters, flagging those whose verdict differs', () => {
    const cases = [
      on(a, makeCase({ property: 'p1' })), on(a, failedCase({ property: 'p2' })), on(a, makeCase({ property: 'only on a' })),
      on(b, failedCase({ property: 'p2', status: 'passed' })), on(b, makeCase({ property: 'p1' })),
      on(b, makeCase({ suite: 'list', property: 'p1', status: 'crashed' })),
    ];
    expect(pairCases(cases, a, b).map((p) => [p.a.property, p.a.status, p.b.status, p.differ])).toEqual([
      ['p1', 'passed', 'passed', false],
      ['p2', 'failed', 'passed', true],
    ]);
  });

  it('tells one build apart from itself run with other settings (PYTHON_GIL=1)', () => {
    const gil = { ...a, env: { PYTHON_GIL: '1' }, gilEnabled: true };
    const pairs = pairCases([on(a, makeCase()), on(gil, makeCase({ status: 'inconclusive' }))], a, gil);
    expect(pairs.map((p) => p.differ)).toEqual([true]);
  });
});

describe('outcomesOnlyIn', () => {
  it('keeps what the other side never showed, FORBIDDEN first, then by count', () => {
    const x = outcome([['b'], ['b', 'a']], { d: [[2, 'b']] });
    const y = outcome([['c'], ['c', 'a']], { d: [[2, 'c']] });
    const mine = [acceptable(x, 5), acceptable(y, 50), { outcome: forbiddenOutcome, count: 2, expect: 'FORBIDDEN' as const, description: 'lost' }];
    expect(outcomesOnlyIn(mine, [acceptable(x, 900)]).map((g) => [g.outcome, g.count])).toEqual([[forbiddenOutcome, 2], [y, 50]]);
    expect(outcomesOnlyIn(mine, mine)).toEqual([]);
  });
});

describe('formatComparison', () => {
  const c: Comparison = {
    a, b, seed: 42, compared: 28,
    differences: [{
      suite: 'dict', property: 'dict.setdefault is atomic', scenario: failedCase().scenario,
      verdicts: [{ status: 'failed', message: 'FORBIDDEN outcome in 3 of 900 runs' }, { status: 'passed', message: '900 runs, no forbidden outcome' }],
      reruns: [{ status: 'failed', message: 'FORBIDDEN', runs: 4096, races: [] }, { status: 'passed', message: 'ok', runs: 4608, races: ['a ⟷ b'] }],
      onlyA: [{ outcome: forbiddenOutcome, count: 7, expect: 'FORBIDDEN', description: 'two setdefaults both inserted' }],
      onlyB: [], racesOnlyA: [], racesOnlyB: ['a ⟷ b'],
    }],
  };
  const text = formatComparison(c);

  it('names both interpreters, the seed and how many cases differ', () => {
    expect(text.split('\n').slice(0, 3)).toEqual([
      'compare: A = 3.13.5t /c/cpython-3.13.5t/bin/python3.13t',
      '         B = 3.13.15t /c/cpython-3.13.15t/bin/python3.13t',
      'seed 42 on both: the same scenarios were drawn; 1 of 28 cases differ in verdict',
    ]);
  });

  it('shows each difference: the verdicts, the scenario, the rerun, and the outcomes and races seen on one side only', () => {
    expect(text).toContain('  dict › dict.setdefault is atomic: FAILED on 3.13.5t, PASSED on 3.13.15t');
    expect(text).toContain('    rerun: FAILED on 3.13.5t (4,096 runs), PASSED on 3.13.15t (4,608 runs)');
    expect(text).toContain('    the rerun confirms the difference on the very same scenario');
    const same = { ...c, differences: [{ ...c.differences[0], reruns: [c.differences[0].reruns![1], c.differences[0].reruns![1]] as const }] };
    expect(formatComparison(same)).toContain('the rerun gives both the same verdict: the difference came from what each run happened to see');
    expect(text).toContain("    outcomes only on 3.13.5t:\n      t0: 'b' | t1: 'c', 'a' | final {2: 'c'}  7×  FORBIDDEN  two setdefaults both inserted");
    expect(text).toContain('    outcomes only on 3.13.15t: none');
    expect(text).toContain('    data race only on 3.13.15t: a ⟷ b');
    expect(text).toMatch(/ {6}\| t0 +\| t1 +\|/);
  });
});
