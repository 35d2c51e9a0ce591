import { readFileSync } from 'node:fs';
import ejs from 'ejs';
import { execa } from 'execa';
import type { InterpInfo } from '../results/interpInfo.ts';
import { templatePath } from './templatePath.ts';
import { killGroup, trackGroup } from '../run/killGroup.ts';
import { extractTraceback, fatalErrorLine } from '../run/extractTraceback.ts';
import { gdbPath, nativeStacks, type NativeStacks } from '../run/nativeStacks.ts';
import { ProbeFailure } from './probeFailure.ts';

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

const CRASH_SIGNALS = new Set(['SIGSEGV', 'SIGABRT', 'SIGBUS', 'SIGFPE', 'SIGILL', 'SIGTRAP', 'SIGSYS']);
const PROBE = 'the thread speed-up experiment';

/**
 * Runs the CPU-bound thread experiment with the interpreter. It runs in a session of its own, as every stress
 * program does: with Linux's autogroup that is the scheduling group whose competition the programs will meet.
 * The interpreter crashing or hanging in it throws a ProbeFailure (a finding about the interpreter, with every
 * thread's native stack for a hang); any other failure a one-line Error.
 */
export const measureSpeedup = async (info: InterpInfo, o: SpeedupOptions = {}): Promise<Measured> => {
  const script = renderDoctorScript(o.seconds ?? 0.2, o.rounds ?? 5, threadCounts(info.cpus));
  const timeoutMs = o.timeoutMs ?? 60_000;
  const sub = execa(info.path, ['-c', script], {
    env: info.env, killSignal: 'SIGKILL', stdin: 'ignore', reject: false, detached: true,
  });
  // Its session's process group dies with it (and with us): whatever it started, it leaves nothing running.
  const pid = sub.pid;
  const untrack = pid !== undefined ? trackGroup(pid) : () => false;
  let hung: Promise<NativeStacks> | undefined;
  // A hang is looked at before the kill, as a stress program's is (src/run/runProgram.ts).
  const timer = setTimeout(() => {
    if (pid === undefined) return;
    hung = nativeStacks(pid, { gdb: gdbPath(), timeoutMs: 30_000 }).finally(() => killGroup(pid));
  }, timeoutMs);
  const r = await sub;
  clearTimeout(timer);
  const stacks = await hung;
  untrack();
  if (pid !== undefined) killGroup(pid);
  const last = r.stdout.trim().split('\n').pop() ?? '';
  try {
    const parsed = JSON.parse(last) as { trials: Trial[]; meetsPerSec?: number | null };
    if (!Array.isArray(parsed.trials)) throw new Error('no trials');
    return { trials: parsed.trials, ...(typeof parsed.meetsPerSec === 'number' ? { meetsPerSec: parsed.meetsPerSec } : {}) };
  } catch {
    const fatal = fatalErrorLine(r.stderr);
    const traceback = extractTraceback(r.stderr);
    const common = { probe: PROBE, slug: 'speedup', source: script, durationMs: Math.round(r.durationMs),
      ...(traceback ? { traceback } : {}) };
    if (stacks) {
      throw new ProbeFailure({ ...common, status: 'hung', message: `no answer within ${timeoutMs / 1000} s (killed)`,
        ...(stacks.text ? { nativeStacks: stacks.text } : {}), ...(stacks.note ? { stacksNote: stacks.note } : {}) });
    }
    if ((r.signal !== undefined && CRASH_SIGNALS.has(r.signal)) || fatal !== undefined) {
      const how = r.signal !== undefined ? `killed by ${r.signal}` : `exit code ${r.exitCode}`;
      throw new ProbeFailure({ ...common, status: 'crashed', message: `${how}${fatal ? ` (Fatal Python error: ${fatal})` : ''}`,
        ...(r.signal ? { signal: r.signal } : {}) });
    }
    const why = r.signal ? `killed by ${r.signal}` : `exit ${r.exitCode}: ${r.stderr.trim().split('\n').pop()}`;
    throw new Error(`${PROBE} failed with ${info.path} (${why})`);
  }
};
