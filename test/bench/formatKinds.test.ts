import { describe, expect, it } from 'vitest';
import { formatKinds } from '../../src/bench/formatKinds.ts';

const f = (perSecond: number, minority = 0.5) => ({ perSecond, minority, violationsPerSecond: 0 });

describe('formatKinds', () => {
  it('prints each kind as a ratio of the first row (int keys)', () => {
    const out = formatKinds([{ kind: 'int', figures: f(200_000) }, { kind: 'yield-eq', figures: f(50_000, 0.25) }]);
    const lines = out.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^int\s+200,000\s+1\.00×\s+50\.0 %$/);
    expect(lines[2]).toMatch(/^yield-eq\s+50,000\s+0\.25×\s+25\.0 %$/);
  });

  it('shows no ratio when the first row measured nothing', () => {
    expect(formatKinds([{ kind: 'int', figures: f(0) }]).split('\n')[1]).toMatch(/—/);
  });
});
