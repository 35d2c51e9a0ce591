/** The profiles a run can take (--profile). */
export type Profile = 'quick' | 'default' | 'soak';

/** How hard a profile pushes: spread across properties like jcstress's time budget. */
export interface ProfileSettings {
  readonly name: Profile;
  /** Scenarios fast-check draws per property. */
  readonly scenarios: number;
  /** Seconds of stress per scenario. */
  readonly secondsPerScenario: number;
  /** Scenarios rendered into one program (amortises interpreter start-up). */
  readonly batch: number;
  /** Re-runs of a shrink candidate before it counts as passing (failures are nondeterministic). */
  readonly retries: number;
  /**
   * Wall-clock budget for shrinking one failure (--shrink-budget); when it ends, the smallest failing
   * scenario found so far is reported.
   */
  readonly shrinkMs: number;
  /** Runs of the final counterexample to measure how often it fails. */
  readonly confirmRuns: number;
}

/**
 * What a scenario costs beyond its budget on a ThreadSanitizer build (interpreter start-up, its threads,
 * the round it is in when the budget ends, all 5-20× slower). Measured: quick-profile cases on 3.13.15t
 * TSAN (gcc 12, 2 CPUs) took 4.3 s for 6 × 0.25 s of stress; `npm run bench:tsan` measures iterations
 * 12-47× slower than the plain build, start-up 11×. Budgets stay in seconds: TSAN reports a race from
 * the order of the accesses, so the few hundred runs a TSAN scenario gets are enough; --budget sets
 * this much aside per scenario (see planProfile).
 */
export const TSAN_SCENARIO_OVERHEAD_S = 0.45;

export const PROFILES: Readonly<Record<Profile, ProfileSettings>> = {
  quick: { name: 'quick', scenarios: 6, secondsPerScenario: 0.25, batch: 6, retries: 3, shrinkMs: 20_000, confirmRuns: 5 },
  default: { name: 'default', scenarios: 20, secondsPerScenario: 0.5, batch: 10, retries: 5, shrinkMs: 60_000, confirmRuns: 10 },
  soak: { name: 'soak', scenarios: 200, secondsPerScenario: 1, batch: 10, retries: 8, shrinkMs: 120_000, confirmRuns: 20 },
};
