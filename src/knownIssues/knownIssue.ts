import type { ContainerType } from '../catalogue/operation.ts';
import type { CaseStatus } from '../results/caseResult.ts';

export type KnownSymptom = Extract<CaseStatus, 'failed' | 'crashed' | 'hung' | 'error'>;

/** The symptoms an entry names. */
export const symptomsOf = (k: KnownIssue): readonly KnownSymptom[] => (typeof k.symptom === 'string' ? [k.symptom] : k.symptom);

/** One entry of known-issues/known-issues.json: a finding's shape and where upstream tracks it. */
export interface KnownIssue {
  readonly id: string;
  readonly title: string;
  /** Where upstream tracks it; for an issue ftconform found and nobody has filed yet, the README's section. */
  readonly url: string;
  /** Interpreter versions it applies to: min <= version < below (no `below`: still open upstream). */
  readonly versions: { readonly min: string; readonly below?: string };
  /** The container (or containers) the finding is in. */
  readonly container: ContainerType | readonly ContainerType[];
  /** Catalogue ids of the operation blamed for the finding (one ending in `*`: every id that starts so). */
  readonly ops: readonly string[];
  /** What the finding shows; several for an issue whose one cause shows in several ways. */
  readonly symptom: KnownSymptom | readonly KnownSymptom[];
  /** Only when the blamed operation's first argument is a negative index. */
  readonly negativeIndex?: boolean;
  /**
   * The bug can leave the container's structure corrupted (a failed outcome whose final state failed the
   * program's consistency check). Such a finding blames no operation (no split of one reaches it); it is
   * matched only by an entry that says so, when the scenario runs one of `ops` (and, with `during`, another
   * thread one of those).
   */
  readonly corrupts?: boolean;
  /**
   * A failed outcome only when the catalogue's model of this bug (Operation.bugs, keyed by `id`, of the
   * operations in `ops` or `during`) gives every forbidden outcome the finding saw: the finding is what the
   * bug does, whichever operation the oracle blamed; the scenario must still run one of `ops` (and, with
   * `during`, another thread one of those). Crashes and hangs are not matched by such an entry.
   */
  readonly byModel?: boolean;
  /** Only when another thread runs one of these operations (the writer the symptom needs). */
  readonly during?: readonly string[];
  /** Only when at least two threads each run one of these operations (a race between two calls of them). */
  readonly inTwoThreads?: readonly string[];
  readonly why: string;
  /**
   * The known race (its id) this issue shows as on a ThreadSanitizer build, where the instrumentation's timing
   * closes the window the outcome reproducer needs: there it must only run cleanly, and that race entry's
   * reproducer is the check.
   */
  readonly tsanRace?: string;
  /** A reproducer that failed on the machine the entry was added on. */
  readonly reproducer: string;
  /**
   * For an issue not filed upstream yet: a short plain-Python script for the report (no harness), taking a
   * number of rounds and exiting 1 when it saw the bug, 0 when not.
   */
  readonly report?: string;
}
