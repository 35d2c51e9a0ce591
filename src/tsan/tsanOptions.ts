/**
 * TSAN_OPTIONS for a ThreadSanitizer run (pure). halt_on_error=0: one race must not hide the others.
 * exitcode=0: ftconform reads the reports itself, so a race does not pass for the program failing.
 * handle_segv=0: faulthandler, not TSAN, reports a crash (as on any build), so crashes stay crashes.
 * The caller's own TSAN_OPTIONS come last and win (TSAN takes the last value of a flag).
 */
export const tsanOptions = (suppressions: string | undefined, callers?: string): string =>
  [
    'halt_on_error=0',
    'exitcode=0',
    'handle_segv=0',
    // TSAN's longest memory of past accesses (4M per thread): with its default it often cannot restore the
    // earlier stack of a race ('[failed to restore the stack]'); on the dict suite 7 restored every one that
    // had failed (a few still fail in whole runs: their frame shows as '?').
    'history_size=7',
    ...(suppressions !== undefined ? [`suppressions=${suppressions}`] : []),
    ...(callers ? [callers] : []),
  ].join(' ');
