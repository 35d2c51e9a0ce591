import { planProfile } from '../engine/planProfile.ts';
import type { ProfileSettings } from '../engine/profile.ts';
import type { Property } from '../engine/property.ts';
import { shortId } from '../engine/scenarioKey.ts';
import type { Profile } from '../engine/profile.ts';
import type { Shard } from '../results/shard.ts';
import { planUnits } from './planUnits.ts';
import { propertyKey, shardSelection, type DrawFilter } from './shardSelection.ts';
import type { WorkUnit } from './workUnit.ts';

/** What a run (or one shard of it) checks, decided before anything runs. */
export interface RunPlan {
  readonly suites: readonly string[];
  /** Every property of the whole run, in order. */
  readonly props: readonly Property[];
  readonly profile: ProfileSettings;
  readonly units: readonly WorkUnit[];
  /** Same for every shard of one run (same suites, profile, budget and code); merge checks it. */
  readonly fingerprint: string;
  /** Whether this shard checks the property on the interpreter, and which of its draws. */
  readonly select: (interp: number, prop: Property) => { readonly run: boolean; readonly draws: DrawFilter };
  /** (interpreter × property) cases this shard checks. */
  readonly planned: number;
}

/**
 * The plan of a run over `names` suites and `interps` interpreters. --budget is per shard, so the
 * whole run has `budget × shards` to spread over its cases. Pure.
 */
export const runPlan = (
  options: { readonly profile: Profile; readonly budgetMs?: number; readonly shard?: Shard; readonly property?: string },
  suites: Readonly<Record<string, readonly Property[]>>,
  names: readonly string[],
  interps: number,
  /** A ThreadSanitizer build is among the interpreters: --budget sets aside its extra cost per scenario. */
  o: { readonly tsan?: boolean } = {},
): RunPlan => {
  // --property: only that one (a replay of one of its draws).
  const props = names.flatMap((n) => suites[n] ?? []).filter((p) => options.property === undefined || p.name === options.property);
  const shards = options.shard?.total ?? 1;
  const profile = planProfile({ ...options, budgetMs: options.budgetMs === undefined ? undefined : options.budgetMs * shards },
    props.length * interps, o);
  const units = planUnits({ props, interps, scenarios: profile.scenarios, secondsPerScenario: profile.secondsPerScenario });
  const selection = shardSelection(units, options.shard);
  const fingerprint = shortId(JSON.stringify([profile, units.map((u) => [u.interp, u.suite, u.property, u.draw])]));
  return {
    suites: names, props, profile, units, fingerprint,
    select: (interp, prop) => {
      const key = propertyKey(interp, prop.suite, prop.name);
      return { run: selection.has(key), draws: selection.get(key) };
    },
    planned: selection.size,
  };
};
