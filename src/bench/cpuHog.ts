import { spawn } from 'node:child_process';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InterpInfo } from '../results/interpInfo.ts';

/** One CPU-bound process beside the bench (a busy machine); call the result to stop it. */
export const startCpuHog = (): (() => void) => {
  const hog = spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });
  return () => { hog.kill('SIGKILL'); };
};

/**
 * The interpreter behind a wrapper that starts `hogs` CPU-bound processes in the program's own session, so
 * that the two share the program's scheduling group. The runner starts each program in a session of its
 * own; with Linux's autogroup on, a CPU-bound process elsewhere (startCpuHog) is then weighed as a group
 * against the program's group, while one in the same group (as in a container whose processes share one
 * cgroup) competes with each of the program's threads. The runner kills the hog with the program's
 * process group when the program exits.
 */
export const interpWithHogInGroup = async (interp: InterpInfo, hogs = 1): Promise<{ interp: InterpInfo; dispose: () => Promise<void> }> => {
  const dir = await mkdtemp(join(tmpdir(), 'ftconform-hog-'));
  const path = join(dir, 'python-with-hog');
  const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  const hog = `${q(process.execPath)} -e 'for (;;) {}' </dev/null >/dev/null 2>&1 &\n`;
  await writeFile(path, `#!/bin/sh\n${hog.repeat(hogs)}exec ${q(interp.path)} "$@"\n`);
  await chmod(path, 0o755);
  return { interp: { ...interp, path }, dispose: () => rm(dir, { recursive: true, force: true }) };
};
