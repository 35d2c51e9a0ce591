import { loadavg } from 'node:os';
import type { InterpInfo } from '../results/interpInfo.ts';
import { measureSpeedup, type SpeedupOptions, type Trial } from './measureSpeedup.ts';

/** Below this, two threads hardly beat one: races between threads will be rare, tests weak. */
export const MIN_SPEEDUP = 1.3;

/**
 * Below this many meetings a second (two threads pinned to CPUs of their own, meeting and then taking one
 * dict's lock together, as the stress programs do; the median of 5 rounds of 0.2 s), they seldom run at the
 * same moment: another process in their scheduling group takes a CPU at every contended lock (README,
 * Benchmark: busy, one group). Measured on the 2-core machine with 3.13.15t, rounds of 0.2 s: quiet 0.90-1.06
 * million; with a CPU-bound process outside their group (where the stress programs still find races)
 * 179,000-343,000; with one in their group 2,000-206,000, medians 25,000-39,000; with two, medians
 * 1,500-4,600. A ThreadSanitizer build runs 12-47× slower: a fiftieth of it there.
 */
export const MIN_MEETS_PER_SEC = 100_000;

export interface Speedup {
  readonly threads: number;
  /** Throughput of `threads` threads over one thread's. */
  readonly speedup: number;
}

export interface DoctorReport {
  readonly interp: InterpInfo;
  readonly trials: readonly Trial[];
  readonly speedups: readonly Speedup[];
  /** Meetings per second of two pinned threads (see MIN_MEETS_PER_SEC); undefined with one usable CPU. */
  readonly meetsPerSec?: number;
  /** 1-minute load average when measured: other work on the machine takes CPUs from the threads. */
  readonly loadAverage?: number;
  /** One line each, without the 'WARNING:' prefix. */
  readonly warnings: readonly string[];
}

/** Judges the measured trials. Pure. */
export const diagnose = (interp: InterpInfo, trials: readonly Trial[], loadAverage?: number, meetsPerSec?: number): DoctorReport => {
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
  const minMeets = interp.tsan ? MIN_MEETS_PER_SEC / 50 : MIN_MEETS_PER_SEC;
  if (interp.freeThreaded && !interp.gilEnabled && meetsPerSec !== undefined && meetsPerSec < minMeets) {
    warnings.push(
      `2 threads on CPUs of their own met only ${Math.round(meetsPerSec).toLocaleString('en-US')} times a second ` +
        `(expected ≥ ${minMeets.toLocaleString('en-US')}): another process keeps taking their CPUs, so they seldom ` +
        'run at the same moment; races will be rare and a PASS means little (give the run idle CPUs)',
    );
  }
  return { interp, trials, speedups, warnings, ...(meetsPerSec !== undefined ? { meetsPerSec } : {}),
    ...(loadAverage !== undefined ? { loadAverage } : {}) };
};

/** Measures how well the interpreter's threads run in parallel and reports it as plain data. */
export const doctor = async (interp: InterpInfo, o: SpeedupOptions = {}): Promise<DoctorReport> => {
  const m = await measureSpeedup(interp, o);
  return diagnose(interp, m.trials, loadavg()[0], m.meetsPerSec);
};
