import type { DocRef } from '../catalogue/operation.ts';
import type { Scenario } from '../scenario/scenario.ts';
import type { DataRace } from './dataRace.ts';
import type { InterpInfo } from './interpInfo.ts';

/**
 * jcstress's grades, and UNDECIDED: an outcome the oracle could not show reachable or unreachable within its
 * work bound (the case is then inconclusive, never passed).
 */
export type Expect = 'ACCEPTABLE' | 'ACCEPTABLE_INTERESTING' | 'FORBIDDEN' | 'UNDECIDED';

export interface GradedOutcome {
  /** Canonical JSON of [[thread 0 results], [thread 1 results], ..., final state]. */
  readonly outcome: string;
  readonly count: number;
  readonly expect: Expect;
  /** Why it got that grade, e.g. 'reachable by a serial order', 'lost update (never atomic)'. */
  readonly description: string;
  /** The controlled mode: the first schedule that gave it, replayed exactly by the reproducer. */
  readonly schedule?: Schedule;
}

/**
 * How many schedules a controlled run explored: walked depth first (`complete`: every schedule within `bound`
 * preemptions ran; `all`: every schedule there is ran), then PCT when the walk could not complete.
 */
export interface Explored {
  readonly exhaustive: number;
  readonly complete: boolean;
  readonly pct: number;
  readonly bound: number;
  readonly all: boolean;
}

/**
 * One schedule of the controlled mode (issue 21): its decisions (see Scenario.control) and, for the timeline, each
 * segment as [the thread that ran, the gate where it stopped: "eq", "factory", "op i", "end"].
 */
export interface Schedule {
  readonly decisions: readonly number[];
  readonly timeline: readonly (readonly [number, string])[];
}

export type CaseStatus =
  | 'passed'        // only ACCEPTABLE / ACCEPTABLE_INTERESTING outcomes, no crash, no hang
  | 'failed'        // a FORBIDDEN outcome was observed
  | 'crashed'       // the interpreter died of a signal (or fatal error)
  | 'hung'          // the watchdog or the runner's timeout fired
  | 'error'         // an exception the catalogue does not allow, or malformed output
  | 'raced'         // ThreadSanitizer reported a data race not known upstream (outcomes may all be acceptable)
  | 'inconclusive'  // nothing to conclude: e.g. a negative control that never fired, GIL on
  | 'known';        // failed, but matches a known upstream issue

export interface Overlap {
  /** Runs whose operation intervals were timed. */
  readonly timed: number;
  /** Timed runs in which the operations of at least two threads overlapped in time. */
  readonly overlapped: number;
  /** Share of all runs whose outcome needed the threads' operations interleaved (not thread-serial). */
  readonly interleavedShare: number;
}

