// Process groups of programs still running; killed if Node exits first, since a detached
// child outlives its parent (and execa's `cleanup` skips detached children).
const liveGroups = new Set<number>();
let exitHookInstalled = false;

/** SIGKILLs the whole process group led by `pid` (the program and every child it spawned). */
export const killGroup = (pid: number): void => {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // ESRCH: the group is already gone.
  }
};

/** Remembers a group so it dies with this process; returns the function that forgets it. */
export const trackGroup = (pid: number): (() => void) => {
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once('exit', () => liveGroups.forEach(killGroup));
  }
  liveGroups.add(pid);
  return () => liveGroups.delete(pid);
};
