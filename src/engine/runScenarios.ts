import { rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { InterpInfo } from '../results/interpInfo.ts';
import { renderProgram, DEFAULT_PROGRAM, STALL_SECONDS } from '../render/renderProgram.ts';
import { livenessLimits } from '../run/livenessLimits.ts';
import type { ProgramItem } from '../render/scenarioView.ts';
import type { Pool } from '../run/runPool.ts';
import { runProgram } from '../run/runProgram.ts';
import { writeProgram } from '../run/writeProgram.ts';
import { cpuShare } from './cpuShare.ts';
import { tsanProgram } from '../tsan/tsanProgram.ts';
import type { Observation } from './observation.ts';
import { observationsOf } from './observationsOf.ts';
import { watchdogSeconds } from '../render/scenarioView.ts';

const chunks = <T>(xs: readonly T[], n: number): T[][] =>
  Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));

/**
 * The last resort, generous: a program only overruns this when its watchdog failed to fire and its liveness
 * channel kept beating (src/run/watchLiveness.ts).
 */
export const programTimeoutMs = (items: readonly ProgramItem[]): number =>
  Math.ceil(items.reduce((a, it) => a + watchdogSeconds(it), 0) * 1000) + 30_000;

export interface RunScenariosOptions {
  /** Aborting kills the programs of this call only (e.g. at the end of a shrink budget). */
  readonly signal?: AbortSignal;
  /** Called with each program's observations as soon as that program ends (a hang or crash at once). */
  readonly onObservations?: (obs: ReadonlyMap<string, Observation>) => void;
  /** Asked as each program is about to start: true leaves it unrun, and its scenarios get no observation. */
  readonly skip?: () => boolean;
}

const runOne = async (pool: Pool, interp: InterpInfo, items: readonly ProgramItem[], opts: RunScenariosOptions):
  Promise<Map<string, Observation>> => {
  const program = { ...(interp.tsan ? tsanProgram() : DEFAULT_PROGRAM), header: `interpreter: ${interp.path}` };
  const file = await writeProgram(renderProgram(items, program));
  const liveness = livenessLimits({ tsan: interp.tsan, stallS: program.stallS ?? STALL_SECONDS });
  try {
    const threads = Math.max(...items.map((it) => it.scenario.threads.length));
    const run = await pool.schedule(async (poolSignal) => {
      if (opts.skip?.()) return undefined;
      // The CPUs to pin its workers to are claimed when the program starts, and freed when it ends.
      const claim = cpuShare.claim(threads, interp.cpus);
      try {
        return await runProgram({ interp, file, timeoutMs: programTimeoutMs(items), liveness, env: { FTCONFORM_CPUS: claim.cpus.join(',') },
          cancelSignal: opts.signal ? AbortSignal.any([poolSignal, opts.signal]) : poolSignal });
      } finally {
        claim.release();
      }
    });
    if (!run) return new Map();
    const obs = observationsOf(run);
    opts.onObservations?.(obs);
    if (run.interrupted) return obs;
    // Scenarios after a crash or hang never ran: run them again in a program of their own.
    const missing = items.filter((it) => !obs.has(it.id));
    if (missing.length > 0 && missing.length < items.length) {
      for (const [id, o] of await runOne(pool, interp, missing, opts)) obs.set(id, o);
    }
    return obs;
  } finally {
    await rm(dirname(file), { recursive: true, force: true });
  }
};

/** Run scenarios in batches of `batch` per program, as many programs at a time as the pool allows. */
export const runScenarios = async (pool: Pool, interp: InterpInfo, items: readonly ProgramItem[], batch: number,
  opts: RunScenariosOptions = {}): Promise<Map<string, Observation>> => {
  const results = await Promise.all(chunks(items, Math.max(1, batch)).map((c) => runOne(pool, interp, c, opts)));
  return new Map(results.flatMap((m) => [...m]));
};
