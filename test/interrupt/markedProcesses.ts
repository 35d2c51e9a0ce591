import { readdirSync, readFileSync } from 'node:fs';

/** The environment variable a run under test carries; every process it starts inherits it. */
export const MARKER = 'FTCONFORM_INTERRUPT_TEST';

export interface MarkedProcess {
  readonly pid: number;
  /** Its argv joined by spaces. */
  readonly command: string;
}

const read = (path: string): string | undefined => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined; // gone meanwhile, or not ours to read
  }
};

// A zombie is dead: only its parent (or a container's pid 1, which may never reap) still holds its entry.
const isZombie = (stat: string): boolean => stat.slice(stat.lastIndexOf(')') + 2)[0] === 'Z';

/**
 * Live (not zombie) processes whose environment holds MARKER=token, wherever they were reparented:
 * unlike walking the process tree from the run, this still finds a detached program its runner left.
 */
export const markedProcesses = (token: string): MarkedProcess[] => {
  const entry = `${MARKER}=${token}`;
  return readdirSync('/proc').filter((d) => /^\d+$/.test(d)).flatMap((d) => {
    const environ = read(`/proc/${d}/environ`);
    if (!environ?.split('\0').includes(entry)) return [];
    const stat = read(`/proc/${d}/stat`);
    if (stat === undefined || isZombie(stat)) return [];
    return [{ pid: Number(d), command: (read(`/proc/${d}/cmdline`) ?? '').split('\0').join(' ').trim() }];
  });
};

/** Generated programs (python …/ftconform-XXXX/program.py) among the marked processes. */
export const markedPrograms = (token: string): MarkedProcess[] =>
  markedProcesses(token).filter((p) => /\/ftconform-[^/ ]+\/program\.py\b/.test(p.command));

/** Last resort after a failed test: SIGKILLs whatever the run left, so the next test starts clean. */
export const killMarked = (token: string): void => {
  for (const { pid } of markedProcesses(token)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
};
