import type { CaseStatus, GradedOutcome } from '../results/caseResult.ts';
import type { InterpInfo } from '../results/interpInfo.ts';
import type { Scenario } from '../scenario/scenario.ts';

/** What one interpreter showed when a differing case's scenario was run again on both. */
export interface Rerun {
  readonly status: CaseStatus;
  readonly message: string;
  readonly runs: number;
  /** Race keys ThreadSanitizer reported (TSAN builds only). */
  readonly races: readonly string[];
}

/** A case (suite × property) whose verdict differs between the two interpreters. */
export interface CaseDifference {
  readonly suite: string;
  readonly property: string;
  /** The case's status and one-line message on each interpreter, in the order given (a, b). */
  readonly verdicts: readonly [{ status: CaseStatus; message: string }, { status: CaseStatus; message: string }];
  /** The scenario both were rerun on: the counterexample (or most telling scenario) of the side that found something. */
  readonly scenario: Scenario;
  /** That scenario rerun on each interpreter, same programs and seeds. */
  readonly reruns?: readonly [Rerun, Rerun];
  /** Outcomes the rerun saw on one interpreter and never on the other, graded for that interpreter's version. */
  readonly onlyA: readonly GradedOutcome[];
  readonly onlyB: readonly GradedOutcome[];
  readonly racesOnlyA: readonly string[];
  readonly racesOnlyB: readonly string[];
}

/** A --compare run: two interpreters, the same seed (the same scenarios drawn), and what differed. */
export interface Comparison {
  readonly a: InterpInfo;
  readonly b: InterpInfo;
  readonly seed: number;
  /** Cases present on both interpreters. */
  readonly compared: number;
  readonly differences: readonly CaseDifference[];
}
