import type { PlacedReport } from '../tsan/placeReports.ts';

/** How a generated program's process ended, as the runner classifies it. */
export type ProgramStatus =
  | 'ok'     // exit 0, every started scenario printed its result record, no malformed lines
  | 'crash'  // killed by a signal (SIGSEGV, SIGABRT, ...) or a "Fatal Python error"
  | 'hang'   // faulthandler's watchdog fired, the liveness channel went quiet, or the runner's timeout killed it
  | 'error'; // any other failure: non-zero exit, exception, malformed output, interrupted

/** One result line a program printed: `{"id": "<scenario id>", ...}`. */
export interface ResultRecord {
  readonly id: string;
  readonly [field: string]: unknown;
}

/** The result of running one generated program (plain data; see classifyRun). */
export interface ProgramRun {
  readonly status: ProgramStatus;
  /** One line, e.g. 'killed by SIGSEGV while running scenario s3'. */
  readonly message: string;
  readonly exitCode?: number;
  /** Signal that killed it ('SIGSEGV'); also derived from a shell's exit code 128+n. */
  readonly signal?: string;
  /** The runner's own timeout killed the process group (not faulthandler's watchdog). */
  readonly timedOut: boolean;
  /** The run was cancelled (pool cancel / abort signal); status is then 'error'. */
  readonly interrupted: boolean;
  /** Parsed result records, in output order. */
  readonly records: readonly ResultRecord[];
  /** Scenario ids that printed `{"start": id}`, in output order. */
  readonly started: readonly string[];
  /** The last started id with no result record: the scenario running when it stopped. */
  readonly unfinished?: string;
  /** Non-JSON (or off-protocol) stdout lines, first few only, each truncated. */
  readonly malformed: readonly string[];
  /** How many malformed lines there were in all. */
  readonly malformedCount: number;
  /** Tail of stderr. */
  readonly stderr: string;
  /** faulthandler's / Python's report from stderr: from "Fatal Python error", "Timeout (" or "Traceback" to the end. */
  readonly traceback?: string;
  readonly durationMs: number;
  /** A hang the runner called: every thread's native stack (gdb), taken before the kill. */
  readonly nativeStacks?: string;
  /** Why a hang has no native stacks (no gdb, no permission to attach, ...). */
  readonly stacksNote?: string;
  /** ThreadSanitizer builds: every report on stderr (read before stderr is capped), placed by scenario and thread. */
  readonly tsanReports?: readonly PlacedReport[];
}
