import { describe, expect, it } from 'vitest';
import { measureSpeedup } from '../../src/interp/measureSpeedup.ts';
import { ProbeFailure } from '../../src/interp/probeFailure.ts';
import type { InterpInfo } from '../../src/results/interpInfo.ts';
import { fixturePath } from './fixturePath.ts';

const fake = (name: string): InterpInfo => ({
  path: fixturePath(name), version: '3.13.5', build: 'fixture', freeThreaded: true, gilEnabled: false, cpus: 2,
});

const failure = (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => e);

describe("the doctor's speed-up experiment, on an interpreter that breaks in it", { timeout: 60_000 }, () => {
  it('throws a ProbeFailure for a crash: the interpreter crashed, with its faulthandler report and the program as it ran', async () => {
    const e = await failure(measureSpeedup(fake('crash-in-doctor'), { seconds: 0.05, rounds: 1 }));
    expect(e).toBeInstanceOf(ProbeFailure);
    const f = (e as ProbeFailure).failure;
    expect(f).toMatchObject({ probe: 'the thread speed-up experiment', slug: 'speedup', status: 'crashed', signal: 'SIGSEGV',
      message: 'killed by SIGSEGV (Fatal Python error: Segmentation fault)' });
    expect(f.traceback).toMatch(/^Fatal Python error: Segmentation fault/);
    expect(f.source).toContain("# ftconform doctor: can this interpreter's threads run Python code in parallel?");
  });

  it('throws a ProbeFailure for a hang, with every thread\'s native stack taken before the kill', async () => {
    const e = await failure(measureSpeedup(fake('hang-in-doctor'), { seconds: 0.05, rounds: 1, timeoutMs: 2_000 }));
    expect(e).toBeInstanceOf(ProbeFailure);
    const f = (e as ProbeFailure).failure;
    expect(f).toMatchObject({ status: 'hung', message: 'no answer within 2 s (killed)' });
    // Two threads, each waiting on a lock (gdb's view), or the line that says why there are no stacks.
    if (f.nativeStacks !== undefined) expect(f.nativeStacks.match(/^Thread \d+ /gm)?.length).toBeGreaterThanOrEqual(2);
    else expect(f.stacksNote).toMatch(/^native stacks not captured: /);
  });
});
