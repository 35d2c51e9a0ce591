import { rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { InterpInfo } from '../results/interpInfo.ts';
import { renderProgram, DEFAULT_PROGRAM } from '../render/renderProgram.ts';
import type { ProgramItem } from '../render/scenarioView.ts';
import type { Pool } from '../run/runPool.ts';
import { writeProgram } from '../run/writeProgram.ts';
import { tsanProgram } from '../tsan/tsanProgram.ts';
import type { Observation } from './observation.ts';
import { observationsOf } from './observationsOf.ts';

const chunks = <T>(xs: readonly T[], n: number): T[][] =>
  Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));

/** Generous: a program only overruns this when the watchdog itself failed to fire. */
export const programTimeoutMs = (items: readonly ProgramItem[]): number =>
  Math.ceil(items.reduce((a, it) => a + it.budgetS * 3 + 30, 0) * 1000) + 30_000;

const runOne = async (pool: Pool, interp: InterpInfo, items: readonly ProgramItem[]): Promise<Map<string, Observation>> => {
  const file = await writeProgram(renderProgram(items, {
    ...(interp.tsan ? tsanProgram() : DEFAULT_PROGRAM), header: `interpreter: ${interp.path}` }));
  try {
    const run = await pool.run({ interp, file, timeoutMs: programTimeoutMs(items) });
    const obs = observationsOf(run);
    if (run.interrupted) return obs;
    // Scenarios after a crash or hang never ran: run them again in a program of their own.
    const missing = items.filter((it) => !obs.has(it.id));
    if (missing.length > 0 && missing.length < items.length) {
      for (const [id, o] of await runOne(pool, interp, missing)) obs.set(id, o);
    }
    return obs;
  } finally {
    await rm(dirname(file), { recursive: true, force: true });
  }
};

/** Run scenarios in batches of `batch` per program, as many programs at a time as the pool allows. */
export const runScenarios = async (pool: Pool, interp: InterpInfo, items: readonly ProgramItem[], batch: number):
  Promise<Map<string, Observation>> => {
  const results = await Promise.all(chunks(items, Math.max(1, batch)).map((c) => runOne(pool, interp, c)));
  return new Map(results.flatMap((m) => [...m]));
};
