/**
 * The interpreter crashed or hung in one of the doctor's probes: a finding about the interpreter, not a bug in
 * ftconform (src/cli/doctorFailure.ts reports it). Carries what a report needs.
 */
export class ProbeFailure extends Error {
  constructor(readonly failure: {
    /** Which probe, as a sentence's subject: 'the thread speed-up experiment'. */
    readonly probe: string;
    /** A short name for the reproducer's file: 'speedup'. */
    readonly slug: string;
    readonly status: 'crashed' | 'hung';
    /** One line: 'killed by SIGSEGV (Fatal Python error: Segmentation fault)'. */
    readonly message: string;
    /** The probe program, as it ran: the reproducer. */
    readonly source: string;
    readonly signal?: string;
    /** faulthandler's report (a crash), every thread's stack (a hang). */
    readonly traceback?: string;
    readonly nativeStacks?: string;
    readonly stacksNote?: string;
    readonly durationMs: number;
  }) {
    super(`the interpreter ${failure.status} in ${failure.probe}: ${failure.message}`);
  }
}
