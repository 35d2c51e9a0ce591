import { describe, expect, it } from 'vitest';
import { formatFinding } from '../../src/report/format/formatFinding.ts';
import { formatFirstSight } from '../../src/report/console/formatFirstSight.ts';
import { htmlCase } from '../../src/report/html/htmlCase.ts';
import type { FirstSight } from '../../src/results/caseResult.ts';
import { failedCase, hungCase, makeScenario, outcome } from './fixtures.ts';

const drawn = makeScenario({ threads: [
  [{ op: 'dict.setdefault', args: [2, 'b'] }, { op: 'dict.get', args: [1] }],
  [{ op: 'dict.setdefault', args: [2, 'c'] }, { op: 'dict.pop', args: [1] }],
] });
const sight = (over: Partial<FirstSight> = {}): FirstSight => ({
  draw: 4, scenario: drawn, status: 'failed', message: 'FORBIDDEN outcome in 3 of 9,000 runs: two setdefaults both inserted',
  replay: 'npx ftconform run --interp /opt/py/bin/python3.13t --seed=-123 --path=4 --suite dict', afterMs: 2140,
  outcome: outcome([['b', 'a'], ['c', 'a']], { d: [[2, 'c']] }), ...over,
});

describe('first sight and shrinking in a finding', () => {
  it('a finding first seen tells so at once: the unshrunk replay command first, then the scenario as drawn', () => {
    const text = formatFirstSight(failedCase({ firstSight: sight() }), 20_000).split('\n');
    expect(text[0]).toBe(sight().replay);
    expect(text[1]).toBe('FAILED (first sight, after 2.1 s) dict.setdefault is atomic: FORBIDDEN outcome in 3 of 9,000 runs: two setdefaults both inserted');
    expect(text).toContain('  next         shrinking (up to 20 s, --shrink-budget), then the full report');
    expect(text).toContain('scenario as drawn (draw 4; results of the first FORBIDDEN outcome):');
    expect(text.join('\n')).toContain("| dict.setdefault(2, 'b'): 'b' | dict.setdefault(2, 'c'): 'c' |");
  });

  it('the final report carries the shrunk and the first scenario, and how long shrinking took', () => {
    const text = formatFinding(failedCase({ firstSight: sight(), shrink: { runs: 17, ms: 4200, budgetMs: 20_000, stopped: false } }));
    expect(text).toContain('shrunk in 4.2 s (17 candidate runs)');
    expect(text).toContain(`first seen after 2.1 s, in draw 4, before shrinking (replay: ${sight().replay}):`);
    expect(text).toContain('| dict.get(1): \'a\'');
  });

  it('says when the budget stopped shrinking, and when the first scenario was already the smallest', () => {
    const c = hungCase();
    const text = formatFinding({ ...c, firstSight: sight({ scenario: c.scenario, status: 'hung', outcome: undefined }),
      shrink: { runs: 9, ms: 20_030, budgetMs: 20_000, stopped: true } });
    expect(text).toContain('shrinking stopped after 20 s (its budget, --shrink-budget 20 s; 9 candidate runs): the smallest failing scenario found so far');
    expect(text).toContain('first seen after 2.1 s, in draw 4 (this scenario; shrinking found nothing smaller)');
  });

  it('says when what was left of --budget cut shrinking short', () => {
    const c = hungCase();
    const text = formatFinding({ ...c, firstSight: sight({ scenario: c.scenario, status: 'hung', outcome: undefined }),
      shrink: { runs: 3, ms: 5_020, budgetMs: 5_000, shrinkBudgetMs: 20_000, stopped: true } });
    expect(text).toContain('shrinking stopped after 5.0 s (what was left of --budget, 5.0 s of --shrink-budget 20 s; 3 candidate runs)');
  });
});

describe('first sight and shrinking in the HTML report', () => {
  it('a case card says how shrinking went and shows the scenario as first seen, with its replay command', () => {
    const html = htmlCase(failedCase({ firstSight: sight(), shrink: { runs: 17, ms: 4200, budgetMs: 20_000, stopped: false } }), { id: 'c1', open: true });
    expect(html).toContain('<h4>Shrinking</h4><p>shrunk in 4.2 s (17 candidate runs)</p><p>first seen after 2.1 s, in draw 4, before shrinking:</p>');
    expect(html).toContain(`<code>${sight().replay}</code>`);
    expect(html).toContain('dict.get(1)');
  });
  it('a case without a finding has no such block', () => {
    expect(htmlCase(failedCase(), { id: 'c1', open: true })).not.toContain('Shrinking');
  });
});
