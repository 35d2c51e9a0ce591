import type { KnownSymptom } from '../knownIssues/knownIssue.ts';
import { fatalErrorLine, watchdogSeconds } from './extractTraceback.ts';

/** How a run of a known issue's reproducer (known-issues/*.py) ended, as execa reports it. */
export interface ReproducerRun {
  readonly exitCode?: number;
  readonly signal?: string;
  /** The runner's timeout killed it. */
  readonly timedOut: boolean;
  readonly stdout: string;
  readonly stderr: string;
}

// Signals a broken interpreter dies of; a shell reports them as 128 + n.
const CRASH_SIGNALS: Readonly<Record<string, number>> = { SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGBUS: 7, SIGFPE: 8, SIGSEGV: 11, SIGSYS: 31 };

const crashSignal = (r: ReproducerRun): boolean =>
  (r.signal !== undefined && r.signal in CRASH_SIGNALS)
  || (r.exitCode !== undefined && Object.values(CRASH_SIGNALS).some((n) => r.exitCode === 128 + n));

/**
 * Which symptom an entry names (`symptoms`) a run of its reproducer showed, if any (pure):
 * - 'failed' or 'error': the reproducer's verdict, exit 1 with "FORBIDDEN outcome seen";
 * - 'hung': killed by the runner's timeout, or the faulthandler watchdog's "Timeout (h:mm:ss)!" banner (exit 1);
 * - 'crashed': a crash signal (SIGSEGV, SIGABRT, ...), a "Fatal Python error", or exit 1 before any verdict was
 *   printed: a Python error out of the harness itself (a traceback) or nothing at all, both the interpreter
 *   breaking mid-run (a freed container read back by the harness), seen on 3.13.15t for gh-154130;
 * - 'error' likewise for a Python error out of the harness when the entry names exceptions but not crashes.
 * A watchdog exit is a hang only: it never counts as a crash.
 */
export const reproducerSymptom = (r: ReproducerRun, symptoms: readonly KnownSymptom[]): KnownSymptom | undefined => {
  const names = (s: KnownSymptom) => symptoms.includes(s);
  if (r.timedOut || watchdogSeconds(r.stderr) !== undefined) return names('hung') ? 'hung' : undefined;
  if (r.exitCode === 1 && /FORBIDDEN outcome seen/.test(r.stdout)) {
    return names('failed') ? 'failed' : names('error') ? 'error' : undefined;
  }
  if (crashSignal(r) || (fatalErrorLine(r.stderr) !== undefined && r.exitCode !== 0)) return names('crashed') ? 'crashed' : undefined;
  // Exit 1 with no verdict on stdout: the harness itself broke.
  const noVerdict = r.exitCode === 1 && !/outcome/.test(r.stdout);
  if (noVerdict && names('crashed')) return 'crashed';
  if (noVerdict && names('error') && /Traceback|Error/.test(r.stderr)) return 'error';
  return undefined;
};
