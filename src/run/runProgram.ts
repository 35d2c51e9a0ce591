import { execa } from 'execa';
import type { InterpInfo } from '../results/interpInfo.ts';
import { classifyRun, type RawRun } from './classifyRun.ts';
import { killGroup, trackGroup } from './killGroup.ts';
import { gdbPath, nativeStacks } from './nativeStacks.ts';
import { cpuMsOf, formatProcView, procView } from './procView.ts';
import type { ProgramRun } from './programRun.ts';
import { watchLiveness, type LivenessLimits, type Quiet } from './watchLiveness.ts';
import { tsanEnv } from '../tsan/tsanEnv.ts';

export interface RunProgramOptions {
  /** Interpreter to run; its `env` is added to the environment. */
  readonly interp: InterpInfo;
  /** Path of the .py program. */
  readonly file: string;
  /** The last resort: after this long the runner takes the program's stacks, kills its process group and reports a hang. */
  readonly timeoutMs: number;
  /** Extra environment, over process.env and interp.env. */
  readonly env?: Readonly<Record<string, string>>;
  /** Arguments after the file. */
  readonly args?: readonly string[];
  /** Aborting kills the process group; the run resolves with status 'error', message 'interrupted'. */
  readonly cancelSignal?: AbortSignal;
  /**
   * Watch the program's liveness channel (fd 3, FTCONFORM_BEAT_FD; templates/_runtime.py.ejs) and call it hung
   * once it goes quiet past these limits. Unset: no channel (a program that does not beat).
   */
  readonly liveness?: LivenessLimits;
}

// The liveness channel's descriptor in the program.
const CHANNEL_FD = 3;
// How often the runner looks at the channel's clock and the process's threads.
const TICK_MS = 250;
// A faulthandler dump is written in many small writes: it is complete once the channel stays this quiet.
const DUMP_SETTLE_MS = 300;
const DUMP_MAX_MS = 2_000;
const GDB_TIMEOUT_MS = 30_000;

const interruptedBeforeStart = (timeoutMs: number): ProgramRun =>
  classifyRun({ stdout: '', stderr: '', timedOut: false, interrupted: true, timeoutMs, durationMs: 0 });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs `interp.path file` and classifies how it ended. Never throws for a failing program.
 * The program leads its own process group (detached), so a timeout or cancel kills its children too;
 * execa's own timeout would kill only the leader, and a grandchild holding stdout open would hang us.
 * A hang the runner calls itself (the liveness channel went quiet, the program's watchdog dumped on it, or
 * the whole-program timeout) is looked at before the kill: every thread's Python stack (SIGUSR1 to
 * faulthandler), its native stacks (gdb) and the threads as the OS sees them.
 */
