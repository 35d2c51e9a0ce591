import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPool, defaultConcurrency } from '../../src/run/runPool.ts';
import { runProgram } from '../../src/run/runProgram.ts';
import { fakeInterp, fixture, survived, waitForPid } from './fixtureRun.ts';

describe('pool cancel', { timeout: 30_000 }, () => {
  it('runs one 2-thread program at a time on 2 CPUs, and at least one always', () => {
    expect(defaultConcurrency(2, 2)).toBe(1);
    expect(defaultConcurrency(16, 4)).toBe(4);
    expect(defaultConcurrency(6, 4)).toBe(1);
    expect(defaultConcurrency(1, 8)).toBe(1);
    expect(defaultConcurrency(4, 0)).toBe(4);
  });

  it('kills runs in flight and resolves queued ones as interrupted without starting them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ftconform-test-'));
    const pool = createPool(2);
    const runs = [0, 1, 2].map((i) =>
      pool.run({ interp: fakeInterp, file: fixture('hang_no_watchdog.py'), timeoutMs: 60_000, args: [join(dir, `${i}.pid`)] }),
    );
    const pids = await Promise.all([0, 1].map((i) => waitForPid(join(dir, `${i}.pid`))));
    expect(pool.activeCount()).toBe(2);
    expect(pool.pendingCount()).toBe(1);

    pool.cancel();
    const results = await Promise.all(runs);
    for (const run of results) {
      expect(run).toMatchObject({ status: 'error', message: 'interrupted', interrupted: true, timedOut: false });
    }
    expect(results[0].started).toEqual(['s1']);
    expect(results[2]).toMatchObject({ started: [], durationMs: 0 });
    expect(pids.filter(survived)).toEqual([]);
  });

  it('does not start a program whose signal is already aborted', async () => {
    const run = await runProgram({ interp: fakeInterp, file: fixture('ok.py'), timeoutMs: 5000, cancelSignal: AbortSignal.abort() });
    expect(run).toMatchObject({ status: 'error', message: 'interrupted', records: [] });
  });

  it('schedules any task under the same limit', async () => {
    const pool = createPool(1);
    const order: string[] = [];
    const task = (name: string) => async () => {
      order.push(`${name}+`);
      await new Promise((r) => setTimeout(r, 20));
      order.push(`${name}-`);
      return name;
    };
    expect(await Promise.all([pool.schedule(task('a')), pool.schedule(task('b'))])).toEqual(['a', 'b']);
    expect(order).toEqual(['a+', 'a-', 'b+', 'b-']);
  });
});
