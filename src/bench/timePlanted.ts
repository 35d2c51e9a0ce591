import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PlantedBug } from '../../suites/selftest.suite.ts';
import { checkProperty } from '../engine/checkProperty.ts';
import type { ProfileSettings } from '../engine/profile.ts';
import { replayCommand } from '../engine/replayCommand.ts';
import type { CaseStatus } from '../results/caseResult.ts';
import type { InterpInfo } from '../results/interpInfo.ts';
import { createPool, defaultConcurrency } from '../run/runPool.ts';
import { scenarioArb } from '../../generators/scenario.ts';

/** One planted bug hunted with one seed, as a user's run would: drawn, seen, shrunk, confirmed. */
export interface PlantedTiming {
  readonly bug: string;
  readonly seed: number;
  readonly status: CaseStatus;
  /** The status is one of the bug's symptoms. */
  readonly caught: boolean;
  /** From the start of the case to the first forbidden outcome, crash or hang; absent when none. */
  readonly firstMs?: number;
  /** From the start to the shrunk, confirmed reproducer written; absent when none. */
  readonly reproMs?: number;
  /** From the start to the case's end (the draws not graded before shrinking graded too). */
  readonly finalMs: number;
  /** Shrinking ran out of its budget. */
  readonly stopped: boolean;
  /** Operations in the scenario as first seen, and after shrinking. */
  readonly opsFirst?: number;
  readonly opsFinal: number;
}

/** Runs the planted bug's property once with `seed` (the edge of the bench: processes, files, clock). */
export const timePlanted = async (interp: InterpInfo, planted: PlantedBug, seed: number, profile: ProfileSettings):
  Promise<PlantedTiming> => {
  const reproDir = await mkdtemp(join(tmpdir(), 'ftconform-bench-planted-'));
  const pool = createPool(defaultConcurrency(interp.cpus, 2));
  const started = Date.now();
  let firstMs: number | undefined, reproMs: number | undefined;
  try {
    const result = await checkProperty(planted.property, {
      interp, pool, profile, seed, reproDir, arbitrary: scenarioArb,
      replayCommand: (s, p, suite) => replayCommand(interp, s, p, suite),
      onFirstSight: () => { firstMs ??= Date.now() - started; },
      onReproducer: () => { reproMs ??= Date.now() - started; },
    });
    const ops = (s: { threads: readonly (readonly unknown[])[] }) => s.threads.flat().length;
    return {
      bug: planted.property.shape.everyThread ?? planted.property.name, seed, status: result.status,
      caught: (planted.symptoms as readonly string[]).includes(result.status),
      firstMs, reproMs, finalMs: Date.now() - started, stopped: result.shrink?.stopped ?? false,
      opsFirst: result.firstSight && ops(result.firstSight.scenario), opsFinal: ops(result.scenario),
    };
  } finally {
    pool.cancel();
    await rm(reproDir, { recursive: true, force: true });
  }
};
