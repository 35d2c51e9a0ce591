import { describe, expect, it } from 'vitest';
import { formatSchedule } from '../../src/report/format/formatSchedule.ts';
import { htmlTimeline } from '../../src/report/html/htmlTimeline.ts';

const s = { decisions: [0, 1, 1], timeline: [[0, 'eq'], [1, 'op 1'], [0, 'end'], [1, 'end']] as [number, string][] };

describe('a controlled schedule in reports', () => {
  it('one console line: the decisions, then who held the container up to which gate', () => {
    expect(formatSchedule(s)).toBe("schedule [0, 1, 1]: t0 to a key's __eq__ → t1 to operation 1 → t0 to its end → t1 to its end");
  });

  it('gates where the same thread went on are one stretch', () => {
    const long = { decisions: [0, 0, 1, 0], timeline: [[0, 'eq'], [0, 'eq'], [0, 'op 1'], [1, 'eq'], [1, 'end'], [0, 'end']] as [number, string][] };
    expect(formatSchedule(long)).toBe('schedule [0, 0, 1, 0]: t0 to operation 1 (3 gates) → t1 to its end (2 gates) → t0 to its end');
  });

  it('an HTML timeline: a row per thread, the segment it ran marked with the gate where it stopped', () => {
    const html = htmlTimeline(s);
    expect(html).toContain('<tr><th>t0</th><td class="ran">a key&#39;s __eq__</td><td></td><td class="ran">its end</td><td></td></tr>');
    expect(html).toContain('<tr><th>t1</th><td></td><td class="ran">operation 1</td><td></td><td class="ran">its end</td></tr>');
  });
});
