import { describe, expect, it } from 'vitest';
import { runFixture } from './fixtureRun.ts';

describe('hang classification', { timeout: 30_000 }, () => {
  it("recognises faulthandler's watchdog by its banner, though it exits 1", async () => {
    const run = await runFixture('hang.py', { timeoutMs: 20_000 });
    expect(run).toMatchObject({ status: 'hang', exitCode: 1, timedOut: false, unfinished: 's2' });
    expect(run.records).toEqual([{ id: 's1' }]);
    expect(run.message).toBe("hung: watchdog fired after 1 s while running scenario s2 (all threads' stacks in traceback)");
    expect(run.traceback).toMatch(/^Timeout \(0:00:01\)!/);
    // every thread's stack: the main thread and the two spinners
    expect(run.traceback!.match(/^Thread 0x/gm)?.length).toBeGreaterThanOrEqual(3);
    expect(run.traceback).toContain('in spin');
  });

  it("classifies a program only the runner's timeout stops as a hang", async () => {
    const run = await runFixture('hang_no_watchdog.py', { timeoutMs: 3000 });
    expect(run).toMatchObject({ status: 'hang', timedOut: true, signal: 'SIGKILL', unfinished: 's1' });
    // Before the kill the runner looked at it: its one thread as the OS saw it, and its native stack.
    expect(run.message).toBe("hung: killed after the runner's 3 s timeout while running scenario s1 (no watchdog output; OS: 1 thread: 1 sleeping)");
    expect(run.nativeStacks ?? run.stacksNote).toMatch(/^(Thread 1 |native stacks not captured)/);
    expect(run.durationMs).toBeGreaterThanOrEqual(2900);
    expect(run.traceback).toBeUndefined();
  });
});
