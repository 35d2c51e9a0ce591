// Process groups of programs still running; killed if Node exits first, since a detached child outlives
// its parent (and execa's `cleanup` skips detached children).
const liveGroups = new Set<number>();
let hooksInstalled = false;

// Node dies of these without emitting 'exit' (e.g. a vitest worker stopped by `npm test`'s SIGTERM).
const STOP_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/** SIGKILLs the whole process group led by `pid` (the program and every child it spawned). */
export const killGroup = (pid: number): void => {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // ESRCH: the group is already gone.
  }
};

// Runs first (prepended), so the count still holds `once` listeners about to be called.
const onStopSignal = (signal: NodeJS.Signals): void => {
  liveGroups.forEach(killGroup);
  // Another listener (runConformance's cancel) decides what the signal does; alone, we die of it as
  // Node would have without us.
  if (process.listenerCount(signal) > 1) return;
  process.removeListener(signal, onStopSignal);
  process.kill(process.pid, signal);
};

/** Remembers a group so it dies with this process; returns the function that forgets it. */
export const trackGroup = (pid: number): (() => void) => {
  if (!hooksInstalled) {
    hooksInstalled = true;
    process.once('exit', () => liveGroups.forEach(killGroup));
    for (const signal of STOP_SIGNALS) process.prependListener(signal, onStopSignal);
  }
  liveGroups.add(pid);
  return () => liveGroups.delete(pid);
};
