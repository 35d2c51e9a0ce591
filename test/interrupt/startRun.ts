import { fileURLToPath } from 'node:url';
import { execa, type Result } from 'execa';
import { MARKER } from './markedProcesses.ts';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const tsx = `${root}node_modules/.bin/tsx`;

const spawn = (args: readonly string[], token: string) =>
  execa(tsx, args, { cwd: root, reject: false, all: true, stdin: 'ignore', env: { [MARKER]: token, NO_COLOR: '1' } });

export interface StartedRun {
  readonly subprocess: ReturnType<typeof spawn>;
  /** Why waiting on the run is pointless (it already exited), with the end of its output; else undefined. */
  readonly exited: () => string | undefined;
}

/** Starts `tsx args…` in the repository root; it and every process it starts carry MARKER=token. */
export const startRun = (args: readonly string[], token: string): StartedRun => {
  const subprocess = spawn(args, token);
  let ended: Result | undefined;
  void subprocess.then((r) => { ended = r; });
  const exited = (): string | undefined =>
    ended && `it exited early with code ${ended.exitCode ?? ended.signal}:\n${String(ended.all ?? '').slice(-3000)}`;
  return { subprocess, exited };
};

/**
 * Sends `signal` and waits at most `withinMs` for the run to end; returns its result and how long
 * the ending took, or SIGKILLs it and throws (a run that ignores the signal is a failure).
 */
export const interrupt = async (
  run: StartedRun,
  signal: NodeJS.Signals,
  withinMs: number,
): Promise<{ result: Result; ms: number }> => {
  const sent = Date.now();
  run.subprocess.kill(signal);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      run.subprocess.kill('SIGKILL');
      reject(new Error(`the run did not exit within ${withinMs / 1000} s of ${signal}`));
    }, withinMs);
  });
  try {
    const result = await Promise.race([run.subprocess, late]);
    return { result, ms: Date.now() - sent };
  } finally {
    clearTimeout(timer);
  }
};
