import { describe, expect, it } from 'vitest';
import { DEFAULT_PROGRAM, OVERLAP_CAP_NS, renderProgram } from '../../src/render/renderProgram.ts';
import { tsanProgram } from '../../src/tsan/tsanProgram.ts';
import { setdefaultRace } from '../oracle/scenarioOf.ts';
import { runPython } from './python.ts';

/**
 * The overlap figure (templates/_runtime.py.ejs _overlapped): a timed run counts when the windows of two
 * threads intersect and each is shorter than OVERLAP_CAP_NS; a longer one held a preemption, during which
 * the other thread's window passed while this one did not run.
 */
const overlapped = async (windows: readonly (readonly [number, number])[][], opts = DEFAULT_PROGRAM): Promise<number> => {
  const program = renderProgram([{ id: 'o', scenario: setdefaultRace(), budgetS: 1, maxRuns: 1e12, seed: 1 }], opts)
    .replace('\nif __name__ == "__main__":', '\nif False:');
  const ts = windows.map((runs) => runs.map(([s]) => s));
  const te = windows.map((runs) => runs.map(([, e]) => e));
  const run = await runPython(`${program}\nprint(_overlapped(${JSON.stringify(ts)}, ${JSON.stringify(te)}, 0, ${windows[0].length}))\n`);
  expect(run.exitCode, run.stderr).toBe(0);
  return Number(run.stdout.trim());
};

const us = 1000;

describe('the overlap figure', () => {
  it('counts runs whose windows intersect, each shorter than the cap', async () => {
    // Two threads: intersecting (twice), apart, then intersecting with one window stretched past the cap.
    const long = OVERLAP_CAP_NS + us;
    expect(await overlapped([
      [[0, 10 * us], [0, 5 * us], [0, 5 * us], [0, long]],
      [[5 * us, 15 * us], [4 * us, 6 * us], [6 * us, 9 * us], [10 * us, 20 * us]],
    ])).toBe(2);
  });

  it('with three threads, a stretched window does not count, two short ones that meet still do', async () => {
    const long = 2 * OVERLAP_CAP_NS;
    expect(await overlapped([
      [[0, long], [0, long]],
      [[10 * us, 20 * us], [10 * us, 20 * us]],
      [[30 * us, 40 * us], [15 * us, 25 * us]],
    ])).toBe(1);
  });

  it('has no cap on a ThreadSanitizer build, whose instrumentation stretches every window', async () => {
    const long = 2 * OVERLAP_CAP_NS;
    expect(await overlapped([[[0, long]], [[10 * us, 20 * us]]], tsanProgram())).toBe(1);
    expect(await overlapped([[[0, long]], [[10 * us, 20 * us]]])).toBe(0);
  });
});
