import type { ShardSpec } from '../shard/parseShard.ts';
import type { Options, Profile } from './options.ts';

/** Options as parsed, before defaults: every field may be missing; --shard as given (auto not resolved yet). */
export type OptionsInput = { -readonly [K in keyof Options]?: Options[K] } & { shardSpec?: ShardSpec };

/** CI systems (GitHub, GitLab, …) set CI=true; a CI job gets the short profile unless told otherwise. */
const isCi = (env: NodeJS.ProcessEnv): boolean => /^(true|1)$/i.test(env.CI ?? '');

/** Fills in every default in one place. */
export const resolveOptions = (input: OptionsInput, env: NodeJS.ProcessEnv = process.env): Options => {
  const reportsDir = input.reportsDir ?? 'reports';
  const profile: Profile = input.profile ?? (isCi(env) ? 'quick' : 'default');
  return {
    interps: input.interps ?? [],
    allowGil: input.allowGil ?? false,
    seed: input.seed,
    path: input.path,
    property: input.property,
    suites: input.suites ?? [],
    profile,
    budgetMs: input.budgetMs,
    shrinkBudgetMs: input.shrinkBudgetMs,
    // Follows --reports so that one flag moves every report.
    junit: input.junit ?? `${reportsDir}/junit.xml`,
    gilDifferential: input.gilDifferential ?? false,
    reportsDir,
    tsan: input.tsan ?? false,
    version: input.version,
    compare: input.compare ?? false,
    known: input.known ?? 'on',
    ...(input.shard ? { shard: input.shard } : {}),
  };
};
