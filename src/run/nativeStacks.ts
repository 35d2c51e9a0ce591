import { execa } from 'execa';
import { capHead } from './capText.ts';

/** Every thread's native stack of a live process, or why there is none. */
export interface NativeStacks {
  /** gdb's `thread apply all bt`, its own chatter left out. */
  readonly text?: string;
  /** Why `text` is missing (no gdb, no permission to attach, ...): said in the finding. */
  readonly note?: string;
}

const MAX_TEXT = 64 * 1024;

/** gdb to use: $FTCONFORM_GDB (empty: none), else `gdb` on PATH. */
export const gdbPath = (env: NodeJS.ProcessEnv = process.env): string | undefined =>
  env.FTCONFORM_GDB === undefined ? 'gdb' : env.FTCONFORM_GDB || undefined;

// The lines of a backtrace: thread headers, frames, blank lines between threads (not gdb's notes on auto-loading).
const keep = (line: string): boolean => /^(Thread \d+ |#\d+ )/.test(line) || line === '';

/**
 * Attaches gdb to `pid` (stopping it for a moment) and takes every thread's native stack, as a CPython developer
 * would (`gdb -p PID -batch -ex 'thread apply all bt'`): for a hang, which C function each thread waits in (a
 * PyMutex, the stop-the-world of _PyEval_StopTheWorld, ...) is what the Python stacks cannot say.
 */
export const nativeStacks = async (pid: number, o: { readonly gdb?: string; readonly timeoutMs: number }): Promise<NativeStacks> => {
  if (o.gdb === undefined) return { note: 'native stacks not captured: FTCONFORM_GDB is empty' };
  const r = await execa(o.gdb, ['-p', String(pid), '-batch', '-nx', '-q', '-iex', 'set debuginfod enabled off',
    '-ex', 'set pagination off', '-ex', 'set print thread-events off', '-ex', 'thread apply all bt'],
  { reject: false, timeout: o.timeoutMs, killSignal: 'SIGKILL', stdin: 'ignore', maxBuffer: 4_000_000 });
  const code = (r as { code?: unknown }).code;
  if (code === 'ENOENT') return { note: `native stacks not captured: no ${o.gdb} on this machine (install gdb)` };
  const text = String(r.stdout ?? '').split('\n').filter(keep).join('\n').replace(/\n{3,}/g, '\n\n').trim();
  if (/^#0 /m.test(text)) return { text: capHead(text, MAX_TEXT) };
  const why = r.timedOut ? `timed out after ${o.timeoutMs / 1000} s`
    : (String(r.stderr ?? '').split('\n').map((l) => l.trim()).find((l) => /ptrace|denied|not permitted|No such process|Could not attach/i.test(l))
      ?? String(r.stderr ?? '').split('\n').map((l) => l.trim()).find((l) => l !== '') ?? `exit ${r.exitCode}`);
  return { note: `native stacks not captured: ${o.gdb} could not take them (${why.slice(0, 160)})` };
};
