import { loadavg } from 'node:os';
import type { InterpInfo } from '../results/interpInfo.ts';
import { measureSpeedup, type SpeedupOptions, type Trial } from './measureSpeedup.ts';

/** Below this, two threads hardly beat one: races between threads will be rare, tests weak. */
export const MIN_SPEEDUP = 1.3;

export interface Speedup {
  readonly threads: number;
  /** Throughput of `threads` threads over one thread's. */
  readonly speedup: number;
}

export interface DoctorReport {
  readonly interp: InterpInfo;
  readonly trials: readonly Trial[];
  readonly speedups: readonly Speedup[];
  /** 1-minute load average when measured: other work on the machine takes CPUs from the threads. */
  readonly loadAverage?: number;
  /** One line each, without the 'WARNING:' prefix. */
  readonly warnings: readonly string[];
}

/** Judges the measured trials. Pure. */
export const diagnose = (interp: InterpInfo, trials: readonly Trial[], loadAverage?: number): DoctorReport => {
  const base = trials.find((t) => t.threads === 1)?.opsPerSec ?? 0;
  const speedups = trials
    .filter((t) => t.threads > 1)
    .map((t) => ({ threads: t.threads, speedup: base > 0 ? t.opsPerSec / base : 0 }));
  const warnings: string[] = [];
  if (interp.cpus < 2) warnings.push('only 1 usable CPU: threads cannot run in parallel, races will be rare');
  if (interp.gilEnabled) warnings.push('the GIL is on: threads take turns, results are inconclusive');
  const two = speedups.find((s) => s.threads === 2);
  if (interp.freeThreaded && !interp.gilEnabled && interp.cpus >= 2 && two && two.speedup < MIN_SPEEDUP) {
    const busy = loadAverage !== undefined && loadAverage >= interp.cpus ? 'is busy' : 'may be busy or CPU-throttled';
    warnings.push(
      `2 threads ran at only ${two.speedup.toFixed(2)}× one thread's throughput (expected ≥ ${MIN_SPEEDUP}): ` +
        `the machine ${busy}, races will be rare`,
    );
  }
  return { interp, trials, speedups, warnings, ...(loadAverage !== undefined ? { loadAverage } : {}) };
};

/** Measures how well the interpreter's threads run in parallel and reports it as plain data. */
export const doctor = async (interp: InterpInfo, o: SpeedupOptions = {}): Promise<DoctorReport> =>
  diagnose(interp, await measureSpeedup(interp, o), loadavg()[0]);
