import type { Profile, ProfileSettings } from './profile.ts';
import { PROFILES, TSAN_SCENARIO_OVERHEAD_S } from './profile.ts';

/**
 * The profile, with --budget spread evenly across every (interpreter × property) as jcstress's -tb does:
 * each property gets its share, split over its scenarios (soak draws more scenarios to fill it). On a
 * ThreadSanitizer build each scenario's measured extra cost is set aside first.
 */
export const planProfile = (options: { readonly profile: Profile; readonly budgetMs?: number }, cases: number, o: { readonly tsan?: boolean } = {}):
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
  return { ...base, secondsPerScenario: Math.max(MIN_SECONDS_PER_SCENARIO, perCase / base.scenarios - extra) };
};

/** The profile with --shrink-budget, when given, as its shrink budget. */
export const withShrinkBudget = (profile: ProfileSettings, shrinkBudgetMs: number | undefined): ProfileSettings =>
  shrinkBudgetMs === undefined ? profile : { ...profile, shrinkMs: shrinkBudgetMs };

/**
 * The profile of the next case of a run with a deadline (--budget). The plan spreads the budget evenly, but
 * cases overrun their share (a hang waits out its watchdog, a finding is shrunk and confirmed) or finish
 * early; so each case's time per scenario is the plan's, scaled by the time left per case left against the
 * plan's share per case. A case that overran is paid back by the ones after it, and the run ends near its
 * budget. Draw counts stay as planned (the shards of a run must agree on them). Scaled at most 3× up, and
 * never below 0.05 s a scenario: a run past its budget still runs every case, as briefly as it can. Pure.
 */
export const rescheduleProfile = (profile: ProfileSettings, o: {
  /** ms left until the deadline (negative: past it). */
  readonly leftMs: number;
  /** Cases not started yet, this one included. */
  readonly casesLeft: number;
  /** The budget and the cases it was planned for. */
  readonly budgetMs: number;
  readonly planned: number;
  /**
   * What the cases left (this one included) are expected to cost beyond their shares: those whose programs are
   * expected to crash or hang (see expectsBreak) each cost a few restarts or hang detections (breakCostMs).
   */
  readonly reserveMs?: number;
}): ProfileSettings => {
  if (o.casesLeft <= 0 || o.planned <= 0 || o.budgetMs <= 0) return profile;
  const scale = Math.max(0, (o.leftMs - (o.reserveMs ?? 0)) / o.casesLeft) / (o.budgetMs / o.planned);
  const secondsPerScenario = Math.max(MIN_SECONDS_PER_SCENARIO, profile.secondsPerScenario * Math.min(3, scale));
  return { ...profile, secondsPerScenario: Number(secondsPerScenario.toFixed(3)) };
};

/**
 * What a case whose programs are expected to crash or hang costs beyond its share, before one was measured: it
 * stops drawing after BROKEN_PROGRAMS_TO_STOP broken programs (or its first crash or hang, when that is a new
 * finding), each a restart or a hang's detection, about 5 s of stall watchdog plus 3 s of looking at the stacks.
 * Measured on 3.13.15t before issue 24: such cases took 44-199 s against 16 s for the others, most of it
 * watchdogs of 33 s and the runner's timeouts.
 */
export const EXPECTED_BREAK_MS = 30_000;

/** The cost beyond its share of one case expected to break: the mean of those measured so far, else EXPECTED_BREAK_MS. Pure. */
export const breakCostMs = (measuredMs: readonly number[]): number =>
  measuredMs.length === 0 ? EXPECTED_BREAK_MS : Math.max(0, measuredMs.reduce((a, m) => a + m, 0) / measuredMs.length);

/** How long a case ran past the stress its profile planned (its scenarios' seconds, plus the tenth planProfile sets aside). Pure. */
export const overrunMs = (profile: ProfileSettings, durationMs: number): number =>
  Math.max(0, durationMs - (profile.scenarios * profile.secondsPerScenario * 1000) / 0.9);

/** The least stress a scenario gets, however little of the budget is left. */
export const MIN_SECONDS_PER_SCENARIO = 0.05;

/**
 * Shrinking gets at most what is left of the run's budget (when it has one), but never less than this: a
 * finding seen at the last moment still gets a few candidates, and its first sight is reported anyway.
 */
export const MIN_SHRINK_MS = 5_000;

/** The shrink budget of a finding first seen at `now`: the profile's, cut to what is left before the deadline. */
export const shrinkMsLeft = (shrinkMs: number, deadline: number | undefined, now: number): number =>
  deadline === undefined ? shrinkMs : Math.min(shrinkMs, Math.max(MIN_SHRINK_MS, deadline - now));
