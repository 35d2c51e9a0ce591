import { join } from 'node:path';
import { scenarioArb } from '../../generators/scenario.ts';
import { gilTwin } from '../engine/gilTwin.ts';
import type { Property } from '../engine/property.ts';
import type { PropertyContext } from '../engine/propertyContext.ts';
import { replayCommand } from '../engine/replayCommand.ts';
import type { ProfileSettings } from '../engine/profile.ts';
import { withShrinkBudget } from '../engine/planProfile.ts';
import { resultsFile, startResults } from '../engine/resultsFile.ts';
import { toolVersion } from '../engine/toolVersion.ts';
import type { Options } from '../options/options.ts';
import type { InterpInfo } from '../results/interpInfo.ts';
import { RESULTS_FORMAT } from '../results/runRecord.ts';
import type { Pool } from '../run/runPool.ts';
import { runPlan, type RunPlan } from '../shard/runPlan.ts';

/** A run as its drivers start it: its cases and the profile each runs with. */
export interface PlannedRun {
  readonly plan: RunPlan;
  /** The plan's profile with --shrink-budget, when given, as its shrink budget. */
  readonly profile: ProfileSettings;
}

/**
 * The preamble every driver of a run shares (`ftconform run`, `npm test`, and each suite file of `npm test`): the
 * plan of the (interpreter × property) cases of the suites named, with --budget spread over them (a
 * ThreadSanitizer build's extra cost set aside), and the profile each case runs with. The seed is the options'
 * (decided once, in resolveOptions). Pure.
 */
export const planRun = (options: Options, suites: Readonly<Record<string, readonly Property[]>>, names: readonly string[],
  interps: readonly InterpInfo[]): PlannedRun => {
  const plan = runPlan(options, suites, names, interps.length, { tsan: interps.some((i) => i.tsan) });
  return { plan, profile: withShrinkBudget(plan.profile, options.shrinkBudgetMs) };
};

/** Opens the run's results.jsonl with its run record (the seed, the profile, the plan, the interpreters). */
export const startRun = (options: Options, { plan, profile }: PlannedRun, names: readonly string[],
  interps: readonly InterpInfo[], startedAt: Date): Promise<void> =>
  startResults(resultsFile(options.reportsDir), {
    record: 'run', format: RESULTS_FORMAT, tool: toolVersion(), seed: options.seed, profile: profile.name, suites: names,
    ...(options.shard ? { shard: options.shard } : {}), plan: plan.fingerprint, planned: plan.planned, interps,
    startedAt: startedAt.toISOString(),
  });

/**
 * What every driver hands checkProperty for one case, beside its own hooks and deadline: the interpreter, the
 * pool, the case's profile, the run's seed and path, the generator, where reproducers go, the replay command
 * (naming the run's profile), the GIL twin (--gil-differential), --known and this shard's draws.
 */
export const caseContext = (options: Options, o: { readonly interp: InterpInfo; readonly pool: Pool;
  readonly profile: ProfileSettings; readonly runProfile: ProfileSettings; readonly inShard: PropertyContext['inShard'] }):
  PropertyContext => ({
  interp: o.interp, pool: o.pool, profile: o.profile, seed: options.seed, path: options.path, arbitrary: scenarioArb,
  reproDir: join(options.reportsDir, 'repro'),
  replayCommand: (s, p, suite, property) => replayCommand(o.interp, s, p, suite,
    { property, profile: o.runProfile.name, known: options.known }),
  gilTwin: options.gilDifferential ? gilTwin(o.interp) : undefined,
  known: options.known,
  inShard: o.inShard,
});
