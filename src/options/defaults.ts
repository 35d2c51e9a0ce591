import type { ShardSpec } from '../shard/parseShard.ts';
import type { Options, Profile } from './options.ts';

/** Options as parsed, before defaults: every field may be missing; --shard as given (auto not resolved yet). */
export type OptionsInput = { -readonly [K in keyof Options]?: Options[K] } & { shardSpec?: ShardSpec };

/** CI systems (GitHub, GitLab, …) set CI=true; a CI job gets the short profile unless told otherwise. */
const isCi = (env: NodeJS.ProcessEnv): boolean => /^(true|1)$/i.test(env.CI ?? '');

/**
 * The seed FTCONFORM_SEED names, if it names one: `npm test` hands its run's seed down this way, and a sharded
 * CI job may set it so that every shard draws the same scenarios.
 */
export const seedFromEnv = (env: NodeJS.ProcessEnv): number | undefined =>
  (/^-?\d+$/.test(env.FTCONFORM_SEED ?? '') && Number.isSafeInteger(Number(env.FTCONFORM_SEED)) ? Number(env.FTCONFORM_SEED) : undefined);

/**
 * Fills in every default in one place. The seed: --seed, else FTCONFORM_SEED, else one from the clock (printed
 * in every replay command); every suite and case of the run uses this one.
 */
export const resolveOptions = (input: OptionsInput, env: NodeJS.ProcessEnv = process.env): Options => {
  const reportsDir = input.reportsDir ?? 'reports';
  const profile: Profile = input.profile ?? (isCi(env) ? 'quick' : 'default');
  return {
    interps: input.interps ?? [],
    allowGil: input.allowGil ?? false,
    seed: input.seed ?? seedFromEnv(env) ?? (Date.now() % 0x7fffffff) | 0,
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
