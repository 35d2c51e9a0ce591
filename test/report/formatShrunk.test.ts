import { describe, expect, it } from 'vitest';
import { formatShrunk } from '../../src/report/console/formatShrunk.ts';
import { failedCase, makeScenario } from './fixtures.ts';

describe('formatShrunk', () => {
  it('says in one line how small the reproducer got, where it is and how often it fails', () => {
    const c = failedCase({ durationMs: 11_400, shrink: { runs: 9, ms: 6000, budgetMs: 20_000, stopped: false },
      firstSight: { draw: 2, scenario: makeScenario({ threads: [...makeScenario().threads, [{ op: 'dict.get', args: [1] }]] }),
        status: 'failed', message: 'm', replay: 'r', afterMs: 2000 } });
    expect(formatShrunk(c)).toBe('FAILED (shrunk, after 11 s) dict.setdefault is atomic: 3 operations (first seen with 4); '
      + 'reproducer reports/repro/dict-7.py (reproduced 37 / 40 runs)');
  });
  it('a budget that ran out, and a replay that does not shrink, say so', () => {
    expect(formatShrunk(failedCase({ durationMs: 30_000, shrink: { runs: 20, ms: 20_010, budgetMs: 20_000, stopped: true } })))
      .toMatch(/^FAILED \(shrinking stopped after 20 s, after 30 s\)/);
    expect(formatShrunk(failedCase({ durationMs: 6100 }))).toMatch(/^FAILED \(reproducer, after 6\.1 s\)/);
  });
});
