import { rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_PROGRAM, renderProgram } from '../../src/render/renderProgram.ts';
import { livenessLimits } from '../../src/run/livenessLimits.ts';
import { gdbPath } from '../../src/run/nativeStacks.ts';
import { runProgram } from '../../src/run/runProgram.ts';
import { writeProgram } from '../../src/run/writeProgram.ts';
import { fakeInterp } from './fixtureRun.ts';
import { execaSync } from 'execa';

// The stress programs' real runtime (beat thread, SIGUSR1 dump, watchdogs), with no scenario: what follows it
// plays one that wedges.
const runtime = renderProgram([], { ...DEFAULT_PROGRAM, header: 'wedged-program test' });

// Every Python thread stops for good: one loops in C and never reaches an eval-breaker check, so with the GIL
// it never lets go of it, and without it the main thread's collection waits forever for it to stop for the
// world (_PyEval_StopTheWorld); the beat thread and the stall watchdog's thread then wait too. No watchdog is
// armed: nothing inside the program can speak.
const WEDGE = `
faulthandler.cancel_dump_traceback_later()
print(json.dumps({"start": "s0"}), flush=True)
import collections, gc, itertools


def spin():
    collections.deque(itertools.repeat(None), maxlen=0)


time.sleep(1)
_t = threading.Thread(target=spin, daemon=True)
_t.start()
time.sleep(0.5)
gc.collect()
time.sleep(3600)
`;

// The same threads stuck in Python code, with the program's own watchdog armed: it fires on the channel.
const WATCHDOG = `
print(json.dumps({"start": "s0"}), flush=True)


def nap():
    while True:
        time.sleep(0.05)


for _ in range(2):
    threading.Thread(target=nap, daemon=True).start()
_watchdog(1)
time.sleep(3600)
`;

const files: string[] = [];
const run = async (tail: string, timeoutMs: number) => {
  const file = await writeProgram(`${runtime}\n${tail}`);
  files.push(file);
  return runProgram({ interp: fakeInterp, file, timeoutMs, liveness: livenessLimits({ stallS: 5 }) });
};
afterAll(() => Promise.all(files.map((f) => rm(dirname(f), { recursive: true, force: true }))));

const hasGdb = (() => {
  try {
    execaSync(gdbPath() ?? 'gdb', ['--version']);
    return true;
  } catch {
    return false;
  }
})();

describe('a program whose every thread is wedged', { timeout: 120_000 }, () => {
  it('is called hung when its liveness channel goes quiet, long before the timeout, with every stack', async () => {
    const r = await run(WEDGE, 90_000);
    expect(r).toMatchObject({ status: 'hang', timedOut: false, unfinished: 's0' });
    // Called on the channel's silence (4 s without a beat), not on the 90 s timeout, and never by a watchdog.
    expect(r.message).toMatch(/^hung: no sign of life for 4\.\d+ s while running scenario s0: no Python thread could run \(no watchdog output; OS: \d+ threads: /);
    // Every thread's Python stack (faulthandler on SIGUSR1): the main thread, the spinner, the beat thread.
    expect(r.traceback!.match(/^(Thread|Current thread) 0x/gm)?.length).toBeGreaterThanOrEqual(3);
    expect(r.traceback).toContain('in spin');
    expect(r.traceback).toContain('in _beat');
    if (hasGdb) {
      // gdb's: one block per thread, each with frames.
      expect(r.nativeStacks!.match(/^Thread \d+ /gm)?.length).toBeGreaterThanOrEqual(3);
      expect(r.nativeStacks).toMatch(/^#0 /m);
    } else expect(r.stacksNote).toMatch(/^native stacks not captured: no gdb/);
  });

  it("takes the native stacks too when the program's own watchdog fires on the channel", async () => {
    const r = await run(WATCHDOG, 90_000);
    expect(r).toMatchObject({ status: 'hang', timedOut: false, unfinished: 's0' });
    expect(r.message).toBe("hung: watchdog fired after 1 s while running scenario s0 (all threads' stacks in traceback)");
    expect(r.traceback).toMatch(/^Timeout \(0:00:01\)!/);
    expect(r.traceback).toContain('in nap');
    if (hasGdb) expect(r.nativeStacks!.match(/^Thread \d+ /gm)?.length).toBeGreaterThanOrEqual(3);
  });

  it('says why there are no native stacks on a machine without gdb', async () => {
    const saved = process.env.FTCONFORM_GDB;
    process.env.FTCONFORM_GDB = '/nonexistent/gdb';
    try {
      const r = await run(WATCHDOG, 90_000);
      expect(r.status).toBe('hang');
      expect(r.nativeStacks).toBeUndefined();
      expect(r.stacksNote).toBe('native stacks not captured: no /nonexistent/gdb on this machine (install gdb)');
    } finally {
      if (saved === undefined) delete process.env.FTCONFORM_GDB;
      else process.env.FTCONFORM_GDB = saved;
    }
  });
});
