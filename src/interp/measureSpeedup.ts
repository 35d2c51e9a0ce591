import { readFileSync } from 'node:fs';
import ejs from 'ejs';
import { execa } from 'execa';
import type { InterpInfo } from '../results/interpInfo.ts';
import { templatePath } from './templatePath.ts';
import { killGroup, trackGroup } from '../run/killGroup.ts';

export interface Trial {
  readonly threads: number;
  /** Loop iterations per second, all threads together. */
  readonly opsPerSec: number;
}

export interface SpeedupOptions {
  /** How long each thread spins per trial. Default 0.2 s. */
  readonly seconds?: number;
  /** Each thread count is tried this often, the best kept. Default 5. */
  readonly rounds?: number;
  /** Bound on the whole experiment. Default 60 s. */
  readonly timeoutMs?: number;
}

/** 1 thread (the baseline), 2 threads, and one per usable CPU. */
export const threadCounts = (cpus: number): number[] => [...new Set([1, 2, Math.max(1, cpus)])].sort((a, b) => a - b);

/** Renders templates/doctor.py.ejs; only numbers go in, so no Python quoting is involved. */
export const renderDoctorScript = (seconds: number, rounds: number, counts: readonly number[]): string => {
  const positiveInt = (k: number): boolean => Number.isInteger(k) && k > 0;
  if (!(seconds > 0) || !positiveInt(rounds) || !counts.every(positiveInt)) throw new Error('bad doctor parameters');
  return ejs.render(readFileSync(templatePath('doctor.py.ejs'), 'utf8'), { seconds, rounds, threadCounts: counts });
};

export interface Measured {
  readonly trials: Trial[];
  /**
   * How often two threads, pinned to CPUs of their own as the stress programs pin their workers, met per
   * second (the median of the rounds); undefined with one usable CPU.
   */
  readonly meetsPerSec?: number;
}

/**
 * Runs the CPU-bound thread experiment with the interpreter; throws a one-line Error when it fails. It runs in
 * a session of its own, as every stress program does: with Linux's autogroup that is the scheduling group whose
 * competition the programs will meet.
 */
export const measureSpeedup = async (info: InterpInfo, o: SpeedupOptions = {}): Promise<Measured> => {
  const script = renderDoctorScript(o.seconds ?? 0.2, o.rounds ?? 5, threadCounts(info.cpus));
  const sub = execa(info.path, ['-c', script], {
    env: info.env, timeout: o.timeoutMs ?? 60_000, killSignal: 'SIGKILL', stdin: 'ignore', reject: false, detached: true,
  });
  // Its session's process group dies with it (and with us): whatever it started, it leaves nothing running.
  const untrack = sub.pid !== undefined ? trackGroup(sub.pid) : () => false;
  const r = await sub;
  untrack();
  if (sub.pid !== undefined) killGroup(sub.pid);
  const last = r.stdout.trim().split('\n').pop() ?? '';
  try {
    const parsed = JSON.parse(last) as { trials: Trial[]; meetsPerSec?: number | null };
    if (!Array.isArray(parsed.trials)) throw new Error('no trials');
    return { trials: parsed.trials, ...(typeof parsed.meetsPerSec === 'number' ? { meetsPerSec: parsed.meetsPerSec } : {}) };
  } catch {
    const why = r.timedOut ? 'timed out' : r.signal ? `crashed with ${r.signal}` : `exit ${r.exitCode}: ${r.stderr.trim().split('\n').pop()}`;
    throw new Error(`the thread speed-up experiment failed with ${info.path} (${why})`);
  }
};