export const runProgram = async (options: RunProgramOptions): Promise<ProgramRun> => {
  const { interp, file, timeoutMs, env, args = [], cancelSignal, liveness: limits } = options;
  if (cancelSignal?.aborted) return interruptedBeforeStart(timeoutMs);

  const subprocess = execa(interp.path, [file, ...args], {
    // A ThreadSanitizer build gets ftconform's TSAN_OPTIONS (its suppressions, all reports, crashes left to faulthandler).
    env: { ...tsanEnv(interp), ...interp.env, ...env, ...(limits ? { FTCONFORM_BEAT_FD: String(CHANNEL_FD) } : {}) },
    stdio: limits ? ['ignore', 'pipe', 'pipe', 'pipe'] : ['ignore', 'pipe', 'pipe'],
    ...(limits ? { buffer: { fd3: false } } : {}),
    detached: true,
    reject: false,
    killSignal: 'SIGKILL',
    stripFinalNewline: false,
  });
  const pid = subprocess.pid;
  const untrack = pid !== undefined ? trackGroup(pid) : () => false;
  const started = Date.now();
  let timedOut = false;
  let interrupted = false;
  let exited = false;
  let quiet: Quiet | undefined;
  let osView: string | undefined;
  let stacks: { text?: string; note?: string } | undefined;
  const stop = (): void => {
    if (pid !== undefined) killGroup(pid);
  };

  const watch = limits ? watchLiveness(limits, started) : undefined;
  let lastData = started;
  // CPU time of the process at its last beat: what it did while quiet (spinning, or waiting on locks).
  let cpuAtBeat: number | undefined;
  let beatsSeen = 0;
  // (execa's types know only the descriptors of a literal stdio option)
  const channel = limits ? (subprocess.stdio as unknown as NodeJS.ReadableStream[])[CHANNEL_FD] : undefined;

  // The hang is the runner's to call: look at the program, then kill it (once).
  let ticker: NodeJS.Timeout | undefined;
  let capturing: Promise<void> | undefined;
  const capture = (how: 'quiet' | 'watchdog' | 'timeout'): Promise<void> => (capturing ??= (async () => {
    clearInterval(ticker);
    if (pid === undefined || exited) return stop();
    const threads = procView(pid);
    if (threads) {
      const since = watch ? Date.now() - lastData : undefined;
      osView = formatProcView(threads, cpuAtBeat !== undefined && since !== undefined ? cpuMsOf(threads) - cpuAtBeat : undefined, since);
    }
    // Its watchdog has dumped already; otherwise faulthandler's SIGUSR1 dump, armed before the first beat.
    if (how !== 'watchdog' && watch && watch.beats() > 0) {
      try {
        process.kill(pid, 'SIGUSR1');
      } catch {
        // gone already
      }
    }
    if (watch) {
      const t0 = Date.now();
      lastData = Math.max(lastData, t0);
      while (!exited && Date.now() - t0 < DUMP_MAX_MS && Date.now() - lastData < DUMP_SETTLE_MS) await sleep(50);
    }
    if (!exited) stacks = await nativeStacks(pid, { gdb: gdbPath(), timeoutMs: GDB_TIMEOUT_MS });
    stop();
  })());

  channel?.setEncoding('utf8');
  channel?.on('data', (text: string) => {
    const now = Date.now();
    lastData = now;
    if (!watch) return;
    const banner = watch.feed(text, now);
    if (watch.beats() !== beatsSeen && pid !== undefined) {
      beatsSeen = watch.beats();
      const threads = procView(pid);
      if (threads) cpuAtBeat = cpuMsOf(threads);
    }
    if (banner) void capture('watchdog');
  });
  if (watch) {
    ticker = setInterval(() => {
      const q = watch.tick(Date.now());
      if (q && !capturing) {
        quiet = q;
        void capture('quiet');
      }
    }, TICK_MS);
  }
  const timer = setTimeout(() => {
    if (capturing) return;
    timedOut = true;
    void capture('timeout');
  }, timeoutMs);
  const onAbort = (): void => {
    interrupted = true;
    stop();
  };
  cancelSignal?.addEventListener('abort', onAbort, { once: true });
  // Once the program itself exits, strays it left (e.g. after the watchdog's exit) go too, closing the pipes.
  subprocess.once('exit', () => {
    exited = true;
    stop();
  });

  const result = await subprocess;
  clearTimeout(timer);
  clearInterval(ticker);
  await capturing;
  cancelSignal?.removeEventListener('abort', onAbort);
  untrack();

  const startError = pid === undefined ? (result.cause instanceof Error ? result.cause.message : result.shortMessage) : undefined;
  const raw: RawRun = {
    stdout: String(result.stdout ?? ''),
    stderr: String(result.stderr ?? ''),
    exitCode: result.exitCode,
    signal: result.signal,
    timedOut,
    interrupted,
    startError,
    outputTooLarge: result.isMaxBuffer,
    timeoutMs,
    durationMs: Math.round(result.durationMs),
    ...(watch && watch.dump().trim() !== '' ? { channel: watch.dump() } : {}),
    ...(quiet ? { quiet } : {}),
    ...(osView ? { osView } : {}),
    ...(stacks?.text ? { nativeStacks: stacks.text } : {}),
    ...(stacks?.note ? { stacksNote: stacks.note } : {}),
  };
  return classifyRun(raw);
};
