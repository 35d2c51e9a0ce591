import { constants } from 'node:os';
import { capHead, capTail, oneLine } from './capText.ts';
import { extractTraceback, fatalErrorLine, watchdogSeconds } from './extractTraceback.ts';
import { parseOutput } from './parseOutput.ts';
import type { ProgramRun } from './programRun.ts';
import { placeReports } from '../tsan/placeReports.ts';
import type { Quiet } from './watchLiveness.ts';

/** What the process edge observed, before any interpretation. */
export interface RawRun {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode?: number;
  readonly signal?: string;
  /** The runner's timeout fired and killed the process group. */
  readonly timedOut: boolean;
  /** Cancelled through the abort signal. */
  readonly interrupted: boolean;
  /** Why the process could not be started at all (e.g. ENOENT), if so. */
  readonly startError?: string;
  /** stdout/stderr went past the buffer limit and the process was killed. */
  readonly outputTooLarge?: boolean;
  readonly timeoutMs: number;
  readonly durationMs: number;
  /** What the program wrote on its liveness channel besides beats: faulthandler's dumps (watchdog, SIGUSR1). */
  readonly channel?: string;
  /** The runner called the hang itself: the channel went quiet. */
  readonly quiet?: Quiet;
  /** The program's threads as the OS saw them when the runner called the hang (src/run/procView.ts). */
  readonly osView?: string;
  /** gdb's `thread apply all bt`, taken before the kill. */
  readonly nativeStacks?: string;
  /** Why there are no native stacks, when the runner tried to take them. */
  readonly stacksNote?: string;
}

const MAX_STDERR = 64 * 1024;
const CRASH_SIGNALS = new Set(['SIGSEGV', 'SIGABRT', 'SIGBUS', 'SIGFPE', 'SIGILL', 'SIGTRAP', 'SIGSYS']);

// A shell (or a wrapper script) reports a child killed by signal n as exit code 128+n.
const signalFromShellCode = (exitCode: number | undefined): string | undefined => {
  if (exitCode === undefined || exitCode <= 128) return undefined;
  const name = Object.entries(constants.signals).find(([, n]) => n === exitCode - 128)?.[0];
  return name !== undefined && CRASH_SIGNALS.has(name) ? name : undefined;
};

const seconds = (s: number): string => `${Number(s.toFixed(3))} s`;

/** Turns what the edge observed into a ProgramRun: status, one-line message, parsed records. */
export const classifyRun = (raw: RawRun): ProgramRun => {
  const output = parseOutput(raw.stdout);
  // Watched, the program's watchdog and its SIGUSR1 dump write on the liveness channel, not on stderr.
  const channel = raw.channel?.trim() ?? '';
  const traceback = extractTraceback(raw.stderr) ?? (channel === '' ? undefined : extractTraceback(channel) ?? capHead(channel, MAX_STDERR));
  const where = output.unfinished !== undefined ? ` while running scenario ${output.unfinished}` : '';
  const shellSignal = signalFromShellCode(raw.exitCode);
  const signal = raw.signal ?? shellSignal;
  // A race report is not how the process ended: it travels beside the status (see src/tsan/).
  const tsanReports = raw.stderr.includes('WARNING: ThreadSanitizer: ') ? placeReports(raw.stderr) : [];
  const base = {
    exitCode: raw.exitCode,
    signal,
    timedOut: raw.timedOut,
    interrupted: raw.interrupted,
    ...output,
    stderr: capTail(raw.stderr, MAX_STDERR),
    traceback,
    durationMs: raw.durationMs,
    ...(raw.nativeStacks ? { nativeStacks: raw.nativeStacks } : {}),
    ...(raw.stacksNote ? { stacksNote: raw.stacksNote } : {}),
    ...(tsanReports.length > 0 ? { tsanReports } : {}),
  };
  const run = (status: ProgramRun['status'], message: string): ProgramRun => ({ status, message, ...base });

  if (raw.interrupted) return run('error', 'interrupted');
  if (raw.startError !== undefined) return run('error', oneLine(`could not start: ${raw.startError}`));

  // faulthandler.dump_traceback_later(exit=True) exits 1 like an exception: only its banner tells.
  const os = raw.osView ? `; OS: ${raw.osView}` : '';
  const watchdog = watchdogSeconds(raw.stderr) ?? watchdogSeconds(channel);
  if (watchdog !== undefined) {
    return run('hang', `hung: watchdog fired after ${seconds(watchdog)}${where} (all threads' stacks in traceback)`);
  }
  if (raw.quiet?.kind === 'silent') {
    return run('hang', `hung: no sign of life for ${seconds(raw.quiet.forMs / 1000)}${where}: no Python thread could run (no watchdog output${os})`);
  }
  if (raw.quiet?.kind === 'still') {
    return run('hang', `hung: no progress for ${seconds(raw.quiet.forMs / 1000)}${where}, and its watchdog did not fire (no watchdog output${os})`);
  }
  if (raw.timedOut) {
    return run('hang', `hung: killed after the runner's ${seconds(raw.timeoutMs / 1000)} timeout${where} (no watchdog output${os})`);
  }

  const fatal = fatalErrorLine(raw.stderr);
  const why = fatal !== undefined ? ` (Fatal Python error: ${fatal})` : '';
  if (raw.signal !== undefined) return run('crash', oneLine(`killed by ${raw.signal}${where}${why}`));
  if (shellSignal !== undefined) return run('crash', oneLine(`exit code ${raw.exitCode} (${shellSignal})${where}${why}`));
  if (fatal !== undefined && raw.exitCode !== 0) {
    return run('crash', oneLine(`Fatal Python error: ${fatal} (exit code ${raw.exitCode})${where}`));
  }

  if (raw.outputTooLarge) return run('error', `output too large: killed past the buffer limit${where}`);
  if (raw.exitCode !== 0) {
    const exception = traceback?.startsWith('Traceback') ? `: ${traceback.split('\n').at(-1)}` : '';
    return run('error', oneLine(`exit code ${raw.exitCode}${where}${exception}`));
  }
  if (output.malformedCount > 0) {
    const more = output.malformedCount > 1 ? ` (+${output.malformedCount - 1} more lines)` : '';
    return run('error', `malformed output: ${JSON.stringify(oneLine(output.malformed[0], 80))}${more}`);
  }
  if (output.unfinished !== undefined) {
    return run('error', `exited 0 but scenario ${output.unfinished} printed no result record`);
  }
  return run('ok', `ok: ${output.records.length} result record${output.records.length === 1 ? '' : 's'}`);
};
