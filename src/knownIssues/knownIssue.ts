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
  /**
   * Catalogue ids of the operations whose bug it is (one ending in `*`: every id that starts so): the scenario
   * must run one of them to reach the bug.
   */
  readonly ops: readonly string[];
  /**
   * What it may excuse. 'failed': forbidden outcomes, each only as `byModel` or `corrupts` allow; 'crashed',
   * 'hung', 'error' (the harness died of a Python error): that symptom of a program, in a scenario that can
   * reach the bug.
   */
  readonly symptom: KnownSymptom | readonly KnownSymptom[];
  /** Only when the operation's first argument is a negative index. */
  readonly negativeIndex?: boolean;
  /**
   * The bug can leave the container's structure corrupted: it may excuse an outcome whose final state failed
   * the program's consistency check (no model gives one), in a scenario that can reach the bug.
   */
  readonly corrupts?: boolean;
  /**
   * With `corrupts` or `freesContainer`: the only consistency-check failure its bug leaves, as a regular expression
   * over the check's detail (e.g. the harness's report of a container freed while still referenced). Absent: any.
   */
  readonly corruption?: string;
  /**
   * Its bug drops the container's reference once too often (a shared iterator's double DECREF, with
   * `iteratorEndTwice`): it excuses an outcome whose final state is the harness's report of that (`corruption`)
   * and whose every result some interleaving of the models gives with that drop (src/oracle/freedAfterDrop.ts).
   */
  readonly freesContainer?: boolean;
  /**
   * It excuses a forbidden outcome only when the catalogue's model of this bug (Operation.bugs, keyed by `id`)
   * gives exactly that outcome for the scenario.
   */
  readonly byModel?: boolean;
  /** Only when another thread than the one running `ops` runs one of these operations (the writer the bug needs). */
  readonly during?: readonly string[];
  /** Only when at least two threads each run one of these operations (a race between two calls of them). */
  readonly inTwoThreads?: readonly string[];
  /**
   * Only when the scenario's keys have a Python __eq__: the bug needs the lock let go during a comparison
   * (compare_generic), which only Python code does.
   */
  readonly pythonEqKeys?: boolean;
  /**
   * The bug is not a free-threading regression: it shows with the GIL too (PYTHON_GIL=1 on the same build, a GIL
   * build). Reports say "also with the GIL", and its report script must show it with PYTHON_GIL=1 as well.
   */
  readonly alsoWithGil?: boolean;
  /**
   * Only when the models let two threads both run a shared iterator's exhaustion path, the second having
   * passed the NULL check before the first cleared it (the models' `droppedTwice`, see dropsIteratorTwice).
   */
  readonly iteratorEndTwice?: boolean;
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
