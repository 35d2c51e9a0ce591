import { describe, expect, it } from 'vitest';
import { renderProgram, DEFAULT_PROGRAM } from '../../src/render/renderProgram.ts';
import { classifyRun } from '../../src/run/classifyRun.ts';
import { watchdogSeconds } from '../../src/run/extractTraceback.ts';
import { call, scenarioOf, setdefaultRace, twoIncrements } from '../oracle/scenarioOf.ts';
import { jsonLines, runPython } from './python.ts';

/**
 * The stall watchdog of the stress programs (templates/_runtime.py.ejs _Stall): a scenario whose workers stop
 * making progress ends STALL_S seconds later, not at its own watchdog (three times its budget plus 30 s).
 * Under python3 (GIL on) a worker stuck in Python code still lets the stall thread run; one stuck in C code
 * that holds the GIL does not, as a worker stuck in a free-threaded build's stop-the-world pause does not.
 */
const STALL_S = 1;
const WATCHDOG_S = 40;

/** The setdefault race, with thread 1 stuck in `stuck` once its third round has begun. */
const stuckProgram = (stuck: string, opts: { watchdogS?: number; stallS?: number } = {}) => {
  const text = renderProgram([{ id: 's0', scenario: setdefaultRace(), budgetS: 20, maxRuns: 1e12, seed: 1,
    watchdogS: opts.watchdogS ?? WATCHDOG_S }], { ...DEFAULT_PROGRAM, stallS: opts.stallS ?? STALL_S });
  // Thread 1's operation, once in the timed rounds and once in the others.
  const parts = text.split('r = c.setdefault(1, 20)');
  expect(parts).toHaveLength(3);
  return parts.join('r = _stuck() if rnd >= 2 else c.setdefault(1, 20)')
    .replace('\ndef main():', `\ndef _stuck():\n    ${stuck}\n\n\ndef main():`);
};

const classify = (run: { exitCode?: number; stdout: string; stderr: string }) =>
  classifyRun({ ...run, timedOut: false, interrupted: false, timeoutMs: 60_000, durationMs: 0 });

describe('the stall watchdog', () => {
  it('ends a scenario whose worker is stuck in Python code STALL_S seconds after the last progress', async () => {
    const run = await runPython(stuckProgram('while True: pass'));
    expect(watchdogSeconds(run.stderr), run.stderr).toBe(STALL_S);
    expect(jsonLines(run.stdout)).toEqual([{ start: 's0' }]);
    const c = classify(run);
    expect(c.status).toBe('hang');
    expect(c.message).toBe(`hung: watchdog fired after ${STALL_S} s while running scenario s0 (all threads' stacks in traceback)`);
    expect(c.traceback).toContain('in _stuck');
  });

  it('also when the stall thread cannot run (C code that holds the GIL: a regex that backtracks 2^40 times)', async () => {
    const run = await runPython(stuckProgram("__import__('re').match(r'(a*)*b', 'a' * 40)"));
    expect(watchdogSeconds(run.stderr), run.stderr).toBe(STALL_S);
    expect(classify(run).status).toBe('hang');
  });

  it('is not used when the scenario\'s own watchdog is sooner (shrink candidates: scaled to measured runs)', async () => {
    const run = await runPython(stuckProgram('while True: pass', { watchdogS: 2, stallS: 5 }));
    expect(watchdogSeconds(run.stderr), run.stderr).toBe(2);
  });

  it('leaves scenarios that keep making progress alone, slow ones included', async () => {
    // Keys whose __eq__ sleeps, all colliding: the slowest kind there is (a container takes ~1,000 sleeps to
    // build), each round shortened to a quarter of the budget by _stride.
    const slow = scenarioOf('set', [[call('set.copy')], [call('set.add', { y: 7 } as never)]],
      { initial: Array.from({ length: 18 }, (_, i) => ({ y: i })) as never });
    const items = [twoIncrements(), slow].map((scenario, i) =>
      ({ id: `s${i}`, scenario, budgetS: 2.5, maxRuns: 1e12, seed: i, watchdogS: WATCHDOG_S }));
    const run = await runPython(renderProgram(items, { ...DEFAULT_PROGRAM, stallS: 2 }));
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    const records = jsonLines(run.stdout).filter((l) => 'runs' in l) as { runs: number; seconds: number }[];
    expect(records).toHaveLength(2);
    for (const r of records) {
      expect(r.runs).toBeGreaterThan(0);
      expect(r.seconds).toBeGreaterThan(2);
    }
  });
});

describe('the exit watchdog', () => {
  it('ends an interpreter whose exit hangs after every scenario printed its result (a corrupted heap can loop its last GC)', async () => {
    const text = renderProgram([{ id: 's0', scenario: twoIncrements(), budgetS: 0.1, maxRuns: 1e12, seed: 1, watchdogS: WATCHDOG_S }],
      { ...DEFAULT_PROGRAM, exitS: 1 });
    // atexit callbacks run before faulthandler's finalization, as the interpreter's last collections do.
    const run = await runPython(text.replace('\nif __name__ == "__main__":',
      '\n__import__("atexit").register(__import__("time").sleep, 600)\n\nif __name__ == "__main__":'));
    expect(watchdogSeconds(run.stderr), run.stderr).toBe(1);
    expect(jsonLines(run.stdout).map((l) => l.id ?? l.start)).toEqual(['s0', 's0']);
    expect(classify(run).status).toBe('hang');
  });

  it('does not hold up an exit that does not hang', async () => {
    const run = await runPython(renderProgram([{ id: 's0', scenario: twoIncrements(), budgetS: 0.1, maxRuns: 1e12, seed: 1 }],
      { ...DEFAULT_PROGRAM, exitS: 1 }));
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
  });
});
