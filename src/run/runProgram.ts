import { execa } from 'execa';
import type { InterpInfo } from '../results/interpInfo.ts';
import { classifyRun } from './classifyRun.ts';
import { killGroup, trackGroup } from './killGroup.ts';
import type { ProgramRun } from './programRun.ts';
import { tsanEnv } from '../tsan/tsanEnv.ts';

export interface RunProgramOptions {
  /** Interpreter to run; its `env` is added to the environment. */
  readonly interp: InterpInfo;
  /** Path of the .py program. */
  readonly file: string;
  /** After this long the runner SIGKILLs the program's whole process group and reports a hang. */
  readonly timeoutMs: number;
  /** Extra environment, over process.env and interp.env. */
  readonly env?: Readonly<Record<string, string>>;
  /** Arguments after the file. */
  readonly args?: readonly string[];
  /** Aborting kills the process group; the run resolves with status 'error', message 'interrupted'. */
  readonly cancelSignal?: AbortSignal;
}

const interruptedBeforeStart = (timeoutMs: number): ProgramRun =>
  classifyRun({ stdout: '', stderr: '', timedOut: false, interrupted: true, timeoutMs, durationMs: 0 });

/**
 * Runs `interp.path file` and classifies how it ended. Never throws for a failing program.
 * The program leads its own process group (detached), so a timeout or cancel kills its children too;
 * execa's own timeout would kill only the leader, and a grandchild holding stdout open would hang us.
 */
export const runProgram = async (options: RunProgramOptions): Promise<ProgramRun> => {
  const { interp, file, timeoutMs, env, args = [], cancelSignal } = options;
  if (cancelSignal?.aborted) return interruptedBeforeStart(timeoutMs);

  const subprocess = execa(interp.path, [file, ...args], {
    // A ThreadSanitizer build gets ftconform's TSAN_OPTIONS (its suppressions, all reports, crashes left to faulthandler).
    env: { ...tsanEnv(interp), ...interp.env, ...env },
    stdin: 'ignore',
    detached: true,
    reject: false,
    killSignal: 'SIGKILL',
    stripFinalNewline: false,
  });
  const pid = subprocess.pid;
  const untrack = pid !== undefined ? trackGroup(pid) : () => false;
  let timedOut = false;
  let interrupted = false;
  const stop = (): void => {
    if (pid !== undefined) killGroup(pid);
  };
  const timer = setTimeout(() => {
    timedOut = true;
    stop();
  }, timeoutMs);
  const onAbort = (): void => {
    interrupted = true;
    stop();
  };
  cancelSignal?.addEventListener('abort', onAbort, { once: true });
  // Once the program itself exits, strays it left (e.g. after the watchdog's exit) go too, closing the pipes.
  subprocess.once('exit', stop);

  const result = await subprocess;
  clearTimeout(timer);
  cancelSignal?.removeEventListener('abort', onAbort);
  untrack();

  const startError = pid === undefined ? (result.cause instanceof Error ? result.cause.message : result.shortMessage) : undefined;
  return classifyRun({
    stdout: String(result.stdout ?? ''),
    stderr: String(result.stderr ?? ''),
    exitCode: result.exitCode,
    signal: result.signal,
    timedOut,
    interrupted,
    startError,
    outputTooLarge: result.isMaxBuffer,
    timeoutMs,
    durationMs: Math.round(result.durationMs),
  });
};
