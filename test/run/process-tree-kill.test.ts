import { mkdtempSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { execa } from 'execa';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAlive, survived, runFixture, waitForPid } from './fixtureRun.ts';

const pidFile = (): string => join(mkdtempSync(join(tmpdir(), 'ftconform-test-')), 'child.pid');

/**
 * Whether `pid` is still alive after a grace period (killed if so). A SIGKILLed process closes its pipes,
 * which ends the run, a moment before the kernel marks it dead; on a busy machine it can be seen alive
 * in between. The processes checked sleep for a minute or more, so 10 s still tells killed from left.
 */
const outlived = async (pid: number, graceMs = 10_000): Promise<boolean> => {
  const deadline = Date.now() + graceMs;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  return survived(pid);
};

// Longer than the 30 s runner timeout below, so that a failed kill shows as that assertion, not a test timeout.
describe('process tree kill', { timeout: 60_000 }, () => {
  it("kills the program's children when the runner's timeout fires", async () => {
    const file = pidFile();
    const run = await runFixture('spawns_child.py', { timeoutMs: 3000, args: [file] });
    expect(run).toMatchObject({ status: 'hang', timedOut: true, unfinished: 's1' });
    expect(await outlived(await waitForPid(file))).toBe(false);
  });

  it('kills children the program leaves behind when the watchdog exits it', async () => {
    const file = pidFile();
    // The child holds our stdout pipe open: without the group kill this would wait out its 60 s sleep.
    const run = await runFixture('spawns_child.py', { timeoutMs: 30_000, args: [file, 'watchdog'] });
    expect(run).toMatchObject({ status: 'hang', timedOut: false, exitCode: 1 });
    expect(run.durationMs).toBeLessThan(25_000);
    expect(await outlived(await waitForPid(file))).toBe(false);
  });

  it('kills programs still running when Node itself exits', async () => {
    const file = pidFile();
    const script = fileURLToPath(new URL('./exitsMidRun.ts', import.meta.url));
    execFileSync(process.execPath, ['--import', 'tsx', script, file], { stdio: 'ignore', timeout: 20_000 });
    expect(await outlived(await waitForPid(file))).toBe(false);
  });

  it('kills programs still running when Node dies of SIGTERM (no exit event then)', async () => {
    const file = pidFile();
    const fixtureRun = JSON.stringify(new URL('./fixtureRun.ts', import.meta.url).href);
    // Runs a hanging program and idles; the program is tracked before it writes its pid.
    const code = `const { runFixture } = await import(${fixtureRun});
      void runFixture('hang_no_watchdog.py', { timeoutMs: 60_000, args: [${JSON.stringify(file)}] });
      setInterval(() => {}, 1000);`;
    const node = execa(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { reject: false });
    const pid = await waitForPid(file);
    node.kill('SIGTERM');
    // It still dies of the signal, as it would without the hook.
    expect((await node).signal).toBe('SIGTERM');
    expect(await outlived(pid)).toBe(false);
  });
});
