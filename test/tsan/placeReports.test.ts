import { describe, expect, it } from 'vitest';
import { placeReports } from '../../src/tsan/placeReports.ts';
import { readMarks } from '../../src/tsan/tsanMarkers.ts';
import { tsanFixture } from './fixture.ts';

describe('placeReports', () => {
  it('places a report in the scenario that was running and maps TSAN threads to its workers by tid', () => {
    const [p] = placeReports(tsanFixture('gcc-list-getitem-vs-setslice.stderr'));
    // s1 began after s0; its w1 got tid 9130 (TSAN's T6), its w0 tid 9129 (T5).
    expect(p.scenarioId).toBe('s1');
    expect(p.workers).toEqual([1, 0]);
  });

  it('takes the latest announcement of a reused tid, the main thread as main, and an unannounced thread as unknown', () => {
    const report = tsanFixture('gcc-list-getitem-vs-setslice.stderr').replace(/^ftconform-tsan: .*\n/gm, '');
    const stderr = [
      'ftconform-tsan: scenario s0', 'ftconform-tsan: thread w0 tid 9130', 'ftconform-tsan: thread w1 tid 9129',
      'ftconform-tsan: scenario s1', 'ftconform-tsan: thread w2 tid 9130', report,
      'ftconform-tsan: scenario s2', 'ftconform-tsan: thread w0 tid 9129',
    ].join('\n');
    const [p] = placeReports(stderr);
    expect(p.scenarioId).toBe('s1');
    expect(p.workers).toEqual([2, 1]);
    const [c] = placeReports(tsanFixture('gcc-c-global-main-thread.stderr'));
    expect(c).toEqual(expect.objectContaining({ workers: ['main', undefined] }));
    expect(c.scenarioId).toBeUndefined();
  });

  it('reads marker lines only where a whole line is one', () => {
    const marks = readMarks('x ftconform-tsan: scenario s9\nftconform-tsan: scenario s1\nftconform-tsan: thread w3 tid 77\n');
    expect(marks.scenarios.map(([, id]) => id)).toEqual(['s1']);
    expect(marks.threads.map(([, tid, w]) => [tid, w])).toEqual([[77, 3]]);
  });
});
