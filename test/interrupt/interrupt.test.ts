// Nothing lost on interruption: a run stopped by SIGTERM (CI cancelling a job) or SIGINT (Ctrl-C) still
// writes JUnit and HTML reports with every case that finished, marked interrupted, and leaves no Python
// program behind. Drives the real pipeline through a fake free-threaded interpreter over python3.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixturePath } from '../interp/fixturePath.ts';
import { killMarked, markedProcesses, markedPrograms } from './markedProcesses.ts';
import { readHtml, readJunit, recordedNames } from './readReports.ts';
import { interrupt, startRun } from './startRun.ts';
import { waitUntil } from './waitUntil.ts';

const fake = fixturePath('fake-freethreaded');
// Start-up (tsx, the doctor's experiment, for `npm test` also tsc) and a first case of ~10 s, on a busy machine.
const FIRST_CASE_MS = 150_000;
const EXIT_WITHIN_MS = 30_000;
// A SIGKILLed program may take a moment to be torn down after its runner has exited.
const REAPED_WITHIN_MS = 5_000;

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) {
    killMarked(dir);
    rmSync(dir, { recursive: true, force: true });
  }
  dirs = [];
});

/**
 * Starts `tsx args… --reports DIR`, waits until a case is recorded and a program runs, sends `signal`;
 * returns what the run left: its result, the cases recorded before the signal, and the reports dir.
 */
const interruptedRun = async (args: readonly string[], signal: NodeJS.Signals) => {
  const dir = mkdtempSync(join(tmpdir(), 'ftconform-interrupt-'));
  dirs.push(dir);
  // The reports dir doubles as the token that marks every process of this run.
  const run = startRun([...args, '--reports', dir], dir);
  const before = await waitUntil(
    'a recorded case while a program runs',
    () => {
      const names = recordedNames(dir);
      const programs = markedPrograms(dir);
      return names.length > 0 && programs.length > 0 ? { names, programs } : undefined;
    },
    { timeoutMs: FIRST_CASE_MS, abort: run.exited },
  );
  const { result, ms } = await interrupt(run, signal, EXIT_WITHIN_MS);
  console.log(`${args.slice(0, 2).join(' ')}: ${signal} after ${before.names.length} case(s), exited in ${ms} ms`);
  return { result, before, dir };
};

/** Every process the run started ends: none outlives it (zombies count as dead). */
const expectNothingLeft = async (dir: string): Promise<void> => {
  const left = await waitUntil(
    'every process of the run to end',
    () => (markedProcesses(dir).length === 0 ? [] : undefined),
    { timeoutMs: REAPED_WITHIN_MS },
  ).catch(() => markedProcesses(dir));
  expect(left).toEqual([]);
};

/**
 * The reports exist, are marked interrupted and hold every recorded case (at least those before the
 * signal); then nothing of the run is left, and nothing was recorded after the reports were written.
 */
const expectNothingLost = async (dir: string, recordedBefore: readonly string[]): Promise<void> => {
  const recorded = recordedNames(dir);
  expect(recorded).toEqual(expect.arrayContaining([...recordedBefore]));
  const junit = readJunit(dir);
  expect(junit.name).toBe('ftconform (interrupted)');
  expect(junit.suites.length).toBeGreaterThan(0);
  for (const suite of junit.suites) {
    expect(suite.name).toMatch(/ \(interrupted\)$/);
    expect(suite.interrupted).toBe('true');
  }
  expect(junit.caseNames).toEqual(expect.arrayContaining(recorded));
  expect(readHtml(dir)).toContain('id="interrupted"');
  await expectNothingLeft(dir);
  expect(recordedNames(dir), 'cases recorded after the reports were written').toEqual(recorded);
};

// Linux only: the processes of a run are found through /proc.
describe('nothing lost on interruption', { timeout: FIRST_CASE_MS + EXIT_WITHIN_MS + 30_000 }, () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('ftconform run stopped by %s', async (signal) => {
    const { result, before, dir } = await interruptedRun(
      ['src/cli/main.ts', 'run', '--interp', fake, '--profile', 'default'], signal);
    expect(result.exitCode, String(result.all).slice(-3000)).toBe(130);
    await expectNothingLost(dir, before.names);
  });

  it('npm test stopped by SIGTERM', async () => {
    const { result, before, dir } = await interruptedRun(
      ['scripts/test.ts', '--interp', fake, '--suite', 'races', '--profile', 'default'], 'SIGTERM');
    expect(result.exitCode, String(result.all).slice(-3000)).toBeGreaterThanOrEqual(128);
    await expectNothingLost(dir, before.names);
  });
});
