import type { Profile } from '../options/options.ts';

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

export const PROFILES: Readonly<Record<Profile, ProfileSettings>> = {
  quick: { name: 'quick', scenarios: 6, secondsPerScenario: 0.25, batch: 6, retries: 3, shrinkMs: 20_000, confirmRuns: 5 },
  default: { name: 'default', scenarios: 20, secondsPerScenario: 0.5, batch: 10, retries: 5, shrinkMs: 60_000, confirmRuns: 10 },
  soak: { name: 'soak', scenarios: 200, secondsPerScenario: 1, batch: 10, retries: 8, shrinkMs: 120_000, confirmRuns: 20 },
};
