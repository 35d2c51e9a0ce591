import pLimit from 'p-limit';
import type { ProgramRun } from './programRun.ts';
import { runProgram, type RunProgramOptions } from './runProgram.ts';

/** Programs at once so that each gets its threads on their own CPUs: on 2 CPUs, one 2-thread program. */
export const defaultConcurrency = (usableCpus: number, threadsPerProgram: number): number =>
  Math.max(1, Math.floor(usableCpus / Math.max(1, threadsPerProgram)));

export interface Pool {
  /** Runs a program when a slot is free, with the pool's cancel signal. */
  readonly run: (options: Omit<RunProgramOptions, 'cancelSignal'>) => Promise<ProgramRun>;
  /** Runs any task under the same limit; it should stop when the signal aborts. */
  readonly schedule: <T>(task: (signal: AbortSignal) => Promise<T>) => Promise<T>;
  /** Kills everything in flight; queued runs resolve at once as 'interrupted' without starting. */
  readonly cancel: () => void;
  readonly signal: AbortSignal;
  readonly activeCount: () => number;
  readonly pendingCount: () => number;
}

export const createPool = (concurrency: number): Pool => {
  const limit = pLimit(Math.max(1, concurrency));
  const controller = new AbortController();
  const schedule = <T>(task: (signal: AbortSignal) => Promise<T>): Promise<T> =>
    limit(() => task(controller.signal));
  return {
    run: (options) => schedule((signal) => runProgram({ ...options, cancelSignal: signal })),
    schedule,
    cancel: () => controller.abort(),
    signal: controller.signal,
    activeCount: () => limit.activeCount,
    pendingCount: () => limit.pendingCount,
  };
};
