import type { Shard } from '../results/shard.ts';

import type { Profile } from '../engine/profile.ts';

export type { Profile };

/** Everything `npm test -- …` and `ftconform run …` accept, after parsing and defaults. */
export interface Options {
  /** --interp PATH (repeatable). Empty: find or build one. */
  readonly interps: readonly string[];
  /** --allow-gil: accept an interpreter whose GIL is on; results become inconclusive. */
  readonly allowGil: boolean;
  /** --seed=S (may be negative); the default is decided in resolveOptions. */
  readonly seed: number;
  /** --path=P, fast-check replay path. */
  readonly path?: string;
  /** --property NAME: only the property of that exact name (a replay command names the one its path is of). */
  readonly property?: string;
  /** --suite NAME (repeatable). Empty: all suites. */
  readonly suites: readonly string[];
  /** --profile quick|default|soak */
  readonly profile: Profile;
  /** --budget 5m: total time budget in ms. */
  readonly budgetMs?: number;
  /** --shrink-budget 20s: wall-clock budget for shrinking each finding, in ms (default: the profile's). */
  readonly shrinkBudgetMs?: number;
  /** --junit PATH (default reports/junit.xml) */
  readonly junit: string;
  /** --gil-differential: also run each scenario with PYTHON_GIL=1 */
  readonly gilDifferential: boolean;
  /** --reports DIR (default reports) */
  readonly reportsDir: string;
  /** --shard i/n (or auto, resolved from the CI engine's environment): this machine's part of the run. */
  readonly shard?: Shard;
  /** --tsan: use a ThreadSanitizer build (found in the cache or built) and report its data races. */
  readonly tsan: boolean;
  /** --python-version X.Y.Z: that CPython version (found in the cache or built), when no --interp is given. */
  readonly version?: string;
  /** --compare: with two --interp, report the cases whose verdict differs between them. */
  readonly compare: boolean;
  /** --known on|off: match findings against the known-issue registry (default on); off grades as if it were empty. */
  readonly known: 'on' | 'off';
}
