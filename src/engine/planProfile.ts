import type { Options } from '../options/options.ts';
import type { ProfileSettings } from './profile.ts';
import { PROFILES, TSAN_SCENARIO_OVERHEAD_S } from './profile.ts';

/**
 * The profile, with --budget spread evenly across every (interpreter × property) as jcstress's -tb does:
 * each property gets its share, split over its scenarios (soak draws more scenarios to fill it). On a
 * ThreadSanitizer build each scenario's measured extra cost is set aside first.
 */
export const planProfile = (options: Pick<Options, 'profile' | 'budgetMs'>, cases: number, o: { readonly tsan?: boolean } = {}):
  ProfileSettings => {
  const base = PROFILES[options.profile];
  if (options.budgetMs === undefined || cases === 0) return base;
  // About a tenth of each share goes to process start-up, enumeration and confirmation (measured: a
  // 19-scenario soak share of 19 s took 21 s).
  const perCase = (options.budgetMs / 1000 / cases) * 0.9;
  const extra = o.tsan ? TSAN_SCENARIO_OVERHEAD_S : 0;
  if (options.profile === 'soak') {
    // Soak fills each share with as many scenarios as fit: the budget, not a count, ends it.
    const scenarios = Math.max(1, Math.floor(perCase / (base.secondsPerScenario + extra)));
    return { ...base, scenarios };
  }
  return { ...base, secondsPerScenario: Math.max(0.05, perCase / base.scenarios - extra) };
};

/** The profile with --shrink-budget, when given, as its shrink budget. */
export const withShrinkBudget = (profile: ProfileSettings, shrinkBudgetMs: number | undefined): ProfileSettings =>
  shrinkBudgetMs === undefined ? profile : { ...profile, shrinkMs: shrinkBudgetMs };