export interface CaseResult {
  readonly suite: string;
  /** Named after the guarantee it checks, e.g. 'dict.setdefault is atomic'. */
  readonly property: string;
  /** Unique across the run (suite, property, interpreter, scenario index). */
  readonly name: string;
  readonly interp: InterpInfo;
  readonly scenario: Scenario;
  /**
   * A finding in one of the doctor's probes (src/engine/doctorFinding.ts), not in a scenario: which probe. Its
   * scenario is then empty, and the reports show the probe program (the reproducer) instead.
   */
  readonly probe?: string;
  readonly status: CaseStatus;
  /** One line explaining the status. */
  readonly message: string;
  readonly runs: number;
  /** The controlled mode: its runs are schedules, walked or PCT (summed over the case's scenarios). */
  readonly explored?: Explored & { readonly scenarios: number; readonly completeScenarios: number };
  readonly histogram: readonly GradedOutcome[];
  readonly overlap: Overlap;
  readonly seed: number;
  readonly path: string;
  /** The command that replays this case, e.g. `npx ftconform run --interp P --seed=S --path=X --suite dict`. */
  readonly replay: string;
  readonly profile: string;
  /** Documented guarantee the failure breaks. */
  readonly broken?: DocRef;
  /** reports/repro/<suite>-<id>.py */
  readonly reproducer?: string;
  /** "reproduced 37 / 40 runs" */
  readonly reproduced?: { readonly hits: number; readonly tries: number };
  /** reports/repro/<suite>-<id>.issue.md: a finding's upstream issue draft (README, "Filing upstream"). */
  readonly issueDraft?: string;
  readonly signal?: string;
  /** faulthandler output of a crash, or every thread's stack on a hang. */
  readonly traceback?: string;
  /** A hang: every thread's native stack (gdb's `thread apply all bt`), taken before the kill. */
  readonly nativeStacks?: string;
  /** Why a hang has no native stacks (no gdb on the machine, no permission to attach). */
  readonly stacksNote?: string;
  /** Upstream reference when status is 'known'. */
  readonly knownIssue?: string;
  /**
   * What each known issue excused over the case's draws (their forbidden outcomes' runs, their crashed or hung
   * programs): what the registry hides, shown per case (`--known off` grades as if it were empty).
   */
  readonly excused?: readonly Excused[];
  /** Which Python version's documentation the expectations came from. */
  readonly expectationsFrom?: string;
  readonly durationMs: number;
  /** Of which the oracle took (grading every outcome; confirmation runs not included). */
  readonly oracleMs?: number;
  /** --gil-differential: the same scenarios run with PYTHON_GIL=1 on the same build. */
  readonly gilDifferential?: GilDifferential;
  /** ThreadSanitizer builds: the distinct races the case's programs reported (new and known). */
  readonly races?: readonly DataRace[];
  /** Every scenario draw the case ran, in draw order: what merging the shards of a case needs. */
  readonly draws?: readonly DrawRecord[];
  /** A finding as first seen, before shrinking: the draw the counterexample was shrunk from. */
  readonly firstSight?: FirstSight;
  /** How shrinking went, when there was a finding to shrink. */
  readonly shrink?: ShrinkStats;
}

/** What one known issue excused in a scenario or a case. */
export interface Excused {
  /** The entry's id, e.g. 'gh-154130'. */
  readonly issue: string;
  /** Runs whose forbidden outcome its bug gives (or whose corrupted structure its bug leaves). */
  readonly runs: number;
  /** Programs whose crash, hang or dead harness it explains. */
  readonly programs: number;
}

/** A finding the moment its first forbidden outcome, crash or hang was observed (unshrunk). */
export interface FirstSight {
  /** fast-check's run index of the draw: `--path=<draw>` replays it. */
  readonly draw: number;
  readonly scenario: Scenario;
  readonly status: CaseStatus;
  readonly message: string;
  /** The command that replays this unshrunk scenario. */
  readonly replay: string;
  /** From the start of the case until the observation came in. */
  readonly afterMs: number;
  /** Canonical JSON of the first FORBIDDEN outcome seen, if any. */
  readonly outcome?: string;
}

export interface ShrinkStats {
  /** Candidate runs (retries included). */
  readonly runs: number;
  readonly ms: number;
  /** --shrink-budget (or the profile's), or what was left of --budget when that was less. */
  readonly budgetMs: number;
  /** --shrink-budget (or the profile's) when what was left of --budget cut it to `budgetMs`. */
  readonly shrinkBudgetMs?: number;
  /** The budget ended it: the counterexample is the smallest failing scenario found so far. */
  readonly stopped: boolean;
}

/** One scenario draw of a case, as judged (results.jsonl; README, "results.jsonl"). */
export interface DrawRecord {
  /** fast-check's run index of the draw (the first number of a replay path). */
  readonly draw: number;
  /** Short id of the scenario (a hash of its canonical JSON). */
  readonly scenario: string;
  readonly status: CaseStatus;
  readonly message: string;
  /** Runs graded ACCEPTABLE_INTERESTING. */
  readonly interesting: number;
  /** Distinct outcomes seen. */
  readonly outcomes: number;
}

export interface GilDifferential {
  readonly runsWithGil: number;
  /** Distinct outcomes (scenario by scenario) seen with the GIL off and never with it on. */
  readonly distinct: number;
  /** The most frequent of them. */
  readonly onlyWithoutGil: readonly GradedOutcome[];
}

export interface RunSummary {
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly interrupted: boolean;
  readonly profile: string;
  readonly interps: readonly InterpInfo[];
  readonly cases: readonly CaseResult[];
}
