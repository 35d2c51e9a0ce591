import { mkdtempSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { survived, runFixture, waitForPid } from './fixtureRun.ts';

const pidFile = (): string => join(mkdtempSync(join(tmpdir(), 'ftconform-test-')), 'child.pid');

describe('process tree kill', { timeout: 30_000 }, () => {
  it("kills the program's children when the runner's timeout fires", async () => {
    const file = pidFile();
    const run = await runFixture('spawns_child.py', { timeoutMs: 3000, args: [file] });
    expect(run).toMatchObject({ status: 'hang', timedOut: true, unfinished: 's1' });
    expect(survived(await waitForPid(file))).toBe(false);
  });

  it('kills children the program leaves behind when the watchdog exits it', async () => {
    const file = pidFile();
    // The child holds our stdout pipe open: without the group kill this would wait out its 60 s sleep.
    const run = await runFixture('spawns_child.py', { timeoutMs: 30_000, args: [file, 'watchdog'] });
    expect(run).toMatchObject({ status: 'hang', timedOut: false, exitCode: 1 });
    expect(run.durationMs).toBeLessThan(25_000);
    expect(survived(await waitForPid(file))).toBe(false);
  });

  it('kills programs still running when Node itself exits', async () => {
    const file = pidFile();
    const script = fileURLToPath(new URL('./exitsMidRun.ts', import.meta.url));
    execFileSync(process.execPath, ['--import', 'tsx', script, file], { stdio: 'ignore', timeout: 20_000 });
    expect(survived(await waitForPid(file))).toBe(false);
  });
});
