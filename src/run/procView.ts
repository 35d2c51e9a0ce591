import { readdirSync, readFileSync } from 'node:fs';

/** One thread as the operating system sees it (proc(5), /proc/PID/task/TID/stat). */
export interface ThreadView {
  readonly tid: number;
  readonly name: string;
  /** R running, S sleeping, D disk wait, T stopped, t traced, Z zombie. */
  readonly state: string;
  /** utime + stime, in ms. */
  readonly cpuMs: number;
}

// sysconf(_SC_CLK_TCK): 100 on every Linux build that matters (proc(5)); Node has no way to ask.
const TICK_MS = 10;

const readThread = (pid: number, tid: number): ThreadView | undefined => {
  try {
    const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
    // The name sits in parentheses and may hold spaces or parentheses itself: the last ')' ends it.
    const close = stat.lastIndexOf(')');
    const fields = stat.slice(close + 2).split(' ');
    return { tid, name: stat.slice(stat.indexOf('(') + 1, close), state: fields[0],
      cpuMs: (Number(fields[11]) + Number(fields[12])) * TICK_MS };
  } catch {
    return undefined;
  }
};

/** Every thread of process `pid`, or undefined where there is no /proc (or the process is gone). */
export const procView = (pid: number): readonly ThreadView[] | undefined => {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((t) => readThread(pid, Number(t)) ?? []);
  } catch {
    return undefined;
  }
};

export const cpuMsOf = (threads: readonly ThreadView[]): number => threads.reduce((a, t) => a + t.cpuMs, 0);

const STATE: Record<string, string> = { R: 'running', S: 'sleeping', D: 'in disk wait', T: 'stopped', t: 'stopped by a tracer', Z: 'zombie' };

/** "3 threads: 2 sleeping, 1 running; 0.00 s of CPU in the last 4.1 s". Pure. */
export const formatProcView = (threads: readonly ThreadView[], cpuSinceMs?: number, sinceMs?: number): string => {
  const counts = new Map<string, number>();
  for (const t of threads) counts.set(t.state, (counts.get(t.state) ?? 0) + 1);
  const states = [...counts].map(([s, n]) => `${n} ${STATE[s] ?? s}`).join(', ');
  const cpu = cpuSinceMs !== undefined && sinceMs !== undefined
    ? `; ${(cpuSinceMs / 1000).toFixed(2)} s of CPU in the last ${(sinceMs / 1000).toFixed(1)} s` : '';
  return `${threads.length} thread${threads.length === 1 ? '' : 's'}: ${states}${cpu}`;
};
