import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { InterpInfo } from '../../src/results/interpInfo.ts';
import type { ProgramRun } from '../../src/run/programRun.ts';
import { runProgram, type RunProgramOptions } from '../../src/run/runProgram.ts';

/** The machine's python3 (any CPython works: the fixtures need no free threading). */
export const python = execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).trim();

export const fakeInterp: InterpInfo = {
  path: python,
  version: '3.x',
  build: 'fixture interpreter',
  freeThreaded: false,
  gilEnabled: true,
  cpus: 1,
};

export const fixture = (name: string): string =>
  fileURLToPath(new URL(`../fixtures/programs/${name}`, import.meta.url));

export const runFixture = (
  name: string,
  options: Partial<Omit<RunProgramOptions, 'file'>> = {},
): Promise<ProgramRun> =>
  runProgram({ interp: fakeInterp, timeoutMs: 20_000, ...options, file: fixture(name) });

/** Alive and not a zombie (a container's pid 1 may never reap orphans). */
export const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
};

/** Whether `pid` outlived the test; kills it if so, so that a failing test leaves nothing behind. */
export const survived = (pid: number): boolean => {
  const alive = isAlive(pid);
  if (alive) process.kill(pid, 'SIGKILL');
  return alive;
};

/** Polls until `path` exists and holds a pid. */
export const waitForPid = async (path: string, timeoutMs = 15_000): Promise<number> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return Number(readFileSync(path, 'utf8'));
    } catch {
      if (Date.now() > deadline) throw new Error(`no pid in ${path}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
};
