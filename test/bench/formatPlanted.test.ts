import { describe, expect, it } from 'vitest';
import { formatPlanted } from '../../src/bench/formatPlanted.ts';
import { median } from '../../src/bench/median.ts';
import type { PlantedTiming } from '../../src/bench/timePlanted.ts';

const t = (bug: string, seed: number, firstMs: number | undefined, reproMs: number | undefined, over: Partial<PlantedTiming> = {}): PlantedTiming =>
  ({ bug, seed, status: firstMs === undefined ? 'passed' : 'failed', caught: firstMs !== undefined, firstMs, reproMs,
    finalMs: (reproMs ?? 1000) + 500, stopped: false, opsFirst: firstMs === undefined ? undefined : 8, opsFinal: 6, ...over });

describe('median', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeUndefined();
  });
});

describe('formatPlanted', () => {
  it('gives per planted bug the median seconds to the first detection and to the shrunk reproducer', () => {
    const text = formatPlanted([
      t('fixture.list.pop-twice', 1, 2000, 9000), t('fixture.list.pop-twice', 2, 3000, 12_000), t('fixture.list.pop-twice', 3, 2500, 30_000, { stopped: true }),
      t('fixture.dict.get-misses', 1, 1500, 8000), t('fixture.dict.get-misses', 2, undefined, undefined), t('fixture.dict.get-misses', 3, 1700, 7000),
    ], 'quick');
    const lines = text.split('\n');
    expect(lines[0]).toBe('time to a finding, per planted bug (profile quick, seeds 1, 2, 3; medians, range in brackets):');
    expect(lines[2]).toMatch(/^list\.pop-twice +3\/3 +2\.5 s \(2\.0 s–3\.0 s\) +12 s \(9\.0 s–30 s\) .* 8→6 8→6 8→6 +1$/);
    expect(lines[3]).toMatch(/^dict\.get-misses +2\/3 +1\.6 s \(1\.5 s–1\.7 s\) \[2 of 3\] +7\.5 s/);
    expect(lines[3]).toContain('—→6');
    expect(lines[4]).toBe('slowest median: first detection 2.5 s (target ≤ 5 s), shrunk reproducer 12 s (target ≤ 30 s); bugs never caught: 0');
  });
});
