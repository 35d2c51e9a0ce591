import { spawn } from 'node:child_process';

/** One CPU-bound process beside the bench (a busy machine); call the result to stop it. */
export const startCpuHog = (): (() => void) => {
  const hog = spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });
  return () => { hog.kill('SIGKILL'); };
};
